package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.engine.advice.PostureCode.ALTERNATE_SIDES;
import static com.restwise.engine.advice.PostureCode.LOG_ROLL;
import static com.restwise.engine.advice.PostureCode.MORNING_STRETCHES;
import static com.restwise.engine.advice.PostureCode.PILLOW_BETWEEN_KNEES;
import static com.restwise.engine.advice.PostureCode.PILLOW_LOFT;
import static com.restwise.engine.advice.PostureCode.PILLOW_UNDER_HIPS;
import static com.restwise.engine.advice.PostureCode.PILLOW_UNDER_KNEES;
import static com.restwise.engine.advice.PostureCode.REPLACE_MATTRESS;
import static com.restwise.engine.advice.PostureCode.TOPPER;
import static com.restwise.engine.advice.PostureCode.TRY_SIDE_OR_BACK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import org.junit.jupiter.api.Test;

class PostureAdvisorTest {

    private static final Catalog CATALOG = CatalogReader.shipped();
    private final Advisor advisor = new Advisor();

    private Advice advise(ProfileBuilder p) {
        return advisor.assess(p.build(), CATALOG, 3, "en");
    }

    private boolean has(ProfileBuilder p, PostureCode code) {
        return advise(p).hasPosture(code);
    }

    private String text(ProfileBuilder p, PostureCode code) {
        return advise(p).posture().stream().filter(t -> t.code() == code).map(PostureTip::text).findFirst()
                .orElseThrow();
    }

    @Test
    void pillowBetweenKneesForSideSleepersWithLowBackOrHipPain() {
        assertTrue(has(profile().positions(0.3, 0.7, 0).pain(PainArea.HIP), PILLOW_BETWEEN_KNEES));
        assertTrue(has(profile().positions(0.3, 0.7, 0).pain(PainArea.LOWER_BACK), PILLOW_BETWEEN_KNEES));
        assertFalse(has(profile().positions(0.2, 0.8, 0).pain(PainArea.HIP), PILLOW_BETWEEN_KNEES));
        assertFalse(has(profile().only(Position.SIDE).pain(PainArea.NECK), PILLOW_BETWEEN_KNEES));
    }

    @Test
    void pillowUnderKneesForBackSleepersWithLowBackPain() {
        assertTrue(has(profile().positions(0, 0.3, 0.7).pain(PainArea.LOWER_BACK), PILLOW_UNDER_KNEES));
        assertFalse(has(profile().only(Position.BACK).pain(PainArea.HIP), PILLOW_UNDER_KNEES));
    }

    @Test
    void stomachSleepersGetAPillowUnderTheHipsAndWithPainTheAdviceToTrySideOrBack() {
        assertTrue(has(profile().positions(0.7, 0, 0.3), PILLOW_UNDER_HIPS));
        assertFalse(has(profile().positions(0.7, 0, 0.3), TRY_SIDE_OR_BACK), "no pain, no need to change");
        assertTrue(has(profile().positions(0.7, 0, 0.3).morningPain(2), TRY_SIDE_OR_BACK));
        assertTrue(has(profile().positions(0.7, 0, 0.3).pain(PainArea.NECK), TRY_SIDE_OR_BACK));
        assertFalse(has(profile().positions(0.8, 0, 0.2).morningPain(5), TRY_SIDE_OR_BACK));
    }

    @Test
    void pillowLoftIsComputedFromShoulderBreadthWhenHeightAndSexAreKnown() {
        String man = text(profile().only(Position.SIDE).pain(PainArea.NECK).height(180).sex(Sex.MALE), PILLOW_LOFT);
        String woman = text(profile().only(Position.SIDE).pain(PainArea.NECK).height(160).sex(Sex.FEMALE), PILLOW_LOFT);
        String unknown = text(profile().only(Position.SIDE).pain(PainArea.SHOULDER), PILLOW_LOFT);
        assertTrue(man.contains("about 14.5 cm"), man);
        assertTrue(woman.contains("about 10 cm"), woman);
        assertTrue(unknown.contains("10-15 cm"), unknown);
        String back = text(profile().only(Position.BACK).pain(PainArea.NECK).height(180).sex(Sex.MALE), PILLOW_LOFT);
        assertTrue(back.contains("on your back") && back.contains("11.5 cm"), back);
    }

