package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.engine.advice.FlagCode.CAUDA_EQUINA;
import static com.restwise.engine.advice.FlagCode.FRACTURE;
import static com.restwise.engine.advice.FlagCode.INFECTION;
import static com.restwise.engine.advice.FlagCode.INFLAMMATORY;
import static com.restwise.engine.advice.FlagCode.KIDNEY;
import static com.restwise.engine.advice.FlagCode.MALIGNANCY;
import static com.restwise.engine.advice.FlagCode.NERVE_ROOT;
import static com.restwise.engine.advice.FlagCode.NIGHT_ONLY_PAIN;
import static com.restwise.engine.advice.FlagCode.PERSISTENT_PAIN;
import static com.restwise.engine.advice.FlagCode.SEVERE_CONSTANT_PAIN;
import static com.restwise.engine.advice.MedicalLevel.NONE;
import static com.restwise.engine.advice.MedicalLevel.ROUTINE;
import static com.restwise.engine.advice.MedicalLevel.SOON;
import static com.restwise.engine.advice.MedicalLevel.URGENT;
import static com.restwise.engine.profile.WarningSign.BLADDER_OR_BOWEL_CHANGE;
import static com.restwise.engine.profile.WarningSign.CANCER_HISTORY;
import static com.restwise.engine.profile.WarningSign.FEVER;
import static com.restwise.engine.profile.WarningSign.FLANK_PAIN;
import static com.restwise.engine.profile.WarningSign.IMMUNOSUPPRESSION;
import static com.restwise.engine.profile.WarningSign.INJECTED_DRUG_USE;
import static com.restwise.engine.profile.WarningSign.LEG_WEAKNESS;
import static com.restwise.engine.profile.WarningSign.LONG_TERM_STEROIDS;
import static com.restwise.engine.profile.WarningSign.NIGHT_SWEATS;
import static com.restwise.engine.profile.WarningSign.OSTEOPOROSIS;
import static com.restwise.engine.profile.WarningSign.RECENT_TRAUMA;
import static com.restwise.engine.profile.WarningSign.SADDLE_NUMBNESS;
import static com.restwise.engine.profile.WarningSign.UNEXPLAINED_WEIGHT_LOSS;
import static com.restwise.engine.profile.WarningSign.URINARY_SYMPTOMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MedicalScreenTest {

    private final MedicalScreen screen = new MedicalScreen();

    private MedicalResult screen(ProfileBuilder p) {
        return screen.screen(p.build(), EngineTexts.of("en"));
    }

    private static Optional<MedicalLevel> level(MedicalResult r, FlagCode code) {
        return r.flags().stream().filter(f -> f.code() == code).map(MedicalFlag::level).findFirst();
    }

    private void assertFlag(ProfileBuilder p, FlagCode code, MedicalLevel expected) {
        MedicalResult r = screen(p);
        assertEquals(Optional.of(expected), level(r, code), r.toString());
    }

    @Test
    void noAnswersMeansNoFlagsAndTheSafetyNetSentence() {
        MedicalResult r = screen(profile());
        assertEquals(NONE, r.level());
        assertTrue(r.flags().isEmpty());
        assertTrue(r.advice().contains("numbness, bladder or bowel changes or leg weakness"), r.advice());
        assertTrue(r.advice().contains("6 weeks"));
    }

    @Test
    void saddleNumbnessOrBladderChangeIsCaudaEquinaUrgent() {
        assertFlag(profile().signs(SADDLE_NUMBNESS), CAUDA_EQUINA, URGENT);
        assertFlag(profile().signs(BLADDER_OR_BOWEL_CHANGE), CAUDA_EQUINA, URGENT);
        MedicalResult r = screen(profile().signs(SADDLE_NUMBNESS));
        assertTrue(r.flags().get(0).text().contains("emergency department"));
        assertTrue(r.advice().contains("emergency"));
    }

    @Test
    void legWeaknessIsNerveRootUrgentAndWithSaddleNumbnessAlsoCaudaEquina() {
        assertFlag(profile().signs(LEG_WEAKNESS), NERVE_ROOT, URGENT);
        MedicalResult both = screen(profile().signs(LEG_WEAKNESS, SADDLE_NUMBNESS));
        assertEquals(Optional.of(URGENT), level(both, NERVE_ROOT));
        assertEquals(Optional.of(URGENT), level(both, CAUDA_EQUINA));
    }

    @Test
    void feverInSomeoneAtRiskIsInfectionUrgent() {
        assertFlag(profile().signs(FEVER, INJECTED_DRUG_USE), INFECTION, URGENT);
        assertFlag(profile().signs(FEVER, IMMUNOSUPPRESSION), INFECTION, URGENT);
        assertFlag(profile().signs(FEVER, LONG_TERM_STEROIDS), INFECTION, URGENT);
    }

    @Test
    void feverWithFlankPainIsKidneyUrgent() {
        assertFlag(profile().signs(FEVER, FLANK_PAIN), KIDNEY, URGENT);
    }

    @Test
    void cancerHistoryWithNightPainUpperBackPainOrWeaknessIsMalignancyUrgent() {
        assertFlag(profile().signs(CANCER_HISTORY).nightPain(NightPain.WAKES_ME), MALIGNANCY, URGENT);
        assertFlag(profile().signs(CANCER_HISTORY).pain(PainArea.UPPER_BACK), MALIGNANCY, URGENT);
        assertFlag(profile().signs(CANCER_HISTORY, LEG_WEAKNESS), MALIGNANCY, URGENT);
    }

    @Test
    void cancerHistoryOtherwiseIsMalignancySoon() {
        assertFlag(profile().signs(CANCER_HISTORY).nightPain(NightPain.ON_TURNING), MALIGNANCY, SOON);
    }

    @Test
    void feverOtherwiseIsInfectionSoon() {
        assertFlag(profile().signs(FEVER), INFECTION, SOON);
    }

    @Test
    void flankPainWithUrinarySymptomsAndNoFeverIsKidneySoon() {
        assertFlag(profile().signs(FLANK_PAIN, URINARY_SYMPTOMS), KIDNEY, SOON);
    }

    @Test
    void weightLossOver50OrWithNightPainIsMalignancySoon() {
        assertFlag(profile().signs(UNEXPLAINED_WEIGHT_LOSS).age(51), MALIGNANCY, SOON);
        assertFlag(profile().signs(UNEXPLAINED_WEIGHT_LOSS).nightPain(NightPain.CONSTANT), MALIGNANCY, SOON);
        // at 50 and without night pain it is only a sign to mention
        assertFlag(profile().signs(UNEXPLAINED_WEIGHT_LOSS).age(50), MALIGNANCY, ROUTINE);
    }

    @Test
    void nightSweatsWithWeightLossIsInfectionSoon() {
        assertFlag(profile().signs(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS), INFECTION, SOON);
    }

    @Test
    void traumaWithFragileBonesIsFractureSoon() {
        assertFlag(profile().signs(RECENT_TRAUMA, OSTEOPOROSIS), FRACTURE, SOON);
        assertFlag(profile().signs(RECENT_TRAUMA, LONG_TERM_STEROIDS), FRACTURE, SOON);
        assertFlag(profile().signs(RECENT_TRAUMA).age(71), FRACTURE, SOON);
        assertFlag(profile().signs(RECENT_TRAUMA).age(70), FRACTURE, ROUTINE);
    }

    @Test
    void suddenOnsetWithFragileBonesIsFractureSoonButOnlyOnAnExplicitAnswer() {
        assertFlag(profile().signs(OSTEOPOROSIS).gradual(false), FRACTURE, SOON);
        assertFlag(profile().age(75).gradual(false), FRACTURE, SOON);
        assertEquals(Optional.empty(), level(screen(profile().age(75)), FRACTURE), "onset not answered");
        assertEquals(Optional.empty(), level(screen(profile().age(75).gradual(true)), FRACTURE));
    }

    @Test
    void nightPainWithoutDaytimePainIsNightOnlyPainSoon() {
        assertFlag(profile().nightPain(NightPain.WAKES_ME).daytime(false), NIGHT_ONLY_PAIN, SOON);
        assertFlag(profile().nightPain(NightPain.CONSTANT).daytime(false), NIGHT_ONLY_PAIN, SOON);
    }

    @Test
    void silenceIsNeverReadAsNo() {
        // daytimePain unanswered: no night-only flag
        assertEquals(NONE, screen(profile().nightPain(NightPain.WAKES_ME)).level());
        // pain on turning is positional
        assertEquals(NONE, screen(profile().nightPain(NightPain.ON_TURNING).daytime(false)).level());
        // unanswered age skips the age rules
        assertEquals(NONE, screen(profile().signs().gradual(false)).level());
    }

    @Test
    void severeConstantPainIsSoon() {
        assertFlag(profile().morningPain(7).nightPain(NightPain.CONSTANT).daytime(true), SEVERE_CONSTANT_PAIN, SOON);
        assertEquals(Optional.empty(), level(screen(profile().morningPain(6).nightPain(NightPain.CONSTANT)),
                SEVERE_CONSTANT_PAIN));
    }

    private static ProfileBuilder inflammatory() {
        return profile().age(27).weeks(20).pain(PainArea.LOWER_BACK).gradual(true).exercise(true).rest(false)
                .nightPain(NightPain.WAKES_ME).eases(true).daytime(true);
    }

    @Test
    void fourOfTheFiveAsasItemsOverThreeMonthsIsInflammatorySoon() {
        assertEquals(5, MedicalScreen.inflammatoryItems(inflammatory().build()));
        assertFlag(inflammatory(), INFLAMMATORY, SOON);
        assertFlag(inflammatory().exercise(false), INFLAMMATORY, SOON);
        assertEquals(Optional.empty(), level(screen(inflammatory().exercise(false).rest(true)), INFLAMMATORY));
        assertEquals(Optional.empty(), level(screen(inflammatory().weeks(12)), INFLAMMATORY), "under 13 weeks");
        // onset at 45 loses the age item; unanswered rest loses another
        Profile older = inflammatory().age(45).build();
        assertEquals(4, MedicalScreen.inflammatoryItems(older));
    }

    @Test
    void legPainBelowTheKneeIsNerveRootRoutine() {
        assertFlag(profile().legPain(true), NERVE_ROOT, ROUTINE);
        assertEquals(NONE, screen(profile().legPain(false)).level());
    }

    @Test
    void painBeyondSixWeeksIsPersistentRoutine() {
        assertFlag(profile().weeks(7).morningPain(3), PERSISTENT_PAIN, ROUTINE);
        assertEquals(NONE, screen(profile().weeks(6).morningPain(3)).level());
        assertEquals(NONE, screen(profile().weeks(20).morningPain(0)).level(), "no pain");
    }

    @ParameterizedTest
    @EnumSource(value = WarningSign.class, names = {"RECENT_TRAUMA", "OSTEOPOROSIS", "LONG_TERM_STEROIDS",
            "UNEXPLAINED_WEIGHT_LOSS", "FLANK_PAIN", "URINARY_SYMPTOMS", "NIGHT_SWEATS", "IMMUNOSUPPRESSION",
            "INJECTED_DRUG_USE"})
    void aSignNoRuleFlaggedIsAROUTINENoteInItsCategoryNamingTheSign(WarningSign sign) {
        MedicalResult r = screen(profile().signs(sign));
        assertEquals(ROUTINE, r.level());
        assertEquals(1, r.flags().size());
        FlagCode expected = switch (sign) {
            case RECENT_TRAUMA, OSTEOPOROSIS, LONG_TERM_STEROIDS -> FRACTURE;
            case UNEXPLAINED_WEIGHT_LOSS -> MALIGNANCY;
            case FLANK_PAIN, URINARY_SYMPTOMS -> KIDNEY;
            default -> INFECTION;
        };
        assertEquals(expected, r.flags().get(0).code());
        assertTrue(r.flags().get(0).text().contains(EngineTexts.of("en").text("sign." + sign)));
        assertTrue(r.flags().get(0).text().contains("at once"));
    }

    @Test
    void oneFlagPerCodeAtItsMostPressingLevelAndTheLevelIsTheMostPressing() {
        MedicalResult r = screen(profile().signs(FEVER, IMMUNOSUPPRESSION, NIGHT_SWEATS)
                .legPain(true).weeks(10).morningPain(4));
        assertEquals(URGENT, r.level());
        assertEquals(1, r.flags().stream().filter(f -> f.code() == INFECTION).count());
        assertEquals(Optional.of(URGENT), level(r, INFECTION));
        for (int i = 1; i < r.flags().size(); i++) {
            assertFalse(r.flags().get(i).level().compareTo(r.flags().get(i - 1).level()) > 0, "most pressing first");
        }
        assertTrue(r.advice().contains("now"));
    }

    @Test
    void ageAndPainThatEasesOnGettingUpAreNotFlagsOnTheirOwn() {
        assertEquals(NONE, screen(profile().age(90)).level());
        assertEquals(NONE, screen(profile().eases(true).stiffness(30).morningPain(3)).level());
    }
}
