package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.engine.advice.FlagCode.CAUDA_EQUINA;
import static com.restwise.engine.advice.FlagCode.FRACTURE;
import static com.restwise.engine.advice.FlagCode.INFECTION;
import static com.restwise.engine.advice.FlagCode.INFLAMMATORY;
import static com.restwise.engine.advice.FlagCode.KIDNEY;
import static com.restwise.engine.advice.FlagCode.MALIGNANCY;
import static com.restwise.engine.advice.FlagCode.NECK_ARTERY;
import static com.restwise.engine.advice.FlagCode.NERVE_ROOT;
import static com.restwise.engine.advice.FlagCode.NIGHT_ONLY_PAIN;
import static com.restwise.engine.advice.FlagCode.PERSISTENT_PAIN;
import static com.restwise.engine.advice.FlagCode.PREGNANCY;
import static com.restwise.engine.advice.FlagCode.SEVERE_CONSTANT_PAIN;
import static com.restwise.engine.advice.FlagCode.SPINAL_CORD;
import static com.restwise.engine.advice.MedicalLevel.NONE;
import static com.restwise.engine.advice.MedicalLevel.ROUTINE;
import static com.restwise.engine.advice.MedicalLevel.SOON;
import static com.restwise.engine.advice.MedicalLevel.URGENT;
import static com.restwise.engine.profile.NightPain.CONSTANT;
import static com.restwise.engine.profile.NightPain.WAKES_ME;
import static com.restwise.engine.profile.PainArea.HIP;
import static com.restwise.engine.profile.PainArea.LOWER_BACK;
import static com.restwise.engine.profile.PainArea.NECK;
import static com.restwise.engine.profile.PainArea.SHOULDER;
import static com.restwise.engine.profile.WarningSign.BLADDER_OR_BOWEL_CHANGE;
import static com.restwise.engine.profile.WarningSign.BOTH_LEGS;
import static com.restwise.engine.profile.WarningSign.CANCER_HISTORY;
import static com.restwise.engine.profile.WarningSign.FEVER;
import static com.restwise.engine.profile.WarningSign.FLANK_PAIN;
import static com.restwise.engine.profile.WarningSign.IMMUNOSUPPRESSION;
import static com.restwise.engine.profile.WarningSign.INJECTED_DRUG_USE;
import static com.restwise.engine.profile.WarningSign.LEG_WEAKNESS;
import static com.restwise.engine.profile.WarningSign.LONG_TERM_STEROIDS;
import static com.restwise.engine.profile.WarningSign.MAJOR_TRAUMA;
import static com.restwise.engine.profile.WarningSign.NECK_ARTERY_SIGNS;
import static com.restwise.engine.profile.WarningSign.NECK_CORD_SIGNS;
import static com.restwise.engine.profile.WarningSign.NIGHT_SWEATS;
import static com.restwise.engine.profile.WarningSign.OSTEOPOROSIS;
import static com.restwise.engine.profile.WarningSign.RECENT_SPINE_PROCEDURE;
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
import com.restwise.engine.profile.WarningSign;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/medical-rules.md, row by row, with both sides of every boundary. */
class MedicalScreenTest {

    private final MedicalScreen screen = new MedicalScreen();

    private MedicalResult screen(ProfileBuilder p, String lang) {
        return screen.screen(p.build(), EngineTexts.of(lang));
    }

    private MedicalResult screen(ProfileBuilder p) {
        return screen(p, "en");
    }

    private static Optional<MedicalFlag> flag(MedicalResult r, FlagCode code) {
        return r.flags().stream().filter(f -> f.code() == code).findFirst();
    }

    /** A case of the table: does {@code row} fire, and if so which flag the result must carry at least. */
    private static Arguments fires(String name, int row, ProfileBuilder p, FlagCode code, MedicalLevel level) {
        return Arguments.of(name, row, true, p, code, level);
    }

