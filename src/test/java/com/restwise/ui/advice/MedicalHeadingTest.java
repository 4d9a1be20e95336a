package com.restwise.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.I18n;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "Checked for warning signs" is said (in the panel, on a consultation's card, for a saved result)
 * only when the engine found every sign asked answered; a profile from before 2.1 reads as before.
 */
class MedicalHeadingTest {

    private final I18n i18n = new I18n("en");

    private MedicalResult screen(Set<WarningSign> no) {
        Symptoms symptoms = new Symptoms(
                2,
                null,
                Set.of(PainArea.LOWER_BACK),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Set.of(),
                null,
                null,
                no,
                null);
        return new Advisor()
                .screen(
                        new Profile(
                                new Sleeper(70, null, 40, null, null),
                                new Positions(1, 0, 0),
                                null,
                                null,
                                null,
                                symptoms),
                        "en");
    }

    @Test
    void noWarningSignsOnlyWhenEverySignAskedWasAnsweredNo() {
        Set<WarningSign> all = EnumSet.allOf(WarningSign.class);
        all.removeIf(WarningSign::neckOnly);
        assertEquals(i18n.get("medical.heading.NONE"), MedicalPanel.heading(i18n, screen(all)));
        all.remove(WarningSign.CHEST_SIGNS);
        assertEquals(
                i18n.get("medical.heading.NONE.not-answered"),
                MedicalPanel.heading(i18n, screen(all)),
                "one sign open");
        assertEquals(
                i18n.get("medical.heading.NONE"),
                MedicalPanel.heading(i18n, screen(null)),
                "a profile from before the no answers keeps today's reading");
    }
}
