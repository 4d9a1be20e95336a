package com.restwise.engine;

import static com.restwise.engine.ProfileBuilder.profile;
import static com.restwise.engine.advice.FlagCode.AFTER_SPINE_PROCEDURE;
import static com.restwise.engine.advice.FlagCode.CAUDA_EQUINA;
import static com.restwise.engine.advice.FlagCode.CHEST;
import static com.restwise.engine.advice.FlagCode.FRACTURE;
import static com.restwise.engine.advice.FlagCode.INFECTION;
import static com.restwise.engine.advice.FlagCode.INFLAMMATORY;
import static com.restwise.engine.advice.FlagCode.KIDNEY;
import static com.restwise.engine.advice.FlagCode.MALIGNANCY;
import static com.restwise.engine.advice.FlagCode.NECK_ARTERY;
import static com.restwise.engine.advice.FlagCode.NERVE_ROOT;
import static com.restwise.engine.advice.FlagCode.NEW_NIGHT_PAIN;
import static com.restwise.engine.advice.FlagCode.NIGHT_ONLY_PAIN;
import static com.restwise.engine.advice.FlagCode.PERSISTENT_PAIN;
import static com.restwise.engine.advice.FlagCode.PREGNANCY;
import static com.restwise.engine.advice.FlagCode.SEVERE_CONSTANT_PAIN;
import static com.restwise.engine.advice.FlagCode.SPINAL_CORD;
import static com.restwise.engine.advice.FlagCode.THORACIC_PAIN;
import static com.restwise.engine.advice.MedicalLevel.NONE;
import static com.restwise.engine.advice.MedicalLevel.ROUTINE;
import static com.restwise.engine.advice.MedicalLevel.SOON;
import static com.restwise.engine.advice.MedicalLevel.URGENT;
import static com.restwise.engine.profile.NightPain.CONSTANT;
import static com.restwise.engine.profile.NightPain.ON_TURNING;
import static com.restwise.engine.profile.NightPain.WAKES_ME;
import static com.restwise.engine.profile.PainArea.HIP;
import static com.restwise.engine.profile.PainArea.LOWER_BACK;
import static com.restwise.engine.profile.PainArea.NECK;
import static com.restwise.engine.profile.PainArea.SHOULDER;
import static com.restwise.engine.profile.PainArea.UPPER_BACK;
import static com.restwise.engine.profile.WarningSign.BLADDER_OR_BOWEL_CHANGE;
import static com.restwise.engine.profile.WarningSign.BOTH_LEGS;
import static com.restwise.engine.profile.WarningSign.CANCER_HISTORY;
import static com.restwise.engine.profile.WarningSign.CHEST_SIGNS;
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
import static org.junit.jupiter.api.Assertions.assertNull;
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
                fires(
                        "row 1: saddle numbness",
                        1,
                        profile().pain(LOWER_BACK).signs(SADDLE_NUMBNESS),
                        CAUDA_EQUINA,
                        URGENT),
                fires(
                        "row 1: bladder or bowel change",
                        1,
                        profile().signs(BLADDER_OR_BOWEL_CHANGE),
                        CAUDA_EQUINA,
                        URGENT),
                fires("row 2: both legs", 2, profile().pain(LOWER_BACK).signs(BOTH_LEGS), CAUDA_EQUINA, URGENT),
                fires("row 3: leg weakness", 3, profile().signs(LEG_WEAKNESS), NERVE_ROOT, URGENT),
                fires(
                        "row 4: neck artery signs",
                        4,
                        profile().pain(NECK).signs(NECK_ARTERY_SIGNS),
                        NECK_ARTERY,
                        URGENT),
                fires(
                        "row 5: chest pain or breathlessness, or pain on effort",
                        5,
                        profile().pain(UPPER_BACK).signs(CHEST_SIGNS),
                        CHEST,
                        URGENT),
                silent(
                        "row 5: not without the sign",
                        5,
                        profile().pain(UPPER_BACK).age(60).nightPain(WAKES_ME)),
                fires(
                        "row 6: fever after a spine procedure",
                        6,
                        profile().morningPain(3).signs(FEVER, RECENT_SPINE_PROCEDURE),
                        INFECTION,
                        URGENT),
                fires("row 6: fever on steroids", 6, profile().signs(FEVER, LONG_TERM_STEROIDS), INFECTION, URGENT),
                silent("row 6: fever alone", 6, profile().morningPain(3).signs(FEVER)),
                fires(
                        "row 7: fever with constant night pain",
                        7,
                        profile().nightPain(CONSTANT).signs(FEVER),
                        INFECTION,
                        URGENT),
                fires("row 7: fever with pain 7", 7, profile().morningPain(7).signs(FEVER), INFECTION, URGENT),
                silent("row 7: fever with pain 6", 7, profile().morningPain(6).signs(FEVER)),
                fires(
                        "row 8: fever in pregnancy",
                        8,
                        profile().pregnancyWeeks(12).signs(FEVER),
                        INFECTION,
                        URGENT),
                fires("row 9: fever with flank pain", 9, profile().signs(FEVER, FLANK_PAIN), KIDNEY, URGENT),
                fires(
                        "row 10: cancer with neck pain",
                        10,
                        profile().pain(NECK).signs(CANCER_HISTORY),
                        MALIGNANCY,
                        URGENT),
                fires(
                        "row 10: cancer with night pain in the back",
                        10,
                        profile().pain(LOWER_BACK).nightPain(WAKES_ME).signs(CANCER_HISTORY),
                        MALIGNANCY,
                        URGENT),
                silent(
                        "row 10: cancer with night pain in the hip only",
                        10,
                        profile().pain(HIP).nightPain(WAKES_ME).signs(CANCER_HISTORY)),
                fires(
                        "row 11: major trauma 4 weeks ago",
                        11,
                        profile().morningPain(5).weeks(4).signs(MAJOR_TRAUMA),
                        FRACTURE,
                        URGENT),
                fires("row 11: major trauma of unknown duration", 11, profile().signs(MAJOR_TRAUMA), FRACTURE, URGENT),
                fires(
                        "row 11: major trauma in pregnancy, 8 weeks ago",
                        11,
                        profile().pregnancyWeeks(25).weeks(8).signs(MAJOR_TRAUMA),
                        FRACTURE,
                        URGENT),
                silent(
                        "row 11: major trauma 5 weeks ago",
                        11,
                        profile().weeks(5).signs(MAJOR_TRAUMA)),
                fires("row 12: major trauma 5 weeks ago", 12, profile().weeks(5).signs(MAJOR_TRAUMA), FRACTURE, SOON),
                fires(
                        "row 12: both trauma signs read as major",
                        12,
                        profile().weeks(5).signs(MAJOR_TRAUMA, RECENT_TRAUMA),
                        FRACTURE,
                        SOON),
                fires("row 13: neck cord signs", 13, profile().signs(NECK_CORD_SIGNS), SPINAL_CORD, SOON),
                fires(
                        "row 14: injecting drugs with pain 7, no fever",
                        14,
                        profile().morningPain(7).signs(INJECTED_DRUG_USE),
                        INFECTION,
                        SOON),
                fires(
                        "row 14: weak immunity with constant pain",
                        14,
                        profile().nightPain(CONSTANT).signs(IMMUNOSUPPRESSION),
                        INFECTION,
                        SOON),
                fires(
                        "row 14: injecting drugs, new back pain of 2 weeks, pain 5",
                        14,
                        profile().pain(LOWER_BACK).weeks(2).morningPain(5).signs(INJECTED_DRUG_USE),
                        INFECTION,
                        SOON),
                fires(
                        "row 14: weak immunity, back pain of 12 weeks, pain 3",
                        14,
                        profile().pain(LOWER_BACK).weeks(12).morningPain(3).signs(IMMUNOSUPPRESSION),
                        INFECTION,
                        SOON),
                silent(
                        "row 14: weak immunity, back pain of 13 weeks, pain 6",
                        14,
                        profile().pain(LOWER_BACK).weeks(13).morningPain(6).signs(IMMUNOSUPPRESSION)),
                fires(
                        "row 14: weak immunity, back pain of 13 weeks, pain 7",
                        14,
                        profile().pain(LOWER_BACK).weeks(13).morningPain(7).signs(IMMUNOSUPPRESSION),
                        INFECTION,
                        SOON),
                silent(
                        "row 14: injecting drugs, hip pain of 2 weeks",
                        14,
                        profile().pain(HIP).weeks(2).morningPain(5).signs(INJECTED_DRUG_USE)),
                silent("row 14: not with a fever", 14, profile().morningPain(7).signs(INJECTED_DRUG_USE, FEVER)),
                fires(
                        "row 15: fever with any pain",
                        15,
                        profile().morningPain(2).signs(FEVER),
                        INFECTION,
                        SOON),
                silent("row 15: fever without pain", 15, profile().signs(FEVER)),
                silent(
                        "row 15: fever already urgent",
                        15,
                        profile().morningPain(8).signs(FEVER)),
                fires(
                        "row 16: flank pain with urinary symptoms",
                        16,
                        profile().signs(FLANK_PAIN, URINARY_SYMPTOMS),
                        KIDNEY,
                        SOON),
                fires(
                        "row 17: urinary symptoms in pregnancy",
                        17,
                        profile().pregnancyWeeks(20).signs(URINARY_SYMPTOMS),
                        KIDNEY,
                        SOON),
                silent("row 17: urinary symptoms, not pregnant", 17, profile().signs(URINARY_SYMPTOMS)),
                fires("row 18: cancer with hip pain", 18, profile().pain(HIP).signs(CANCER_HISTORY), MALIGNANCY, SOON),
                silent("row 18: cancer without pain", 18, profile().signs(CANCER_HISTORY)),
                fires(
                        "row 19: weight loss with pain at 30",
                        19,
                        profile().age(30).morningPain(2).signs(UNEXPLAINED_WEIGHT_LOSS),
                        MALIGNANCY,
                        SOON),
                silent("row 19: weight loss without pain", 19, profile().age(60).signs(UNEXPLAINED_WEIGHT_LOSS)),
                fires(
                        "row 20: night sweats with weight loss",
                        20,
                        profile().signs(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS),
                        INFECTION,
                        SOON),
                fires("row 21: minor trauma over 70 (71)", 21, profile().age(71).signs(RECENT_TRAUMA), FRACTURE, SOON),
                silent("row 21: minor trauma at 70", 21, profile().age(70).signs(RECENT_TRAUMA)),
                fires(
                        "row 21: minor trauma with osteoporosis",
                        21,
                        profile().signs(RECENT_TRAUMA, OSTEOPOROSIS),
                        FRACTURE,
                        SOON),
                fires(
                        "row 22: steroids, sudden onset",
                        22,
                        profile().gradual(false).signs(LONG_TERM_STEROIDS),
                        FRACTURE,
                        SOON),
                fires(
                        "row 22: over 70 (71), sudden onset",
                        22,
                        profile().age(71).gradual(false),
                        FRACTURE,
                        SOON),
                silent("row 22: 70, sudden onset", 22, profile().age(70).gradual(false)),
                silent("row 22: osteoporosis, onset not answered", 22, profile().signs(OSTEOPOROSIS)),
                fires(
                        "row 23: 71 on steroids, back pain of 12 weeks",
                        23,
                        profile().age(71).pain(LOWER_BACK).weeks(12).signs(LONG_TERM_STEROIDS),
                        FRACTURE,
                        SOON),
                silent(
                        "row 23: 71 on steroids, back pain of 13 weeks",
                        23,
                        profile().age(71).pain(LOWER_BACK).weeks(13).signs(LONG_TERM_STEROIDS)),
                silent(
                        "row 23: 70 on steroids, back pain of 2 weeks",
                        23,
                        profile().age(70).pain(LOWER_BACK).weeks(2).signs(LONG_TERM_STEROIDS)),
                fires(
                        "row 23: 65 with osteoporosis and steroids",
                        23,
                        profile().age(65).pain(LOWER_BACK).signs(OSTEOPOROSIS, LONG_TERM_STEROIDS),
                        FRACTURE,
                        SOON),
                silent(
                        "row 23: hip pain is not back pain",
                        23,
                        profile().age(75).pain(HIP).signs(OSTEOPOROSIS)),
                fires(
                        "row 24: 50, back pain of 2 weeks that wakes at night",
                        24,
                        profile()
                                .age(50)
                                .pain(LOWER_BACK)
                                .weeks(2)
                                .nightPain(WAKES_ME)
                                .daytime(true),
                        NEW_NIGHT_PAIN,
                        SOON),
                silent(
                        "row 24: 49, back pain of 2 weeks that wakes at night",
                        24,
                        profile()
                                .age(49)
                                .pain(LOWER_BACK)
                                .weeks(2)
                                .nightPain(WAKES_ME)
                                .daytime(true)),
                fires(
                        "row 24: 70, neck pain of 12 weeks, constant at night",
                        24,
                        profile().age(70).pain(NECK).weeks(12).nightPain(CONSTANT),
                        NEW_NIGHT_PAIN,
                        SOON),
                silent(
                        "row 24: 70, back pain of 13 weeks that wakes at night",
                        24,
                        profile().age(70).pain(LOWER_BACK).weeks(13).nightPain(WAKES_ME)),
                fires(
                        "row 24: 70, back pain of unknown duration that wakes at night",
                        24,
                        profile().age(70).pain(LOWER_BACK).nightPain(WAKES_ME),
                        NEW_NIGHT_PAIN,
                        SOON),
                fires(
                        "row 24: 49, upper-back pain of 3 weeks, constant at night",
                        24,
                        profile()
                                .age(49)
                                .pain(UPPER_BACK)
                                .weeks(3)
                                .nightPain(CONSTANT)
                                .daytime(true),
                        NEW_NIGHT_PAIN,
                        SOON),
                fires(
                        "row 24: 20, back pain of 12 weeks, constant at night",
                        24,
                        profile().age(20).pain(LOWER_BACK).weeks(12).nightPain(CONSTANT),
                        NEW_NIGHT_PAIN,
                        SOON),
                silent(
                        "row 24: 20, back pain of 13 weeks, constant at night",
                        24,
                        profile().age(20).pain(LOWER_BACK).weeks(13).nightPain(CONSTANT)),
                silent(
                        "row 24: 30, hip pain of 2 weeks, constant at night",
                        24,
                        profile().age(30).pain(HIP).weeks(2).nightPain(CONSTANT)),
                silent(
                        "row 24: 70, back pain only on turning",
                        24,
                        profile().age(70).pain(LOWER_BACK).weeks(2).nightPain(ON_TURNING)),
                silent(
                        "row 24: 70, hip pain that wakes at night",
                        24,
                        profile().age(70).pain(HIP).weeks(2).nightPain(WAKES_ME)),
                fires(
                        "row 25: 50, upper-back pain of 12 weeks",
                        25,
                        profile().age(50).pain(UPPER_BACK).weeks(12),
                        THORACIC_PAIN,
                        ROUTINE),
                fires(
                        "row 25: 50, upper-back pain of unknown duration",
                        25,
                        profile().age(50).pain(UPPER_BACK),
                        THORACIC_PAIN,
                        ROUTINE),
                silent(
                        "row 25: 49, upper-back pain of 2 weeks",
                        25,
                        profile().age(49).pain(UPPER_BACK).weeks(2)),
                silent(
                        "row 25: 50, upper-back pain of 13 weeks",
                        25,
                        profile().age(50).pain(UPPER_BACK).weeks(13)),
                silent(
                        "row 25: 60, lower-back pain of 2 weeks",
                        25,
                        profile().age(60).pain(LOWER_BACK).weeks(2)),
                fires(
                        "row 26: night-only back pain",
                        26,
                        profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false),
                        NIGHT_ONLY_PAIN,
                        SOON),
                silent(
                        "row 26: night-only hip pain",
                        26,
                        profile().pain(HIP).nightPain(WAKES_ME).daytime(false)),
                silent(
                        "row 26: daytime not answered",
                        26,
                        profile().pain(LOWER_BACK).nightPain(WAKES_ME)),
                fires(
                        "row 27: pain 7, constant",
                        27,
                        profile().morningPain(7).nightPain(CONSTANT),
                        SEVERE_CONSTANT_PAIN,
                        SOON),
                silent("row 27: pain 6, constant", 27, profile().morningPain(6).nightPain(CONSTANT)),
                fires(
                        "row 28: four ASAS items with stiffness of 30 minutes",
                        28,
                        asas().stiffness(30),
                        INFLAMMATORY,
                        ROUTINE),
                silent("row 28: stiffness of 29 minutes leaves three items", 28, asas().stiffness(29)),
                fires("row 28: eases after getting up counts too", 28, asas().eases(true), INFLAMMATORY, ROUTINE),
                silent("row 28: 12 weeks is too short", 28, asas().stiffness(30).weeks(12)),
                fires(
                        "row 28: 13 weeks is long enough",
                        28,
                        asas().stiffness(30).weeks(13),
                        INFLAMMATORY,
                        ROUTINE),
                silent(
                        "row 28: rest taken on a mattress as old as the pain is not counted",
                        28,
                        asas().stiffness(30).mattress(6.0, 1.0, 0.0)),
                fires(
                        "row 28: a mattress more than a year older than the pain leaves rest counted",
                        28,
                        asas().stiffness(30).mattress(6.0, 1.4, 0.0),
                        INFLAMMATORY,
                        ROUTINE),
                fires(
                        "row 29: all three Berlin items, onset at 44",
                        29,
                        berlin(54).stiffness(30),
                        INFLAMMATORY,
                        ROUTINE),
                silent("row 29: onset at 45", 29, berlin(55).stiffness(30)),
                silent("row 29: stiffness of 29 minutes", 29, berlin(54).stiffness(29)),
                fires("row 30: two Berlin items", 30, berlin(54).stiffness(29), INFLAMMATORY, ROUTINE),
                silent(
                        "row 30: two Berlin items, 12 weeks",
                        30,
                        berlin(40).stiffness(29).weeks(12)),
                fires("row 31: pain below the knee", 31, profile().legPain(true), NERVE_ROOT, ROUTINE),
                silent(
                        "row 31: not with a weak leg",
                        31,
                        profile().legPain(true).signs(LEG_WEAKNESS)),
                fires(
                        "row 32: pregnant with pain",
                        32,
                        profile().pregnancyWeeks(14).pain(LOWER_BACK),
                        PREGNANCY,
                        ROUTINE),
                silent("row 32: pregnant without pain", 32, profile().pregnancyWeeks(14)),
                fires("row 33: 7 weeks of pain", 33, profile().morningPain(2).weeks(7), PERSISTENT_PAIN, ROUTINE),
                silent("row 33: 6 weeks of pain", 33, profile().morningPain(2).weeks(6)),
                fires(
                        "row 34: a spine procedure, no fever",
                        34,
                        profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE),
                        AFTER_SPINE_PROCEDURE,
                        ROUTINE),
                silent(
                        "row 34: with a fever row 6 accounts for it",
                        34,
                        profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE, FEVER)),
                fires(
                        "row 35: a trip or fall at 20 weeks of pregnancy",
                        35,
                        profile().pregnancyWeeks(20).pain(LOWER_BACK).signs(RECENT_TRAUMA),
                        FRACTURE,
                        URGENT),
                silent(
                        "row 35: a trip or fall at 19 weeks of pregnancy",
                        35,
                        profile().pregnancyWeeks(19).pain(LOWER_BACK).signs(RECENT_TRAUMA)),
                silent(
                        "row 35: 32 weeks of pregnancy without a fall",
                        35,
                        profile().pregnancyWeeks(32).pain(LOWER_BACK)),
                fires(
                        "row 35: a fall at 30 weeks without pain still needs the maternity unit",
                        35,
                        profile().pregnancyWeeks(30).signs(RECENT_TRAUMA),
                        FRACTURE,
                        URGENT),
                fires(
                        "row 36: 71, back pain of 12 weeks",
                        36,
                        profile().age(71).pain(LOWER_BACK).weeks(12),
                        FRACTURE,
                        ROUTINE),
                fires(
                        "row 36: 80, back pain of unknown duration",
                        36,
                        profile().age(80).pain(LOWER_BACK),
                        FRACTURE,
                        ROUTINE),
                silent(
                        "row 36: 70, back pain of 2 weeks",
                        36,
                        profile().age(70).pain(LOWER_BACK).weeks(2)),
                silent(
                        "row 36: 71, back pain of 13 weeks",
                        36,
                        profile().age(71).pain(LOWER_BACK).weeks(13)),
                silent(
                        "row 36: 80, hip pain of 2 weeks",
                        36,
                        profile().age(80).pain(HIP).weeks(2)));
    }

    /** Back pain of 20 weeks at 30: onset, exercise, rest and night items; stiffness decides item 5. */
    private static ProfileBuilder asas() {
        return profile()
                .age(30)
                .pain(LOWER_BACK)
                .weeks(20)
                .exercise(true)
                .rest(false)
                .nightPain(WAKES_ME)
                .eases(false);
    }

    /** Back pain of 10 years, improving with exercise but not rest, waking at night. */
    private static ProfileBuilder berlin(int age) {
        return profile()
                .age(age)
                .pain(LOWER_BACK)
                .weeks(520)
                .exercise(true)
                .rest(false)
                .nightPain(WAKES_ME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRowFiresExactlyWhereItSays(
            String name, int row, boolean fires, ProfileBuilder p, FlagCode code, MedicalLevel level) {
        List<Integer> fired = MedicalScreen.firingRows(p.build());
        assertEquals(fires, fired.contains(row), name + ": rows fired " + fired);
        if (fires) {
            MedicalResult r = screen(p);
            MedicalFlag f = flag(r, code).orElseThrow(() -> new AssertionError(name + ": no " + code + " in " + r));
            assertTrue(f.level().atLeast(level), name + ": " + f);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = WarningSign.class,
            names = {
                "RECENT_TRAUMA",
                "OSTEOPOROSIS",
                "LONG_TERM_STEROIDS",
                "UNEXPLAINED_WEIGHT_LOSS",
                "CANCER_HISTORY",
                "FLANK_PAIN",
                "URINARY_SYMPTOMS",
                "FEVER",
                "NIGHT_SWEATS",
                "IMMUNOSUPPRESSION",
                "INJECTED_DRUG_USE"
            })
    void row37ASignNoRowFlaggedIsARoutineNoteInItsCategoryNamingTheSignInWords(WarningSign sign) {
        MedicalResult r = screen(profile().signs(sign));
        assertEquals(List.of(), MedicalScreen.firingRows(profile().signs(sign).build()), "rows 1-36 for " + sign);
        assertEquals(ROUTINE, r.level());
        MedicalFlag f = r.flags().get(0);
        FlagCode expected =
                switch (sign) {
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
    void row35NamesEverySignOfACategoryInOneFlag() {
        MedicalResult r = screen(profile().signs(FLANK_PAIN, OSTEOPOROSIS, LONG_TERM_STEROIDS));
        MedicalFlag fracture = flag(r, FRACTURE).orElseThrow();
        assertTrue(
                fracture.text().contains("osteoporosis (thin bones)")
                        && fracture.text().contains("steroid tablets"),
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
        assertFalse(r.safetyNet().contains("6 weeks"), "no pain, so no pain that lasts: " + r.safetyNet());
        assertTrue(screen(profile().morningPain(1)).safetyNet().contains("beyond 6 weeks"));
        assertFalse(r.mattressCanWait());
    }

    @Test
    void theSafetyNetIsThereAtEveryLevelAndTheAdviceNeverRepeatsIt() {
        for (ProfileBuilder p : List.of(
                profile(),
                profile().legPain(true),
                profile().signs(FEVER).morningPain(2),
                profile().signs(SADDLE_NUMBNESS))) {
            MedicalResult r = screen(p);
            // It names the place; under URGENT the person is on the way, so it is for after they have been seen.
            String start = r.level() == URGENT
                    ? "After you have been seen, go back to an emergency department at once"
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
        assertFalse(
                screen(profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false))
                        .mattressCanWait(),
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
        assertEquals(
                List.of("NICE NG59"), flag(r, PERSISTENT_PAIN).orElseThrow().sources());
        assertEquals(List.of("Finucane 2020"), flag(r, FRACTURE).orElseThrow().sources(), "row 11: more than 4 weeks");
        assertEquals(
                List.of("Finucane 2020", "NICE NG41"),
                flag(screen(profile().signs(MAJOR_TRAUMA)), FRACTURE)
                        .orElseThrow()
                        .sources(),
                "row 10");
        assertEquals(
                r.flags().get(0).sources(),
                screen(profile().morningPain(8).weeks(9).legPain(true).signs(FEVER, MAJOR_TRAUMA), "de")
                        .flags()
                        .get(0)
                        .sources(),
                "sources are the same in every language");
    }

    @Test
    void twoRowsWithTheSameFlagAndLevelReportTheFirstRowsRule() {
        MedicalResult both = screen(profile().signs(SADDLE_NUMBNESS, BOTH_LEGS));
        MedicalResult first = screen(profile().signs(SADDLE_NUMBNESS));
        assertEquals(first.flags().get(0).rule(), both.flags().get(0).rule());
        assertEquals(
                List.of("NICE NG59", "GIRFT CES 2023", "Finucane 2020"),
                both.flags().get(0).sources());
    }

    @Test
    void oneFlagPerCodeAtItsMostPressingLevel() {
        MedicalResult r =
                screen(profile().morningPain(7).nightPain(CONSTANT).signs(FEVER, INJECTED_DRUG_USE, CANCER_HISTORY));
        assertEquals(1, r.flags().stream().filter(f -> f.code() == INFECTION).count());
        assertEquals(URGENT, flag(r, INFECTION).orElseThrow().level());
        assertEquals(URGENT, r.level());
        assertEquals(URGENT, r.flags().get(0).level(), "most pressing first");
    }

    @Test
    void urgentTextsSayNowAndNameThePlace() {
        for (ProfileBuilder p : List.of(
                profile().pain(LOWER_BACK).signs(SADDLE_NUMBNESS),
                profile().signs(BOTH_LEGS),
                profile().signs(LEG_WEAKNESS),
                profile().pain(NECK).signs(NECK_ARTERY_SIGNS),
                profile().morningPain(8).signs(FEVER),
                profile().signs(FEVER, FLANK_PAIN),
                profile().signs(MAJOR_TRAUMA))) {
            MedicalFlag f = screen(p).flags().get(0);
            assertEquals(URGENT, f.level());
            assertTrue(f.text().contains("now"), f.text());
            assertTrue(f.text().contains("emergency"), f.text());
            assertFalse(f.text().contains("today") || f.text().contains("within days"), f.text());
        }
        MedicalFlag pregnantFever =
                screen(profile().pregnancyWeeks(30).signs(FEVER)).flags().get(0);
        assertTrue(pregnantFever.text().contains("maternity unit")
                && pregnantFever.text().contains("now"));
        MedicalFlag pregnantFall = flag(screen(profile().pregnancyWeeks(30).signs(MAJOR_TRAUMA)), FRACTURE)
                .orElseThrow();
        assertTrue(pregnantFall.text().contains("maternity unit"), pregnantFall.text());
        MedicalFlag cancer =
                screen(profile().pain(NECK).signs(CANCER_HISTORY)).flags().get(0);
        assertTrue(
                cancer.text().contains("cancer team's acute line")
                        && cancer.text().contains("now"),
                cancer.text());
    }

    @Test
    void soonTextsGiveADayOrTwoForInfectionAndFractureAndRoutineTextsTheNextVisit() {
        MedicalResult fever = screen(profile().morningPain(2).signs(FEVER));
        assertTrue(fever.flags().get(0).text().contains("within a day or two"));
        assertEquals("See a doctor about this within a day or two.", fever.advice());
        assertTrue(screen(profile().age(71).signs(RECENT_TRAUMA))
                .flags()
                .get(0)
                .text()
                .contains("within a day or two"));
        MedicalResult nightOnly =
                screen(profile().pain(LOWER_BACK).nightPain(WAKES_ME).daytime(false));
        assertTrue(nightOnly.flags().get(0).text().contains("within days"));
        assertEquals("See a doctor about this within days.", nightOnly.advice());
        for (ProfileBuilder p : List.of(
                profile().legPain(true),
                profile().morningPain(2).weeks(8),
                profile().pregnancyWeeks(12).pain(LOWER_BACK),
                berlin(54).stiffness(29))) {
            MedicalResult r = screen(p);
            assertEquals(ROUTINE, r.flags().get(0).level());
            assertTrue(r.advice().endsWith("at your next visit."), r.advice());
        }
    }

    @Test
    void textsFitThePainArea() {
        MedicalFlag hip = flag(screen(profile().pain(HIP, SHOULDER).weeks(10)), PERSISTENT_PAIN)
                .orElseThrow();
        assertFalse(hip.text().contains("back pain"), hip.text());
        MedicalFlag back = flag(screen(profile().pain(LOWER_BACK).weeks(10)), PERSISTENT_PAIN)
                .orElseThrow();
        assertTrue(back.text().contains("exercise and activity"), back.text());
        assertFalse(
                back.text().contains("longer than most"), "no promise about how long back pain takes: " + back.text());
        MedicalFlag neckOnly =
                screen(profile().pain(NECK).signs(SADDLE_NUMBNESS)).flags().get(0);
        assertFalse(neckOnly.text().contains("base of the spine"), neckOnly.text());
        MedicalFlag pregnant = flag(
                        screen(profile().pregnancyWeeks(26).pain(LOWER_BACK).weeks(10)), PERSISTENT_PAIN)
                .orElseThrow();
        assertFalse(
                pregnant.text().matches(".*\\d+ ?(-|to) ?\\d+ weeks.*")
                        || pregnant.text().contains("2 weeks"),
                "nothing about time in pregnancy: " + pregnant.text());
    }

    @Test
    void thePregnancyTextSaysWhatTheRulesAsk() {
        MedicalResult r = screen(profile().pregnancyWeeks(30).pain(LOWER_BACK));
        // the level's sentence names the midwife; the flag says the rest, without repeating it
        String text = r.advice() + " " + flag(r, PREGNANCY).orElseThrow().text();
        for (String part : List.of(
                "common in pregnancy",
                "midwife",
                "pelvic girdle pain",
                "physiotherapy",
                "maternity unit",
                "in waves",
                "bleeding",
                "leaking fluid",
                "fever",
                "fall onto your bump",
                "calf")) {
            assertTrue(text.contains(part), part + " missing in: " + text);
        }
    }

    @Test
    void silenceIsNeverReadAsNo() {
        assertTrue(
                MedicalScreen.firingRows(profile()
                                .pain(LOWER_BACK)
                                .nightPain(WAKES_ME)
                                .age(45)
                                .weeks(3)
                                .signs(OSTEOPOROSIS)
                                .build())
                        .isEmpty(),
                "no daytime answer, no onset answer");
        assertEquals(
                0,
                MedicalScreen.berlinItems(new MedicalScreen.Facts(profile()
                        .pain(LOWER_BACK)
                        .weeks(520)
                        .nightPain(WAKES_ME)
                        .stiffness(60)
                        .build())),
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
        assertTrue(flag(screen(profile().signs(OSTEOPOROSIS), "de"), FRACTURE)
                .orElseThrow()
                .text()
                .contains("Osteoporose (Knochenschwund)"));
        assertTrue(flag(screen(profile().signs(NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS), "de"), INFECTION)
                .orElseThrow()
                .text()
                .contains("Starker Nachtschweiß"));
    }

    @Test
    void aFlagBesideAMorePressingOneSaysToTellTheTeamAndGivesNoReasonToWait() {
        MedicalResult saddle = screen(profile().pain(LOWER_BACK).legPain(true).signs(SADDLE_NUMBNESS));
        String sciatica = flag(saddle, NERVE_ROOT).orElseThrow().text();
        assertEquals("Your pain also travels below the knee: tell the team who sees you.", sciatica);
        assertTrue(flag(screen(profile().pain(LOWER_BACK).legPain(true).signs(SADDLE_NUMBNESS), "de"), NERVE_ROOT)
                .orElseThrow()
                .text()
                .contains("bis unter das Knie: Erwähnen Sie das bei der Untersuchung"));

        MedicalResult feverAndConstant = screen(
                profile().pain(LOWER_BACK).morningPain(8).nightPain(CONSTANT).signs(FEVER));
        assertEquals(URGENT, feverAndConstant.level());
        String constant =
                flag(feverAndConstant, SEVERE_CONSTANT_PAIN).orElseThrow().text();
        assertFalse(constant.contains("within days"), constant);
        assertEquals(
                "Your pain is also severe and does not ease in any position: tell the team who sees you.", constant);

        MedicalResult pregnantFall =
                screen(profile().pregnancyWeeks(24).pain(LOWER_BACK).signs(FEVER, MAJOR_TRAUMA));
        String pregnancy = flag(pregnantFall, PREGNANCY).orElseThrow().text();
        assertTrue(pregnancy.contains("pregnant") && pregnancy.contains("week 24"), pregnancy);
        assertFalse(pregnancy.contains("common") || pregnancy.contains("next visit"), pregnancy);
        assertTrue(
                flag(screen(profile().pregnancyWeeks(24).pain(LOWER_BACK).signs(FEVER, MAJOR_TRAUMA), "de"), PREGNANCY)
                        .orElseThrow()
                        .text()
                        .contains("in der 24. Woche"));

        // Alone, the same flags keep their full text.
        assertTrue(flag(screen(profile().legPain(true)), NERVE_ROOT)
                .orElseThrow()
                .text()
                .contains("sciatica"));
        MedicalResult routineBesideSoon =
                screen(profile().morningPain(2).weeks(8).signs(FEVER));
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
        List<ProfileBuilder> routine = List.of(
                profile().legPain(true),
                profile().pain(LOWER_BACK).weeks(8),
                profile().pain(HIP).weeks(8),
                profile().pregnancyWeeks(22).pain(LOWER_BACK),
                profile().pregnancyWeeks(22).pain(LOWER_BACK).weeks(8),
                berlin(54).stiffness(29),
                profile().signs(OSTEOPOROSIS),
                profile().pain(LOWER_BACK).legPain(true).weeks(8).signs(OSTEOPOROSIS, FLANK_PAIN),
                profile().pain(NECK).legPain(true));
        for (ProfileBuilder p : routine) {
            for (String lang : List.of("en", "de")) {
                MedicalResult r = screen(p, lang);
                assertEquals(ROUTINE, r.level());
                StringBuilder panel = new StringBuilder(r.advice()).append(' ');
                r.flags().forEach(f -> panel.append(f.text()).append(' '));
                String whom = lang.equals("en") ? "doctor or physiotherapist" : "Arztpraxis oder";
                assertTrue(count(panel.toString(), whom) <= 1, lang + ": " + panel);
                // The safety net names them once more, for not waiting for that visit.
                panel.append(r.safetyNet());
                String whenToTell = lang.equals("en") ? "next visit" : "nächsten Termin";
                assertEquals(1, count(panel.toString(), whenToTell), lang + ": " + panel);
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
        String age = flag(screen(profile().age(75).morningPain(3).signs(RECENT_TRAUMA)), FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(age.startsWith("A trip, slip or fall, with an age over 70, can crack"), age);
        assertFalse(age.contains("osteoporosis") || age.contains("steroid"), age);
        assertTrue(age.contains("cannot stand or walk"), "when to go now: " + age);
        String two = flag(
                        screen(profile().age(60).pain(LOWER_BACK).weeks(4).signs(OSTEOPOROSIS, LONG_TERM_STEROIDS)),
                        FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(two.contains("with osteoporosis (thin bones) and long-term steroid tablets"), two);
        assertFalse(two.contains("70"), two);
        String de = flag(screen(profile().age(75).morningPain(3).signs(RECENT_TRAUMA), "de"), FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(de.contains("bei einem Alter über 70 zu einem Bruch eines Wirbelkörpers"), de);
        assertFalse(de.contains("Osteoporose"), de);
    }

    @Test
    void urgentAndSoonTextsSayWhenToGoNowAndHow() {
        assertTrue(screen(profile().pain(NECK).signs(NECK_ARTERY_SIGNS))
                .flags()
                .get(0)
                .text()
                .endsWith("Do not drive yourself."));
        assertTrue(screen(profile().pain(NECK).signs(NECK_ARTERY_SIGNS), "de")
                .flags()
                .get(0)
                .text()
                .contains("verletzten Blutgefäß am Hals"));
        assertTrue(screen(profile().signs(MAJOR_TRAUMA))
                .flags()
                .get(0)
                .text()
                .contains("rather than travelling yourself"));
        String cord = screen(profile().pain(NECK).signs(NECK_CORD_SIGNS))
                .flags()
                .get(0)
                .text();
        assertTrue(cord.contains("within days") && cord.contains("go to an emergency department now"), cord);
        String kidney = screen(profile().pregnancyWeeks(26).signs(URINARY_SYMPTOMS)).flags().stream()
                .filter(f -> f.code() == KIDNEY)
                .findFirst()
                .orElseThrow()
                .text();
        assertTrue(
                kidney.contains("today")
                        && kidney.contains("maternity unit now if you get a fever or shivers, or start vomiting"),
                kidney);
    }

    @Test
    void theInflammatoryTextClaimsNoFeatureThePersonDenied() {
        ProfileBuilder noNightPain = profile()
                .age(30)
                .pain(LOWER_BACK)
                .weeks(20)
                .gradual(true)
                .exercise(true)
                .rest(false)
                .nightPain(NightPain.NONE);
        MedicalFlag f = flag(screen(noNightPain), INFLAMMATORY).orElseThrow();
        assertEquals(ROUTINE, f.level());
        assertFalse(
                f.text().contains("waking you")
                        || f.text().contains("at night")
                        || f.text().contains("stiffness"),
                f.text());
        assertTrue(
                f.text()
                        .contains("a start before the age of 40, a gradual start, easing with movement and no easing"
                                + " with rest"),
                f.text());
        assertTrue(f.text().contains("Ask your doctor whether a referral to a rheumatologist makes sense"), f.text());
        assertFalse(f.text().contains("within days"), f.text());
        assertTrue(
                flag(screen(noNightPain, "de"), INFLAMMATORY)
                        .orElseThrow()
                        .text()
                        .contains(
                                "Fragen Sie Ihre Ärztin oder Ihren Arzt, ob eine Überweisung in die Rheumatologie sinnvoll ist"));
    }

    @Test
    void aRecentSpineProcedureIsForTheTeamWhoDidItNotAnInfection() {
        MedicalResult alone = screen(profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE));
        MedicalFlag procedure = flag(alone, AFTER_SPINE_PROCEDURE).orElseThrow();
        assertTrue(flag(alone, INFECTION).isEmpty(), "no longer an infection note: " + alone.flags());
        assertTrue(
                procedure.text().contains("tell the team who did it")
                        && procedure.text().contains("before starting new stretches"),
                procedure.text());
        assertTrue(procedure.rule().contains("spine operation or spinal injection"), procedure.rule());
        MedicalResult withSweats = screen(profile().morningPain(2).signs(RECENT_SPINE_PROCEDURE, NIGHT_SWEATS));
        assertEquals(
                "Your answers include drenching night sweats. Together with your pain, it is worth having looked at.",
                flag(withSweats, INFECTION).orElseThrow().text());
        assertTrue(flag(withSweats, AFTER_SPINE_PROCEDURE).isPresent());
    }

    @Test
    void afterASpineProcedureTheSafetyNetNamesTheWoundAndLastingPainIsNotCalledUnusual() {
        String net =
                screen(profile().pain(LOWER_BACK).signs(RECENT_SPINE_PROCEDURE)).safetyNet();
        assertTrue(net.contains("red, swollen or warm or starts leaking") && net.contains("the same day"), net);
        assertFalse(screen(profile().pain(LOWER_BACK)).safetyNet().contains("wound"));
        String lasting = flag(
                        screen(profile().pain(LOWER_BACK).weeks(8).signs(RECENT_SPINE_PROCEDURE)), PERSISTENT_PAIN)
                .orElseThrow()
                .text();
        assertFalse(lasting.contains("longer than most"), lasting);
        assertTrue(lasting.contains("the team who did it"), lasting);
        assertTrue(flag(screen(profile().pain(LOWER_BACK).weeks(8)), PERSISTENT_PAIN)
                .orElseThrow()
                .text()
                .contains("exercise and activity"));
    }

    @Test
    void chestSignsCallTheEmergencyNumberAndSayNotToDrive() {
        MedicalResult r = screen(profile().pain(UPPER_BACK).signs(CHEST_SIGNS));
        assertEquals(URGENT, r.level());
        String text = flag(r, CHEST).orElseThrow().text();
        assertTrue(text.contains("Call the emergency number now") && text.endsWith("do not drive yourself."), text);
        assertEquals(
                List.of("NICE CG95", "Finucane 2020"),
                flag(r, CHEST).orElseThrow().sources());
        assertTrue(r.mattressCanWait());
    }

    @Test
    void newNightPainAfter50IsNoLongerToldThereAreNoWarningSigns() {
        MedicalResult r = screen(
                profile().age(70).pain(LOWER_BACK).weeks(2).nightPain(WAKES_ME).daytime(true));
        assertEquals(SOON, r.level());
        assertTrue(flag(r, NEW_NIGHT_PAIN).orElseThrow().text().contains("within days"));
        assertFalse(r.safetyNet().contains("6 weeks"), "no waiting for 6 weeks: " + r.safetyNet());
        assertEquals(
                List.of("Finucane 2020", "NICE NG59"),
                flag(r, NEW_NIGHT_PAIN).orElseThrow().sources());
        MedicalResult pressing = screen(
                profile().age(70).pain(LOWER_BACK).weeks(2).nightPain(WAKES_ME).signs(SADDLE_NUMBNESS));
        assertEquals(
                "Your pain is also new and wakes you at night: tell the team who sees you.",
                flag(pressing, NEW_NIGHT_PAIN).orElseThrow().text());
    }

    @Test
    void upperBackPainAfter50RepeatsTheChestLine() {
        MedicalFlag f = flag(screen(profile().age(58).pain(UPPER_BACK).weeks(3)), THORACIC_PAIN)
                .orElseThrow();
        assertTrue(
                f.text().contains("between the shoulder blades") && f.text().contains("chest pain or breathlessness"),
                f.text());
    }

    @Test
    void kidneySignsWithoutFeverAreForADoctorTodayAndTheMattressWaits() {
        MedicalResult r = screen(profile().pain(LOWER_BACK).signs(FLANK_PAIN, URINARY_SYMPTOMS));
        assertEquals(SOON, r.level());
        assertEquals("See a doctor about this today.", r.advice());
        String text = flag(r, KIDNEY).orElseThrow().text();
        assertTrue(
                text.contains("See a doctor today")
                        && text.contains("now if you get a fever or shivers, or start vomiting"),
                text);
        assertTrue(r.mattressCanWait());
        assertFalse(
                screen(profile().pain(LOWER_BACK).signs(URINARY_SYMPTOMS)).mattressCanWait(),
                "a routine kidney note (row 35) does not hold the mattress back");
    }

    @Test
    void inflammatoryIsRoutineAtMost() {
        for (ProfileBuilder p : List.of(
                asas().stiffness(30).gradual(true).eases(true), berlin(30).stiffness(60))) {
            assertEquals(ROUTINE, flag(screen(p), INFLAMMATORY).orElseThrow().level());
        }
    }

    @Test
    void rowsOnceCitingSeedTextsNowCitePublishedSources() {
        for (MedicalScreen.Row row : MedicalScreen.ROWS) {
            assertFalse(row.sources().stream().anyMatch(src -> src.contains("seed")), "row " + row.number());
        }
    }

    @Test
    void noWarningSignsIsSaidOnlyWhenEverySignAskedWasAnsweredNo() {
        MedicalResult all = screen(profile().pain(LOWER_BACK).allOtherSignsNo());
        assertEquals("No warning signs in your answers.", all.advice());
        assertNull(all.notAnswered());

        ProfileBuilder missingChest = profile().pain(LOWER_BACK);
        for (WarningSign sign : WarningSign.values()) {
            if (sign != CHEST_SIGNS && sign != FEVER) {
                missingChest.signsNo(sign);
            }
        }
        MedicalResult open = screen(missingChest);
        assertEquals(NONE, open.level());
        assertFalse(open.advice().startsWith("No warning signs in your answers"), open.advice());
        assertEquals(List.of(FEVER, CHEST_SIGNS), open.notAnswered().signs());
        assertEquals(
                "Not answered yet: a temperature of 38 °C or more, or shivering fits; chest pain or breathlessness"
                        + " with the pain, or pain that comes with effort and eases with rest. Answer these too before you rely on"
                        + " this check.",
                open.notAnswered().text());

        // A profile written before 2.1 keeps the older reading.
        assertEquals(
                "No warning signs in your answers.",
                screen(profile().pain(LOWER_BACK)).advice());
        assertNull(screen(profile().pain(LOWER_BACK)).notAnswered());
    }

    @Test
    void theNeckSignsAreAskedOnlyWithNeckPainAndTheInjuriesAreOneQuestion() {
        ProfileBuilder noNeck = profile().pain(LOWER_BACK);
        ProfileBuilder neck = profile().pain(NECK);
        for (WarningSign sign : WarningSign.values()) {
            if (!sign.neckOnly() && sign != RECENT_TRAUMA && sign != MAJOR_TRAUMA) {
                noNeck.signsNo(sign);
                neck.signsNo(sign);
            }
        }
        noNeck.signs(RECENT_TRAUMA);
        neck.signs(MAJOR_TRAUMA).weeks(10);
        assertNull(screen(noNeck).notAnswered(), "neck signs not asked, the injury question answered minor");
        assertEquals(
                List.of(NECK_ARTERY_SIGNS, NECK_CORD_SIGNS),
                screen(neck).notAnswered().signs());
    }

    @Test
    void beforeTwentyWeeksThePlacesAreTheEarlyPregnancyUnitOrTheEmergencyDepartment() {
        MedicalResult early = screen(profile().pregnancyWeeks(19).pain(LOWER_BACK));
        String net = early.safetyNet();
        assertTrue(
                net.contains("early pregnancy unit")
                        && net.contains("bleeding")
                        && net.contains("one side low in your belly"),
                net);
        assertFalse(
                net.contains("fall onto your bump") || net.contains("leaking fluid") || net.contains("maternity unit"),
                net);
        String flag = flag(early, PREGNANCY).orElseThrow().text();
        assertFalse(flag.contains("maternity unit") || flag.contains("leaking fluid"), flag);
        assertTrue(flag.contains("early pregnancy unit"), flag);
        assertTrue(screen(profile().pregnancyWeeks(20).pain(LOWER_BACK))
                .safetyNet()
                .contains("maternity unit"));
        String fever = flag(screen(profile().pregnancyWeeks(10).signs(FEVER)), INFECTION)
                .orElseThrow()
                .text();
        assertTrue(fever.contains("emergency department now") && !fever.contains("maternity"), fever);
        String fall = flag(screen(profile().pregnancyWeeks(10).signs(MAJOR_TRAUMA)), FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(fall.contains("emergency department now") && !fall.contains("maternity"), fall);
    }

    @Test
    void noMedicalTextEndsWithASpace() {
        for (String lang : EngineTexts.LANGUAGES) {
            EngineTexts texts = EngineTexts.of(lang);
            for (String key : texts.keys()) {
                if (key.startsWith("medical.") || key.startsWith("rule.") || key.startsWith("safety-net.")) {
                    String text = texts.text(key);
                    assertFalse(text.endsWith(" ") || text.startsWith(" "), lang + " " + key + ": [" + text + "]");
                }
            }
        }
    }

    @Test
    void inPregnancyTheMidwifeComesFirstAndNothingPromisesWhenPainPasses() {
        MedicalResult r = screen(profile().pregnancyWeeks(22).pain(LOWER_BACK));
        assertEquals("Mention this to your midwife, doctor or physiotherapist at your next visit.", r.advice());
        assertTrue(
                r.safetyNet().contains("stops you walking or sleeping, do not wait for that visit: tell your midwife"),
                r.safetyNet());
        assertFalse(screen(profile().pain(LOWER_BACK)).safetyNet().contains("midwife"));
        assertTrue(screen(profile().pregnancyWeeks(22).pain(LOWER_BACK), "de")
                .advice()
                .contains("Hebamme"));
    }

    @Test
    void everyRowBelowUrgentHasAShortTextForBesideAMorePressingFlag() {
        for (String lang : EngineTexts.LANGUAGES) {
            var keys = EngineTexts.of(lang).keys();
            for (MedicalScreen.Row row : MedicalScreen.ROWS) {
                String key =
                        switch (row.key()) {
                            case "fracture.trauma",
                                    "fracture.sudden",
                                    "fracture.fragile",
                                    "fracture.age" -> "fracture.fragile-bones";
                            case "inflammatory.asas",
                                    "inflammatory.berlin",
                                    "inflammatory.berlin-two" -> "inflammatory";
                            default -> row.key();
                        };
                assertEquals(
                        row.level() != URGENT,
                        keys.contains("medical." + key + ".also"),
                        lang + " row " + row.number());
            }
        }
        String bones = flag(screen(profile().age(75).pain(LOWER_BACK).signs(RECENT_TRAUMA, SADDLE_NUMBNESS)), FRACTURE)
                .orElseThrow()
                .text();
        assertEquals("With an age over 70, your bones may be more fragile: tell the team who sees you.", bones);
    }

    @Test
    void aFallFrom20WeeksOfPregnancySendsHerToTheMaternityUnitNowNamingTheWeek() {
        MedicalResult r = screen(
                profile().age(31).pregnancyWeeks(32).pain(LOWER_BACK).weeks(0).signs(RECENT_TRAUMA));
        assertEquals(URGENT, r.level());
        MedicalFlag fall = flag(r, FRACTURE).orElseThrow();
        assertEquals(URGENT, fall.level());
        assertTrue(
                fall.text().contains("32 weeks") && fall.text().contains("maternity unit or midwife triage line now"),
                fall.text());
        assertFalse(fall.text().contains("next visit") || fall.text().contains("Together with"), fall.text());
        assertEquals(List.of("SOGC 2015 (trauma in pregnancy)", "BSH 2014 (anti-D)"), fall.sources());
        assertTrue(r.mattressCanWait());
        String de = flag(screen(profile().pregnancyWeeks(32).pain(LOWER_BACK).signs(RECENT_TRAUMA), "de"), FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(de.contains("32. Schwangerschaftswoche") && de.contains("Kreißsaal") && de.contains("jetzt"), de);
        MedicalResult early =
                screen(profile().pregnancyWeeks(19).pain(LOWER_BACK).signs(RECENT_TRAUMA));
        assertEquals(ROUTINE, early.level(), "before 20 weeks a fall stays a routine note");
    }

    @Test
    void anInfectionTextNamesOnlyThePersonsOwnReasons() {
        String drugs = flag(
                        screen(profile()
                                .pain(LOWER_BACK)
                                .weeks(1)
                                .morningPain(5)
                                .signs(FEVER, INJECTED_DRUG_USE)),
                        INFECTION)
                .orElseThrow()
                .text();
        assertTrue(
                drugs.startsWith("Because you inject drugs, a fever") && drugs.contains("emergency department now"),
                drugs);
        assertFalse(drugs.contains("immune") || drugs.contains("steroid") || drugs.contains("operation"), drugs);
        String operation = flag(screen(profile().pain(LOWER_BACK).signs(FEVER, RECENT_SPINE_PROCEDURE)), INFECTION)
                .orElseThrow()
                .text();
        assertTrue(
                operation.contains("spine operation or injection") && operation.contains("let the team who did"),
                operation);
        assertFalse(operation.contains("inject drugs") || operation.contains("immune"), operation);
        String both = flag(
                        screen(
                                profile().pain(LOWER_BACK).weeks(2).signs(IMMUNOSUPPRESSION, LONG_TERM_STEROIDS, FEVER),
                                "de"),
                        INFECTION)
                .orElseThrow()
                .text();
        assertTrue(
                both.startsWith("Da Sie ein geschwächtes Immunsystem haben und dauerhaft Kortisontabletten nehmen,"),
                both);
        String noFever = flag(
                        screen(profile()
                                .age(40)
                                .pain(LOWER_BACK)
                                .weeks(2)
                                .morningPain(6)
                                .nightPain(WAKES_ME)
                                .signs(IMMUNOSUPPRESSION)),
                        INFECTION)
                .orElseThrow()
                .text();
        assertTrue(
                noFever.startsWith("Because you have a weakened immune system,")
                        && noFever.contains("within a day or two")
                        && noFever.contains("even without a fever"),
                noFever);
        assertFalse(noFever.contains("inject drugs"), noFever);
        MedicalResult pressing = screen(profile().pain(LOWER_BACK).weeks(2).signs(INJECTED_DRUG_USE, SADDLE_NUMBNESS));
        assertEquals(
                "Tell the team who sees you that you inject drugs.",
                flag(pressing, INFECTION).orElseThrow().text());
    }

    @Test
    void aFeverAlreadyTickedIsNotForetoldInTheProcedureSafetyNet() {
        String withFever = screen(profile().pain(LOWER_BACK).signs(RECENT_SPINE_PROCEDURE, FEVER))
                .safetyNet();
        assertTrue(withFever.contains("starts leaking") && !withFever.contains("if you get a fever"), withFever);
        String without =
                screen(profile().pain(LOWER_BACK).signs(RECENT_SPINE_PROCEDURE)).safetyNet();
        assertTrue(without.contains("or if you get a fever"), without);
    }

    @Test
    void newConstantNightPainIsFlaggedAtAnyAgeAndTheMattressWaits() {
        MedicalResult young = screen(profile()
                .age(49)
                .pain(UPPER_BACK)
                .weeks(3)
                .nightPain(CONSTANT)
                .morningPain(5)
                .daytime(true));
        assertEquals(SOON, young.level());
        assertTrue(young.mattressCanWait());
        assertFalse(young.advice().contains("No warning signs"), young.advice());
        String text = flag(young, NEW_NIGHT_PAIN).orElseThrow().text();
        assertTrue(
                text.contains("does not let up at night") && text.contains("within days") && !text.contains("50"),
                text);
        MedicalResult from50 = screen(
                profile().age(62).pain(LOWER_BACK).weeks(3).nightPain(WAKES_ME).daytime(true));
        assertEquals(
                "At 50 or over, back or neck pain that began in the last few months and wakes you at night should be "
                        + "checked by a doctor. See a doctor within days.",
                flag(from50, NEW_NIGHT_PAIN).orElseThrow().text());
        assertTrue(from50.mattressCanWait(), "medical advice first for new night pain");
        assertFalse(screen(profile()
                        .age(49)
                        .pain(LOWER_BACK)
                        .weeks(3)
                        .nightPain(WAKES_ME)
                        .daytime(true))
                .mattressCanWait());
        MedicalResult pressing = screen(
                profile().age(30).pain(LOWER_BACK).weeks(2).nightPain(CONSTANT).signs(SADDLE_NUMBNESS));
        assertEquals(
                "Your pain is also new and does not let up at night: tell the team who sees you.",
                flag(pressing, NEW_NIGHT_PAIN).orElseThrow().text());
        assertTrue(flag(screen(profile().age(30).pain(NECK).weeks(2).nightPain(CONSTANT), "de"), NEW_NIGHT_PAIN)
                .orElseThrow()
                .text()
                .contains("in jedem Alter"));
    }

    @Test
    void newBackPainAfter70IsARoutineCheckNamingAFragileSpine() {
        MedicalResult r = screen(profile()
                .age(80)
                .pain(LOWER_BACK)
                .weeks(2)
                .nightPain(ON_TURNING)
                .daytime(true)
                .gradual(true));
        assertEquals(ROUTINE, r.level());
        MedicalFlag f = flag(r, FRACTURE).orElseThrow();
        assertTrue(f.text().contains("after the age of 70") && f.text().contains("small fracture"), f.text());
        assertEquals(List.of("Downie 2013", "Finucane 2020"), f.sources());
        assertEquals(
                NONE,
                screen(profile()
                                .age(70)
                                .pain(LOWER_BACK)
                                .weeks(2)
                                .nightPain(ON_TURNING)
                                .daytime(true)
                                .gradual(true))
                        .level());
    }

    @Test
    void someoneWithoutPainIsNotToldAboutPain() {
        MedicalResult fever = screen(profile().age(35).morningPain(0).signs(FEVER));
        String text = flag(fever, INFECTION).orElseThrow().text();
        assertFalse(text.contains("pain"), text);
        assertTrue(text.contains("if the fever lasts more than a couple of days or you feel unwell"), text);
        String bones = flag(screen(profile().morningPain(0).signs(OSTEOPOROSIS), "de"), FRACTURE)
                .orElseThrow()
                .text();
        assertFalse(bones.contains("Zusammen mit"), bones);
        String withPain = flag(screen(profile().morningPain(3).signs(OSTEOPOROSIS), "de"), FRACTURE)
                .orElseThrow()
                .text();
        assertTrue(withPain.contains("Zusammen mit den Schmerzen sollte das ärztlich abgeklärt werden."), withPain);
    }

    @Test
    void lastingWidespreadPainIsForATalkWithTheDoctorAndGradedActivity() {
        String text = flag(
                        screen(profile().pain(LOWER_BACK, NECK, HIP).weeks(150).widespread(true)), PERSISTENT_PAIN)
                .orElseThrow()
                .text();
        assertTrue(text.contains("many places") && text.contains("graded activity"), text);
        assertFalse(text.contains("back pain") || text.contains("longer than most"), text);
        assertFalse(flag(screen(profile().pain(LOWER_BACK).weeks(150).widespread(false)), PERSISTENT_PAIN)
                .orElseThrow()
                .text()
                .contains("many places"));
    }

    @Test
    void theRoutineSafetyNetSaysWhomToSeeSooner() {
        assertTrue(screen(profile().legPain(true))
                .safetyNet()
                .endsWith("do not wait for that visit: see a doctor or physiotherapist sooner."));
        assertTrue(screen(profile().legPain(true), "de")
                .safetyNet()
                .endsWith("sondern lassen Sie sich früher ärztlich oder physiotherapeutisch untersuchen."));
    }

    @Test
    void upperBackPainAfter50HasATimeFrame() {
        assertEquals(
                "Have this checked by a doctor at a visit in the next couple of weeks.",
                screen(profile().age(58).pain(UPPER_BACK).weeks(3)).advice());
        assertEquals(
                "Mention this to a doctor or physiotherapist at your next visit.",
                screen(profile().age(58).pain(LOWER_BACK).weeks(8)).advice(),
                "other routine flags keep the next visit");
    }
}
