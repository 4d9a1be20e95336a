package com.restwise.engine;

import com.restwise.engine.profile.Profile;

/**
 * How long a mattress a tall sleeper needs: at least their height plus 20 cm, so that the head
 * and pillow are on the mattress and the feet do not hang over. Mattresses come 200, 210 and
 * 220 cm long (docs/firmness.md).
 */
final class BedLength {

    static final int HEADROOM_CM = 20;
    static final int STANDARD_CM = 200;
    static final int LONG_CM = 210;
    static final int EXTRA_LONG_CM = 220;

    private BedLength() {}

    /** The length to ask for, 210 or 220, or null when 200 is enough or the height is unknown. */
    static Integer needed(Profile profile) {
        Double height = profile.sleeper().heightCm();
        if (height == null || height + HEADROOM_CM <= STANDARD_CM) {
            return null;
        }
        return height + HEADROOM_CM <= LONG_CM ? LONG_CM : EXTRA_LONG_CM;
    }

    /** The length in cm of a {@code WIDTHxLENGTH} size. */
    static int lengthOf(String size) {
        return Integer.parseInt(size.substring(size.indexOf('x') + 1));
    }

    /** The width in cm of a {@code WIDTHxLENGTH} size. */
    static String widthOf(String size) {
        return size.substring(0, size.indexOf('x'));
    }
}