    @Test
    void logRollFromMorningPainOfFive() {
        assertTrue(has(profile().morningPain(5), LOG_ROLL));
        assertFalse(has(profile().morningPain(4), LOG_ROLL));
    }

    @Test
    void morningStretchesForStiffnessOrLowBackPainWithRepetitions() {
        assertTrue(has(profile().stiffness(10), MORNING_STRETCHES));
        assertTrue(has(profile().pain(PainArea.LOWER_BACK), MORNING_STRETCHES));
        assertTrue(text(profile().stiffness(10), MORNING_STRETCHES).contains("8-10"));
        assertFalse(has(profile().stiffness(0), MORNING_STRETCHES));
    }

    @Test
    void noStretchesWithAnUrgentLevelOrASeriousCauseAtSoon() {
        assertFalse(has(profile().stiffness(30).signs(WarningSign.SADDLE_NUMBNESS), MORNING_STRETCHES));
        assertFalse(has(profile().stiffness(30).signs(WarningSign.FEVER), MORNING_STRETCHES), "infection SOON");
        assertFalse(has(profile().stiffness(30).signs(WarningSign.CANCER_HISTORY), MORNING_STRETCHES));
        assertFalse(has(profile().stiffness(30).signs(WarningSign.OSTEOPOROSIS).gradual(false), MORNING_STRETCHES));
        // a ROUTINE note does not withhold them
        assertTrue(has(profile().stiffness(30).legPain(true), MORNING_STRETCHES));
    }

    @Test
    void replaceMattressPastTheWarrantySagOrOldWithPain() {
        assertTrue(has(profile().mattress(null, null, 3.8), REPLACE_MATTRESS));
        assertTrue(has(profile().mattress(null, 10.0, null).morningPain(2), REPLACE_MATTRESS));
        assertFalse(has(profile().mattress(null, 10.0, null), REPLACE_MATTRESS), "old but no pain");
        assertFalse(has(profile().mattress(null, 9.0, 1.0).morningPain(5), REPLACE_MATTRESS));
        assertTrue(text(profile().mattress(null, null, 4.0), REPLACE_MATTRESS).contains("4 cm"));
    }

    @Test
    void neverReplaceAMattressYoungerThanFiveYearsWithLittleSag() {
        assertFalse(has(profile().mattress(null, 4.0, 2.4).morningPain(8), REPLACE_MATTRESS));
        assertFalse(has(profile().mattress(9.0, 2.0, null).morningPain(8).pain(PainArea.HIP), REPLACE_MATTRESS));
    }

    @Test
    void topperOnlyForAMuchTooFirmMattressThatIsStillSound() {
        // a 55 kg side sleeper: range tops out near 4.7
        ProfileBuilder light = profile().weight(55).only(Position.SIDE);
        assertTrue(has(light.mattress(9.0, 3.0, 0.0), TOPPER));
        assertFalse(has(profile().weight(55).only(Position.SIDE).mattress(9.0, 8.0, 0.0), TOPPER), "old");
        assertFalse(has(profile().weight(55).only(Position.SIDE).mattress(9.0, 3.0, 2.5), TOPPER), "sagging");
        assertFalse(has(profile().weight(55).only(Position.SIDE).mattress(6.0, 3.0, 0.0), TOPPER), "close enough");
        assertTrue(has(profile().weight(55).only(Position.SIDE).mattress(9.0, null, null), TOPPER), "age unknown");
    }

    @Test
    void alternateSidesForMostlySideSleepersWithShoulderOrHipPain() {
        assertTrue(has(profile().positions(0.5, 0.5, 0).pain(PainArea.SHOULDER), ALTERNATE_SIDES));
        assertFalse(has(profile().positions(0.4, 0.6, 0).pain(PainArea.SHOULDER), ALTERNATE_SIDES));
    }

    @Test
    void everyTipHasASentenceAndNoCodeTwice() {
        Advice a = advise(profile().positions(0.4, 0.3, 0.3).pain(PainArea.values()).morningPain(8).stiffness(40)
                .mattress(10.0, 12.0, 5.0).height(170).sex(Sex.FEMALE));
        assertTrue(a.posture().size() >= 8, a.posture().toString());
        assertEquals(a.posture().size(), a.posture().stream().map(PostureTip::code).distinct().count());
        a.posture().forEach(t -> assertTrue(t.text().length() > 40 && !t.text().contains("{"), t.text()));
    }
}