    private static Arguments silent(String name, int row, ProfileBuilder p) {
        return Arguments.of(name, row, false, p, null, null);
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                fires("row 1: saddle numbness", 1, profile().pain(LOWER_BACK).signs(SADDLE_NUMBNESS), CAUDA_EQUINA, URGENT),
                fires("row 1: bladder or bowel change", 1, profile().signs(BLADDER_OR_BOWEL_CHANGE), CAUDA_EQUINA, URGENT),
                fires("row 2: both legs", 2, profile().pain(LOWER_BACK).signs(BOTH_LEGS), CAUDA_EQUINA, URGENT),
                fires("row 3: leg weakness", 3, profile().signs(LEG_WEAKNESS), NERVE_ROOT, URGENT),
                fires("row 4: neck artery signs", 4, profile().pain(NECK).signs(NECK_ARTERY_SIGNS), NECK_ARTERY, URGENT),
                fires("row 5: fever after a spine procedure", 5, profile().morningPain(3).signs(FEVER, RECENT_SPINE_PROCEDURE),
                        INFECTION, URGENT),
                fires("row 5: fever on steroids", 5, profile().signs(FEVER, LONG_TERM_STEROIDS), INFECTION, URGENT),
                silent("row 5: fever alone", 5, profile().morningPain(3).signs(FEVER)),
                fires("row 6: fever with constant night pain", 6, profile().nightPain(CONSTANT).signs(FEVER), INFECTION, URGENT),
                fires("row 6: fever with pain 7", 6, profile().morningPain(7).signs(FEVER), INFECTION, URGENT),
                silent("row 6: fever with pain 6", 6, profile().morningPain(6).signs(FEVER)),
                fires("row 7: fever in pregnancy", 7, profile().pregnancyWeeks(12).signs(FEVER), INFECTION, URGENT),
                fires("row 8: fever with flank pain", 8, profile().signs(FEVER, FLANK_PAIN), KIDNEY, URGENT),
                fires("row 9: cancer with neck pain", 9, profile().pain(NECK).signs(CANCER_HISTORY), MALIGNANCY, URGENT),
                fires("row 9: cancer with night pain in the back", 9,
                        profile().pain(LOWER_BACK).nightPain(WAKES_ME).signs(CANCER_HISTORY), MALIGNANCY, URGENT),
                silent("row 9: cancer with night pain in the hip only", 9,
                        profile().pain(HIP).nightPain(WAKES_ME).signs(CANCER_HISTORY)),
                fires("row 10: major trauma 4 weeks ago", 10, profile().morningPain(5).weeks(4).signs(MAJOR_TRAUMA),
                        FRACTURE, URGENT),
                fires("row 10: major trauma of unknown duration", 10, profile().signs(MAJOR_TRAUMA), FRACTURE, URGENT),
                fires("row 10: major trauma in pregnancy, 8 weeks ago", 10,
                        profile().pregnancyWeeks(25).weeks(8).signs(MAJOR_TRAUMA), FRACTURE, URGENT),
                silent("row 10: major trauma 5 weeks ago", 10, profile().weeks(5).signs(MAJOR_TRAUMA)),
                fires("row 11: major trauma 5 weeks ago", 11, profile().weeks(5).signs(MAJOR_TRAUMA), FRACTURE, SOON),
                fires("row 11: both trauma signs read as major", 11, profile().weeks(5).signs(MAJOR_TRAUMA, RECENT_TRAUMA),
                        FRACTURE, SOON),
                fires("row 12: neck cord signs", 12, profile().signs(NECK_CORD_SIGNS), SPINAL_CORD, SOON),
                fires("row 13: injecting drugs with pain 7, no fever", 13, profile().morningPain(7).signs(INJECTED_DRUG_USE),
                        INFECTION, SOON),
                fires("row 13: weak immunity with constant pain", 13, profile().nightPain(CONSTANT).signs(IMMUNOSUPPRESSION),
                        INFECTION, SOON),
                silent("row 13: injecting drugs with pain 6", 13, profile().morningPain(6).signs(INJECTED_DRUG_USE)),
                silent("row 13: not with a fever", 13, profile().morningPain(7).signs(INJECTED_DRUG_USE, FEVER)),
                fires("row 14: fever with any pain", 14, profile().morningPain(2).signs(FEVER), INFECTION, SOON),
                silent("row 14: fever without pain", 14, profile().signs(FEVER)),
                silent("row 14: fever already urgent", 14, profile().morningPain(8).signs(FEVER)),
                fires("row 15: flank pain with urinary symptoms", 15, profile().signs(FLANK_PAIN, URINARY_SYMPTOMS), KIDNEY, SOON),
                fires("row 16: urinary symptoms in pregnancy", 16, profile().pregnancyWeeks(20).signs(URINARY_SYMPTOMS),
                        KIDNEY, SOON),
                silent("row 16: urinary symptoms, not pregnant", 16, profile().signs(URINARY_SYMPTOMS)),
                fires("row 17: cancer with hip pain", 17, profile().pain(HIP).signs(CANCER_HISTORY), MALIGNANCY, SOON),
                silent("row 17: cancer without pain", 17, profile().signs(CANCER_HISTORY)),
                fires("row 18: weight loss with pain at 30", 18, profile().age(30).morningPain(2).signs(UNEXPLAINED_WEIGHT_LOSS),
                        MALIGNANCY, SOON),
                silent("row 18: weight loss without pain", 18, profile().age(60).signs(UNEXPLAINED_WEIGHT_LOSS)),
                fires("row 19: night sweats with weight loss", 19, profile().signs(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS),
                        INFECTION, SOON),
                fires("row 20: minor trauma over 70 (71)", 20, profile().age(71).signs(RECENT_TRAUMA), FRACTURE, SOON),
                silent("row 20: minor trauma at 70", 20, profile().age(70).signs(RECENT_TRAUMA)),
                fires("row 20: minor trauma with osteoporosis", 20, profile().signs(RECENT_TRAUMA, OSTEOPOROSIS), FRACTURE, SOON),
                fires("row 21: steroids, sudden onset", 21, profile().gradual(false).signs(LONG_TERM_STEROIDS), FRACTURE, SOON),
                fires("row 21: over 70 (71), sudden onset", 21, profile().age(71).gradual(false), FRACTURE, SOON),
                silent("row 21: 70, sudden onset", 21, profile().age(70).gradual(false)),
                silent("row 21: osteoporosis, onset not answered", 21, profile().signs(OSTEOPOROSIS)),
                fires("row 22: 71 on steroids, back pain of 12 weeks", 22,
                        profile().age(71).pain(LOWER_BACK).weeks(12).signs(LONG_TERM_STEROIDS), FRACTURE, SOON),
                silent("row 22: 71 on steroids, back pain of 13 weeks", 22,
                        profile().age(71).pain(LOWER_BACK).weeks(13).signs(LONG_TERM_STEROIDS)),
                silent("row 22: 70 on steroids, back pain of 2 weeks", 22,
                        profile().age(70).pain(LOWER_BACK).weeks(2).signs(LONG_TERM_STEROIDS)),
                fires("row 22: 65 with osteoporosis and steroids", 22,
                        profile().age(65).pain(LOWER_BACK).signs(OSTEOPOROSIS, LONG_TERM_STEROIDS), FRACTURE, SOON),
                silent("row 22: hip pain is not back pain", 22, profile().age(75).pain(HIP).signs(OSTEOPOROSIS)),
                fires("row 23: night-only back pain", 23, profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false),
                        NIGHT_ONLY_PAIN, SOON),
                silent("row 23: night-only hip pain", 23, profile().pain(HIP).nightPain(WAKES_ME).daytime(false)),
                silent("row 23: daytime not answered", 23, profile().pain(LOWER_BACK).nightPain(WAKES_ME)),
                fires("row 24: pain 7, constant", 24, profile().morningPain(7).nightPain(CONSTANT), SEVERE_CONSTANT_PAIN, SOON),
                silent("row 24: pain 6, constant", 24, profile().morningPain(6).nightPain(CONSTANT)),
                fires("row 25: four ASAS items with stiffness of 30 minutes", 25, asas().stiffness(30), INFLAMMATORY, SOON),
                silent("row 25: stiffness of 29 minutes leaves three items", 25, asas().stiffness(29)),
                fires("row 25: eases after getting up counts too", 25, asas().eases(true), INFLAMMATORY, SOON),
                silent("row 25: 12 weeks is too short", 25, asas().stiffness(30).weeks(12)),
                fires("row 25: 13 weeks is long enough", 25, asas().stiffness(30).weeks(13), INFLAMMATORY, SOON),
                fires("row 26: all three Berlin items, onset at 44", 26, berlin(54).stiffness(30), INFLAMMATORY, SOON),
                silent("row 26: onset at 45", 26, berlin(55).stiffness(30)),
                silent("row 26: stiffness of 29 minutes", 26, berlin(54).stiffness(29)),
                fires("row 27: two Berlin items", 27, berlin(54).stiffness(29), INFLAMMATORY, ROUTINE),
                silent("row 27: two Berlin items, 12 weeks", 27, berlin(40).stiffness(29).weeks(12)),
                fires("row 28: pain below the knee", 28, profile().legPain(true), NERVE_ROOT, ROUTINE),
                silent("row 28: not with a weak leg", 28, profile().legPain(true).signs(LEG_WEAKNESS)),
                fires("row 29: pregnant with pain", 29, profile().pregnancyWeeks(14).pain(LOWER_BACK), PREGNANCY, ROUTINE),
                silent("row 29: pregnant without pain", 29, profile().pregnancyWeeks(14)),
                fires("row 30: 7 weeks of pain", 30, profile().morningPain(2).weeks(7), PERSISTENT_PAIN, ROUTINE),
                silent("row 30: 6 weeks of pain", 30, profile().morningPain(2).weeks(6)));
    }

    /** Back pain of 20 weeks at 30: onset, exercise, rest and night items; stiffness decides item 5. */
    private static ProfileBuilder asas() {
        return profile().age(30).pain(LOWER_BACK).weeks(20).exercise(true).rest(false).nightPain(WAKES_ME).eases(false);
    }

    /** Back pain of 10 years, improving with exercise but not rest, waking at night. */
    private static ProfileBuilder berlin(int age) {
        return profile().age(age).pain(LOWER_BACK).weeks(520).exercise(true).rest(false).nightPain(WAKES_ME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowFiresExactlyWhereItSays(String name, int row, boolean fires, ProfileBuilder p, FlagCode code,
                                        MedicalLevel level) {
        List<Integer> fired = MedicalScreen.firingRows(p.build());
        assertEquals(fires, fired.contains(row), name + ": rows fired " + fired);
        if (fires) {
            MedicalResult r = screen(p);
            MedicalFlag f = flag(r, code).orElseThrow(() -> new AssertionError(name + ": no " + code + " in " + r));
            assertTrue(f.level().atLeast(level), name + ": " + f);
        }
    }

    @ParameterizedTest
    @EnumSource(value = WarningSign.class, names = {"RECENT_TRAUMA", "OSTEOPOROSIS", "LONG_TERM_STEROIDS",
            "UNEXPLAINED_WEIGHT_LOSS", "CANCER_HISTORY", "FLANK_PAIN", "URINARY_SYMPTOMS", "FEVER", "NIGHT_SWEATS",
            "IMMUNOSUPPRESSION", "INJECTED_DRUG_USE", "RECENT_SPINE_PROCEDURE"})
    void row31ASignNoRowFlaggedIsARoutineNoteInItsCategoryNamingTheSignInWords(WarningSign sign) {
        MedicalResult r = screen(profile().signs(sign));
        assertEquals(List.of(), MedicalScreen.firingRows(profile().signs(sign).build()), "rows 1-30 for " + sign);
        assertEquals(ROUTINE, r.level());
        MedicalFlag f = r.flags().get(0);
        FlagCode expected = switch (sign) {
            case RECENT_TRAUMA, OSTEOPOROSIS, LONG_TERM_STEROIDS -> FRACTURE;
            case UNEXPLAINED_WEIGHT_LOSS, CANCER_HISTORY -> MALIGNANCY;
            case FLANK_PAIN, URINARY_SYMPTOMS -> KIDNEY;
            default -> INFECTION;
        };
        assertEquals(expected, f.code());
        assertTrue(f.text().contains(EngineTexts.of("en").text("sign." + sign)), f.text());
        assertFalse(f.text().contains(sign.name()), "never the code: " + f.text());
        assertEquals("Mention this to a doctor or physiotherapist at your next visit.", r.advice());
        assertFalse(f.text().contains("doctor or physiotherapist"), "the level's sentence says it: " + f.text());
        assertEquals(List.of("Finucane 2020"), f.sources());
    }

    @Test
    void row31NamesEverySignOfACategoryInOneFlag() {
        MedicalResult r = screen(profile().signs(FLANK_PAIN, OSTEOPOROSIS, LONG_TERM_STEROIDS));
        MedicalFlag fracture = flag(r, FRACTURE).orElseThrow();
        assertTrue(fracture.text().contains("osteoporosis (thin bones)") && fracture.text().contains("steroid tablets"),
                fracture.text());
        assertEquals(ROUTINE, flag(r, KIDNEY).orElseThrow().level());
    }

    @Test
    void noAnswersMeansNoFlagsAReassuringLineAndTheSafetyNet() {
        MedicalResult r = screen(profile());
        assertEquals(NONE, r.level());
        assertTrue(r.flags().isEmpty());
        assertEquals("No warning signs in your answers.", r.advice());
        assertTrue(r.safetyNet().contains("numbness between your legs"), r.safetyNet());
        assertTrue(r.safetyNet().contains("both legs") && r.safetyNet().contains("chest pain"), r.safetyNet());
        assertTrue(r.safetyNet().contains("beyond 6 weeks"), r.safetyNet());
        assertFalse(r.mattressCanWait());
    }

    @Test
    void theSafetyNetIsThereAtEveryLevelAndTheAdviceNeverRepeatsIt() {
        for (ProfileBuilder p : List.of(profile(), profile().legPain(true), profile().signs(FEVER).morningPain(2),
                profile().signs(SADDLE_NUMBNESS))) {
            MedicalResult r = screen(p);
            // It names the place; under URGENT the person is on the way, so it is for after they have been seen.
            String start = r.level() == URGENT ? "After you have been seen, go back to an emergency department at once"
                    : "Go to an emergency department at once";
            assertTrue(r.safetyNet().startsWith(start), r.level() + ": " + r.safetyNet());
            assertFalse(r.advice().contains("numbness"), r.advice());
        }
    }

    @Test
    void theSixWeekLineGoesWhenThePainIsAlreadyLastingOrADoctorIsToBeSeen() {
        assertTrue(screen(profile().legPain(true)).safetyNet().contains("6 weeks"));
        assertFalse(screen(profile().morningPain(2).weeks(8)).safetyNet().contains("6 weeks"));
        assertFalse(screen(profile().morningPain(2).signs(FEVER)).safetyNet().contains("6 weeks"));
    }

    @Test
    void theSafetyNetAddsThePregnancySignsAndWithNeckPainTheNeckSigns() {
        String pregnant = screen(profile().pregnancyWeeks(30)).safetyNet();
        assertTrue(pregnant.contains("maternity unit") && pregnant.contains("calf"), pregnant);
        String neck = screen(profile().pain(NECK)).safetyNet();
        assertTrue(neck.contains("double vision") && neck.contains("clumsy hands"), neck);
        assertFalse(screen(profile().pain(LOWER_BACK)).safetyNet().contains("double vision"));
    }

    @Test
    void theMattressCanWaitAtUrgentAndForASeriousCauseAtSoon() {
        assertTrue(screen(profile().signs(SADDLE_NUMBNESS)).mattressCanWait());
        assertTrue(screen(profile().morningPain(2).signs(FEVER)).mattressCanWait(), "infection at SOON");
        assertTrue(screen(profile().signs(NECK_CORD_SIGNS)).mattressCanWait(), "spinal cord at SOON");
        assertFalse(screen(profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false)).mattressCanWait(),
                "night-only pain at SOON");
        assertFalse(screen(profile().morningPain(2).weeks(8)).mattressCanWait());
    }

    @Test
    void everyFlagCarriesItsRuleInWordsAndItsSources() {
        MedicalResult r = screen(profile().morningPain(8).weeks(9).legPain(true).signs(FEVER, MAJOR_TRAUMA));
        assertTrue(r.flags().size() >= 3);
        for (MedicalFlag f : r.flags()) {
            assertTrue(f.rule() != null && !f.rule().isBlank() && !f.rule().contains("_"), f.toString());
            assertFalse(f.sources().isEmpty(), f.toString());
        }
        assertEquals(List.of("NICE NG59"), flag(r, PERSISTENT_PAIN).orElseThrow().sources());
        assertEquals(List.of("Finucane 2020"), flag(r, FRACTURE).orElseThrow().sources(), "row 11: more than 4 weeks");
        assertEquals(List.of("Finucane 2020", "NICE NG41"),
                flag(screen(profile().signs(MAJOR_TRAUMA)), FRACTURE).orElseThrow().sources(), "row 10");
        assertEquals(r.flags().get(0).sources(), screen(profile().morningPain(8).weeks(9).legPain(true)
                .signs(FEVER, MAJOR_TRAUMA), "de").flags().get(0).sources(), "sources are the same in every language");
    }

    @Test
    void twoRowsWithTheSameFlagAndLevelReportTheFirstRowsRule() {
        MedicalResult both = screen(profile().signs(SADDLE_NUMBNESS, BOTH_LEGS));
        MedicalResult first = screen(profile().signs(SADDLE_NUMBNESS));
        assertEquals(first.flags().get(0).rule(), both.flags().get(0).rule());
        assertEquals(List.of("NICE NG59", "GIRFT CES 2023", "Finucane 2020"), both.flags().get(0).sources());
    }

    @Test
    void oneFlagPerCodeAtItsMostPressingLevel() {
        MedicalResult r = screen(profile().morningPain(7).nightPain(CONSTANT).signs(FEVER, INJECTED_DRUG_USE, CANCER_HISTORY));
        assertEquals(1, r.flags().stream().filter(f -> f.code() == INFECTION).count());
        assertEquals(URGENT, flag(r, INFECTION).orElseThrow().level());
        assertEquals(URGENT, r.level());
        assertEquals(URGENT, r.flags().get(0).level(), "most pressing first");
    }

    @Test
    void urgentTextsSayNowAndNameThePlace() {
        for (ProfileBuilder p : List.of(profile().pain(LOWER_BACK).signs(SADDLE_NUMBNESS), profile().signs(BOTH_LEGS),
                profile().signs(LEG_WEAKNESS), profile().pain(NECK).signs(NECK_ARTERY_SIGNS),
                profile().morningPain(8).signs(FEVER), profile().signs(FEVER, FLANK_PAIN), profile().signs(MAJOR_TRAUMA))) {
            MedicalFlag f = screen(p).flags().get(0);
            assertEquals(URGENT, f.level());
            assertTrue(f.text().contains("now"), f.text());
            assertTrue(f.text().contains("emergency"), f.text());
            assertFalse(f.text().contains("today") || f.text().contains("within days"), f.text());
        }
        MedicalFlag pregnantFever = screen(profile().pregnancyWeeks(30).signs(FEVER)).flags().get(0);
        assertTrue(pregnantFever.text().contains("maternity unit") && pregnantFever.text().contains("now"));
        MedicalFlag pregnantFall = flag(screen(profile().pregnancyWeeks(30).signs(MAJOR_TRAUMA)), FRACTURE).orElseThrow();
        assertTrue(pregnantFall.text().contains("maternity unit"), pregnantFall.text());
        MedicalFlag cancer = screen(profile().pain(NECK).signs(CANCER_HISTORY)).flags().get(0);
        assertTrue(cancer.text().contains("cancer team's acute line") && cancer.text().contains("now"), cancer.text());
    }

    @Test
    void soonTextsGiveADayOrTwoForInfectionAndFractureAndRoutineTextsTheNextVisit() {
        MedicalResult fever = screen(profile().morningPain(2).signs(FEVER));
        assertTrue(fever.flags().get(0).text().contains("within a day or two"));
        assertEquals("See a doctor about this within a day or two.", fever.advice());
        assertTrue(screen(profile().age(71).signs(RECENT_TRAUMA)).flags().get(0).text().contains("within a day or two"));
        MedicalResult nightOnly = screen(profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false));
        assertTrue(nightOnly.flags().get(0).text().contains("within days"));
        assertEquals("See a doctor about this within days.", nightOnly.advice());
        for (ProfileBuilder p : List.of(profile().legPain(true), profile().morningPain(2).weeks(8),
                profile().pregnancyWeeks(12).pain(LOWER_BACK), berlin(54).stiffness(29))) {
            MedicalResult r = screen(p);
            assertEquals(ROUTINE, r.flags().get(0).level());
            assertTrue(r.advice().endsWith("at your next visit."), r.advice());
        }
    }

    @Test
    void textsFitThePainArea() {
        MedicalFlag hip = flag(screen(profile().pain(HIP, SHOULDER).weeks(10)), PERSISTENT_PAIN).orElseThrow();
        assertFalse(hip.text().contains("back pain"), hip.text());
        MedicalFlag back = flag(screen(profile().pain(LOWER_BACK).weeks(10)), PERSISTENT_PAIN).orElseThrow();
        assertTrue(back.text().contains("back pain"), back.text());
        assertFalse(back.text().contains("4-6"), "one promise about time: " + back.text());
        MedicalFlag neckOnly = screen(profile().pain(NECK).signs(SADDLE_NUMBNESS)).flags().get(0);
        assertFalse(neckOnly.text().contains("base of the spine"), neckOnly.text());
        MedicalFlag pregnant = flag(screen(profile().pregnancyWeeks(26).pain(LOWER_BACK).weeks(10)), PERSISTENT_PAIN)
                .orElseThrow();
        assertFalse(pregnant.text().matches(".*\\d+ ?(-|to) ?\\d+ weeks.*") || pregnant.text().contains("2 weeks"),
                "nothing about time in pregnancy: " + pregnant.text());
    }

    @Test
    void thePregnancyTextSaysWhatTheRulesAsk() {
        MedicalResult r = screen(profile().pregnancyWeeks(30).pain(LOWER_BACK));
        // the level's sentence names the midwife; the flag says the rest, without repeating it
        String text = r.advice() + " " + flag(r, PREGNANCY).orElseThrow().text();
        for (String part : List.of("common in pregnancy", "midwife", "pelvic girdle pain", "physiotherapy",
                "maternity unit", "in waves", "bleeding", "leaking fluid", "fever", "fall onto your bump", "calf")) {
            assertTrue(text.contains(part), part + " missing in: " + text);
        }
    }

    @Test
    void silenceIsNeverReadAsNo() {
        assertTrue(MedicalScreen.firingRows(profile().pain(LOWER_BACK).nightPain(WAKES_ME).age(60).weeks(3)
                .signs(OSTEOPOROSIS).build()).isEmpty(), "no daytime answer, no onset answer");
        assertEquals(0, MedicalScreen.berlinItems(new MedicalScreen.Facts(
                profile().pain(LOWER_BACK).weeks(520).nightPain(WAKES_ME).stiffness(60).build())),
                "without an age the onset is unknown, so the Berlin items do not apply");
    }

    @Test
    void ageAndPainThatEasesOnGettingUpAreNotFlagsOnTheirOwn() {
        assertEquals(NONE, screen(profile().age(90)).level());
        assertEquals(NONE, screen(profile().age(65).morningPain(3).eases(true)).level());
    }

    @Test
    void germanTextsUseTheWordsANativeSpeakerWould() {
        MedicalResult r = screen(profile().pain(LOWER_BACK).signs(SADDLE_NUMBNESS, FEVER, FLANK_PAIN), "de");
        assertTrue(r.safetyNet().contains("Taubheitsgefühl"), r.safetyNet());
        assertTrue(flag(r, KIDNEY).orElseThrow().text().contains("Nierenbeckenentzündung"));
        assertTrue(flag(screen(profile().signs(OSTEOPOROSIS), "de"), FRACTURE).orElseThrow().text()
                .contains("Osteoporose (Knochenschwund)"));
        assertTrue(flag(screen(profile().signs(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS), "de"), INFECTION).orElseThrow()
                .text().contains("Starker Nachtschweiß"));
    }

    @Test
    void aFlagBesideAMorePressingOneSaysToTellTheTeamAndGivesNoReasonToWait() {
        MedicalResult saddle = screen(profile().pain(LOWER_BACK).legPain(true).signs(SADDLE_NUMBNESS));
        String sciatica = flag(saddle, NERVE_ROOT).orElseThrow().text();
        assertEquals("Your pain also travels below the knee: tell the team who sees you.", sciatica);
        assertTrue(flag(screen(profile().pain(LOWER_BACK).legPain(true).signs(SADDLE_NUMBNESS), "de"), NERVE_ROOT)
                .orElseThrow().text().contains("bis unter das Knie: Erwähnen Sie das bei der Untersuchung"));

        MedicalResult feverAndConstant = screen(profile().pain(LOWER_BACK).morningPain(8).nightPain(CONSTANT).signs(FEVER));
        assertEquals(URGENT, feverAndConstant.level());
        String constant = flag(feverAndConstant, SEVERE_CONSTANT_PAIN).orElseThrow().text();
        assertFalse(constant.contains("within days"), constant);
        assertEquals("Your pain is also severe and does not ease in any position: tell the team who sees you.", constant);

        MedicalResult pregnantFall = screen(profile().pregnancyWeeks(24).pain(LOWER_BACK).signs(FEVER, MAJOR_TRAUMA));
        String pregnancy = flag(pregnantFall, PREGNANCY).orElseThrow().text();
        assertTrue(pregnancy.contains("pregnant") && pregnancy.contains("week 24"), pregnancy);
        assertFalse(pregnancy.contains("common") || pregnancy.contains("next visit"), pregnancy);
        assertTrue(flag(screen(profile().pregnancyWeeks(24).pain(LOWER_BACK).signs(FEVER, MAJOR_TRAUMA), "de"),
                PREGNANCY).orElseThrow().text().contains("in der 24. Woche"));

        // Alone, the same flags keep their full text.
        assertTrue(flag(screen(profile().legPain(true)), NERVE_ROOT).orElseThrow().text().contains("sciatica"));
        MedicalResult routineBesideSoon = screen(profile().morningPain(2).weeks(8).signs(FEVER));
        String lasting = flag(routineBesideSoon, PERSISTENT_PAIN).orElseThrow().text();
        assertFalse(lasting.contains("next visit"), lasting);
        assertTrue(lasting.contains("longer than 6 weeks"), lasting);
    }

    /**
     * A routine panel reads as one note: its level's sentence says whom to tell and when, once;
     * the flags say what the finding means and the safety net when not to wait for that visit.
     */
    @Test
    void theRoutinePanelSaysWhomToTellOnce() {
        List<ProfileBuilder> routine = List.of(profile().legPain(true), profile().pain(LOWER_BACK).weeks(8),
                profile().pain(HIP).weeks(8), profile().pregnancyWeeks(22).pain(LOWER_BACK),
                profile().pregnancyWeeks(22).pain(LOWER_BACK).weeks(8), berlin(54).stiffness(29),
                profile().signs(OSTEOPOROSIS), profile().pain(LOWER_BACK).legPain(true).weeks(8).signs(OSTEOPOROSIS, FLANK_PAIN),
                profile().pain(NECK).legPain(true));
        for (ProfileBuilder p : routine) {
            for (String lang : List.of("en", "de")) {
                MedicalResult r = screen(p, lang);
                assertEquals(ROUTINE, r.level());
                StringBuilder panel = new StringBuilder(r.advice()).append(' ');
                r.flags().forEach(f -> panel.append(f.text()).append(' '));
                panel.append(r.safetyNet());
                String whenToTell = lang.equals("en") ? "next visit" : "nächsten Termin";
                assertEquals(1, count(panel.toString(), whenToTell), lang + ": " + panel);
                String whom = lang.equals("en") ? "doctor or physiotherapist" : "Arztpraxis oder";
                assertTrue(count(panel.toString(), whom) <= 1, lang + ": " + panel);
            }
        }
        // with no flag at all, the lasting-pain line still says whom to see
        assertTrue(screen(profile().pain(LOWER_BACK)).safetyNet().contains("see a doctor or physiotherapist"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void fractureTextsNameOnlyThePersonsOwnReasonsForFragileBones() {
        String age = flag(screen(profile().age(75).morningPain(3).signs(RECENT_TRAUMA)), FRACTURE).orElseThrow().text();
        assertTrue(age.startsWith("A trip, slip or fall, with an age over 70, can crack"), age);
        assertFalse(age.contains("osteoporosis") || age.contains("steroid"), age);
        assertTrue(age.contains("cannot stand or walk"), "when to go now: " + age);
        String two = flag(screen(profile().age(60).pain(LOWER_BACK).weeks(4).signs(OSTEOPOROSIS, LONG_TERM_STEROIDS)),
                FRACTURE).orElseThrow().text();
        assertTrue(two.contains("with osteoporosis (thin bones) and long-term steroid tablets"), two);
        assertFalse(two.contains("70"), two);
        String de = flag(screen(profile().age(75).morningPain(3).signs(RECENT_TRAUMA), "de"), FRACTURE).orElseThrow().text();
        assertTrue(de.contains("bei einem Alter über 70 zu einem Anbruch eines Wirbels"), de);
        assertFalse(de.contains("Osteoporose"), de);
    }

    @Test
    void urgentAndSoonTextsSayWhenToGoNowAndHow() {
        assertTrue(screen(profile().pain(NECK).signs(NECK_ARTERY_SIGNS)).flags().get(0).text().endsWith("Do not drive yourself."));
        assertTrue(screen(profile().pain(NECK).signs(NECK_ARTERY_SIGNS), "de").flags().get(0).text()
                .contains("verletzten Blutgefäß am Hals"));
        assertTrue(screen(profile().signs(MAJOR_TRAUMA)).flags().get(0).text().contains("rather than travelling yourself"));
        String cord = screen(profile().pain(NECK).signs(NECK_CORD_SIGNS)).flags().get(0).text();
        assertTrue(cord.contains("within days") && cord.contains("go to an emergency department now"), cord);
        String kidney = screen(profile().pregnancyWeeks(16).signs(URINARY_SYMPTOMS)).flags().stream()
                .filter(f -> f.code() == KIDNEY).findFirst().orElseThrow().text();
        assertTrue(kidney.contains("within a day or two") && kidney.contains("maternity unit at once"), kidney);
    }

    @Test
    void theInflammatoryTextClaimsNoFeatureThePersonDenied() {
        ProfileBuilder noNightPain = profile().age(30).pain(LOWER_BACK).weeks(20).gradual(true).exercise(true)
                .rest(false).nightPain(NightPain.NONE);
        MedicalFlag f = flag(screen(noNightPain), INFLAMMATORY).orElseThrow();
        assertEquals(SOON, f.level());
        assertFalse(f.text().contains("wakes you") || f.text().contains("at night"), f.text());
        assertTrue(flag(screen(noNightPain, "de"), INFLAMMATORY).orElseThrow().text()
                .contains("fragen Sie, ob eine Überweisung in die Rheumatologie sinnvoll ist"));
    }

    @Test
    void aRecentSpineProcedureIsForTheTeamWhoDidIt() {
        String alone = screen(profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE)).flags().get(0).text();
        assertTrue(alone.contains("tell the team who did it") && alone.contains("before starting new stretches"), alone);
        assertFalse(alone.startsWith("Your answers include"), alone);
        String withSweats = screen(profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE, NIGHT_SWEATS)).flags().get(0).text();
        assertTrue(withSweats.startsWith("Your answers include drenching night sweats.")
                && withSweats.contains("tell the team who did it"), withSweats);
    }

    @Test
    void inPregnancyTheMidwifeComesFirstAndNothingPromisesWhenPainPasses() {
        MedicalResult r = screen(profile().pregnancyWeeks(22).pain(LOWER_BACK));
        assertEquals("Mention this to your midwife, doctor or physiotherapist at your next visit.", r.advice());
        assertTrue(r.safetyNet().contains("stops you walking or sleeping, do not wait for that visit: tell your midwife"),
                r.safetyNet());
        assertFalse(screen(profile().pain(LOWER_BACK)).safetyNet().contains("midwife"));
        assertTrue(screen(profile().pregnancyWeeks(22).pain(LOWER_BACK), "de").advice().contains("Hebamme"));
    }

    @Test
    void everyRowBelowUrgentHasAShortTextForBesideAMorePressingFlag() {
        for (String lang : EngineTexts.LANGUAGES) {
            var keys = EngineTexts.of(lang).keys();
            for (MedicalScreen.Row row : MedicalScreen.ROWS) {
                String key = switch (row.key()) {
                    case "fracture.trauma", "fracture.sudden", "fracture.fragile" -> "fracture.fragile-bones";
                    case "inflammatory.asas", "inflammatory.berlin", "inflammatory.berlin-two" -> "inflammatory";
                    default -> row.key();
                };
                assertEquals(row.level() != URGENT, keys.contains("medical." + key + ".also"), lang + " row " + row.number());
            }
        }
        String bones = flag(screen(profile().age(75).pain(LOWER_BACK).signs(RECENT_TRAUMA, SADDLE_NUMBNESS)), FRACTURE)
                .orElseThrow().text();
        assertEquals("With an age over 70, your bones may be more fragile: tell the team who sees you.", bones);
    }
}
