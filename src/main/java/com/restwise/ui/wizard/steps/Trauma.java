package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.WarningSign;
import java.util.Set;

/**
 * The wizard's one choice about an injury before the pain: none, a minor one or a major one. The
 * profile has two signs for it; offering them as one choice means they are never both ticked.
 */
public enum Trauma {
    NONE(null),
    MINOR(WarningSign.RECENT_TRAUMA),
    MAJOR(WarningSign.MAJOR_TRAUMA);

    private final WarningSign sign;

    Trauma(WarningSign sign) {
        this.sign = sign;
    }

    /** The warning sign this choice ticks, or null for "none". */
    public WarningSign sign() {
        return sign;
    }

    /**
     * The choice a set of signs amounts to: major when it holds the major sign (a profile with
     * both is read as major), minor with the minor one, else null (not a choice made yet).
     */
    public static Trauma of(Set<WarningSign> signs) {
        if (signs.contains(WarningSign.MAJOR_TRAUMA)) {
            return MAJOR;
        }
        return signs.contains(WarningSign.RECENT_TRAUMA) ? MINOR : null;
    }
}
