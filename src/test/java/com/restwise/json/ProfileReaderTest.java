package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileReaderTest {

    private static final String MINIMAL =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";
    private final ProfileReader reader = new ProfileReader();

    private List<String> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> reader.parse(json))
                .problems();
    }

    private static String with(String sleeper, String rest) {
        return "{\"schemaVersion\":1,\"sleeper\":" + sleeper + ",\"positions\":{\"SIDE\":1}" + rest + "}";
    }

    @Test
    void aMinimalProfileLeavesEveryUnansweredFieldAbsent() throws Exception {
        Profile p = reader.parse(MINIMAL);
        assertEquals(70, p.sleeper().weightKg());
        assertNull(p.sleeper().ageYears());
        assertNull(p.symptoms().daytimePain(), "absent is not false");
        assertNull(p.symptoms().morningPain(), "absent is not 0");
        assertNull(p.currentMattress().firmness());
        assertNull(p.partner());
    }

    @Test
    void theContractExampleReadsCompletely() throws Exception {
        Profile p = reader.parse(
                """
            {"schemaVersion":1,"sleeper":{"weightKg":82,"heightCm":178,"ageYears":45,"sex":"FEMALE"},
             "positions":{"SIDE":0.6,"BACK":0.3,"STOMACH":0.1},
             "currentMattress":{"firmness":7,"type":"POCKET_SPRING","ageYears":9,"sagCm":3},
             "partner":{"weightKg":61,"positions":{"SIDE":1}},
             "preferences":{"size":"160x200","budgetMax":1200,"sleepsHot":true},
             "symptoms":{"morningPain":6,"sleepQuality":5,"painAreas":["LOWER_BACK","HIP"],
               "morningStiffnessMinutes":20,"easesAfterGettingUp":true,"durationWeeks":10,"nightPain":"ON_TURNING",
               "daytimePain":true,"worseWithActivity":false,"improvesWithExercise":true,"improvesWithRest":false,
               "gradualOnset":true,"legPainBelowKnee":false,"warningSigns":[]}}""");
        assertEquals(0.6, p.positions().side(), 1e-9);
        assertEquals(61, p.partner().weightKg());
        assertEquals(NightPain.ON_TURNING, p.symptoms().nightPain());
        assertEquals(Boolean.FALSE, p.symptoms().worseWithActivity());
        assertTrue(p.symptoms().hasPainIn(PainArea.HIP));
        assertEquals("160x200", p.preferences().size());
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        reader.parse(with("{\"weightKg\":70,\"shoeSize\":44}", ",\"comment\":\"hi\""));
    }

    @Test
    void outOfRangeNamesThePathTheRangeAndTheValue() {
        assertEquals(
                List.of("sleeper.weightKg: must be between 30 and 300 (got 900)"),
                problems(with("{\"weightKg\":900}", "")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> p = problems("{\"schemaVersion\":2,\"sleeper\":{\"weightKg\":10,\"heightCm\":\"tall\","
                + "\"ageYears\":12,\"sex\":\"F\"},\"positions\":{\"LEFT\":1,\"BACK\":-1},"
                + "\"currentMattress\":{\"firmness\":11,\"type\":\"STRAW\",\"sagCm\":21},"
                + "\"preferences\":{\"size\":\"big\",\"budgetMax\":0,\"sleepsHot\":1},"
                + "\"symptoms\":{\"morningPain\":4.5,\"painAreas\":[\"KNEE\",\"HIP\"],\"nightPain\":\"SOMETIMES\","
                + "\"daytimePain\":\"no\",\"warningSigns\":[\"DIZZY\"]}}");
        assertTrue(p.contains("schemaVersion: must be 1 (got 2)"), p.toString());
        assertTrue(p.contains("sleeper.weightKg: must be between 30 and 300 (got 10)"));
        assertTrue(p.contains("sleeper.heightCm: must be a number (got \"tall\")"));
        assertTrue(p.contains("sleeper.ageYears: must be a whole number between 16 and 110 (got 12)"));
        assertTrue(p.contains("sleeper.sex: must be one of FEMALE, MALE, UNSPECIFIED (got \"F\")"));
        assertTrue(p.contains("positions.LEFT: unknown position; must be one of SIDE, BACK, STOMACH"));
        assertTrue(p.contains("positions.BACK: must be a number of 0 or more (got -1)"));
        assertTrue(p.contains("currentMattress.firmness: must be between 1 and 10 (got 11)"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("currentMattress.type: must be one of MEMORY_FOAM")));
        assertTrue(p.contains("currentMattress.sagCm: must be between 0 and 20 (got 21)"));
        assertTrue(p.contains("preferences.size: must be WIDTHxLENGTH in cm, such as 160x200 (got \"big\")"));
        assertTrue(p.contains("preferences.budgetMax: must be more than 0 and at most 1000000 (got 0)"));
        assertTrue(p.contains("preferences.sleepsHot: must be true or false (got 1)"));
        assertTrue(p.contains("symptoms.morningPain: must be a whole number (got 4.5)"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.painAreas[0]: must be one of LOWER_BACK")));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.nightPain: must be one of NONE, ON_TURNING")));
        assertTrue(p.contains("symptoms.daytimePain: must be true or false (got \"no\")"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.warningSigns[0]: must be one of FEVER")));
        assertEquals(18, p.size(), p.toString());
    }

    @Test
    void missingRequiredFieldsAndNullForThem() {
        assertEquals(
                List.of("schemaVersion: is required", "sleeper: is required", "positions: is required"),
                problems("{}"));
        assertEquals(List.of("sleeper.weightKg: is required (got null)"), problems(with("{\"weightKg\":null}", "")));
        assertTrue(problems("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":null}")
                .contains("positions: is required (got null)"));
    }

    @Test
    void nullForAnOptionalFieldMeansNotAnswered() throws Exception {
        Profile p = reader.parse(with("{\"weightKg\":70,\"ageYears\":null}", ",\"symptoms\":{\"daytimePain\":null}"));
        assertNull(p.sleeper().ageYears());
        assertNull(p.symptoms().daytimePain());
    }

    @Test
    void wrongTypesAreNamed() {
        assertEquals(
                List.of("sleeper.weightKg: must be a number (got \"70\")"),
                problems(with("{\"weightKg\":\"70\"}", "")));
        assertEquals(
                List.of("sleeper: must be an object (got an array)"),
                problems("{\"schemaVersion\":1,\"sleeper\":[70],\"positions\":{\"SIDE\":1}}"));
        assertEquals(
                List.of("symptoms.painAreas: must be an array (got \"HIP\")"),
                problems(with("{\"weightKg\":70}", ",\"symptoms\":{\"painAreas\":\"HIP\"}")));
    }

    @Test
    void hugeNumbersAreOutOfRangeNotInfinity() {
        assertEquals(
                List.of("sleeper.weightKg: must be between 30 and 300 (got 1e308)"),
                problems(with("{\"weightKg\":1e308}", "")));
        assertEquals(
                List.of("sleeper.weightKg: must be between 30 and 300 (got 1e999)"),
                problems(with("{\"weightKg\":1e999}", "")));
    }

    @Test
    void positionsNeedOneWeightAboveZero() {
        assertEquals(
                List.of("positions: at least one of SIDE, BACK, STOMACH must be more than 0"),
                problems("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":0}}"));
        assertEquals(
                List.of("positions: at least one of SIDE, BACK, STOMACH must be more than 0"),
                problems("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{}}"));
    }

    @Test
    void hugePositionWeightsAreNormalisedWithoutOverflow() throws Exception {
        Profile p = reader.parse("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},"
                + "\"positions\":{\"SIDE\":1e308,\"BACK\":1e308}}");
        assertEquals(0.5, p.positions().side(), 1e-12);
    }

    @Test
    void aPartnerNeedsWeightAndPositions() {
        List<String> p = problems(with("{\"weightKg\":70}", ",\"partner\":{\"positions\":{\"UPSIDE_DOWN\":1}}"));
        assertTrue(p.contains("partner.weightKg: is required"), p.toString());
        assertTrue(p.contains("partner.positions.UPSIDE_DOWN: unknown position; must be one of SIDE, BACK, STOMACH"));
    }

    @Test
    void aRootThatIsNotAnObjectIsRefused() {
        assertEquals(List.of("the profile must be a JSON object (got an array)"), problems("[]"));
        assertEquals(List.of("the profile must be a JSON object (got 42)"), problems("42"));
    }

    @Test
    void writingAndReadingAProfileGivesTheSameAnswers() throws Exception {
        String full = with(
                "{\"weightKg\":82.5,\"heightCm\":178,\"ageYears\":45,\"sex\":\"MALE\"}",
                ",\"currentMattress\":{\"firmness\":7,\"sagCm\":3},\"partner\":{\"weightKg\":61,\"positions\":{\"BACK\":1}},"
                        + "\"preferences\":{\"size\":\"160x200\"},\"symptoms\":{\"morningPain\":6,\"daytimePain\":false,"
                        + "\"painAreas\":[\"HIP\",\"NECK\"],\"warningSigns\":[\"FEVER\"]}");
        Profile p = reader.parse(full);
        String written = ProfileWriter.toJson(p);
        assertEquals(p, reader.parse(written));
        assertTrue(!written.contains("easesAfterGettingUp") && !written.contains("null"), "unanswered left out");
    }

    @Test
    void theTwoPointZeroFieldsReadWriteAndReadBack() throws Exception {
        String full = with(
                "{\"weightKg\":70,\"sex\":\"FEMALE\",\"pregnancyWeeks\":30}",
                ",\"preferences\":{\"avoidLatex\":true},\"symptoms\":{\"stress\":7,\"afterExertion\":false,"
                        + "\"warningSigns\":[\"MAJOR_TRAUMA\",\"BOTH_LEGS\",\"RECENT_SPINE_PROCEDURE\","
                        + "\"NECK_ARTERY_SIGNS\",\"NECK_CORD_SIGNS\"]}");
        Profile p = reader.parse(full);
        assertEquals(30, p.sleeper().pregnancyWeeks());
        assertTrue(p.preferences().avoidsLatex());
        assertEquals(7, p.symptoms().stress());
        assertEquals(Boolean.FALSE, p.symptoms().afterExertion());
        assertEquals(5, p.symptoms().warningSigns().size());
        assertEquals(p, reader.parse(ProfileWriter.toJson(p)));
    }

    @Test
    void theTwoPointZeroFieldsAreValidated() {
        List<String> p = problems(with(
                "{\"weightKg\":70,\"pregnancyWeeks\":43}",
                ",\"preferences\":{\"avoidLatex\":\"yes\"},\"symptoms\":{\"stress\":11,\"afterExertion\":1}"));
        assertTrue(
                p.contains("sleeper.pregnancyWeeks: must be a whole number between 1 and 42 (got 43)"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("preferences.avoidLatex:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.stress:") && s.contains("(got 11)")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.afterExertion:")), p.toString());
    }

    @Test
    void aProfileWrittenByOnePointXStaysValid() throws Exception {
        Profile p = reader.parse(with("{\"weightKg\":70}", ",\"symptoms\":{\"warningSigns\":[\"RECENT_TRAUMA\"]}"));
        assertNull(p.sleeper().pregnancyWeeks());
        assertNull(p.symptoms().stress());
        assertNull(p.symptoms().afterExertion());
        assertNull(p.preferences().avoidLatex());
    }

    @Test
    void theTwoPointOneFieldsReadWriteAndReadBack() throws Exception {
        Profile p = reader.parse(with(
                "{\"weightKg\":70,\"floorIsHard\":true}",
                ",\"currentMattress\":{\"type\":\"COLD_FOAM\"},\"symptoms\":{\"widespreadPain\":true,"
                        + "\"warningSigns\":[\"FEVER\"],\"warningSignsNo\":[\"CHEST_SIGNS\",\"BOTH_LEGS\"]}"));
        assertEquals(Boolean.TRUE, p.sleeper().floorIsHard());
        assertEquals(
                com.restwise.engine.profile.MattressType.COLD_FOAM,
                p.currentMattress().type());
        assertTrue(p.symptoms().hasWidespreadPain());
        assertEquals(
                java.util.Set.of(
                        com.restwise.engine.profile.WarningSign.CHEST_SIGNS,
                        com.restwise.engine.profile.WarningSign.BOTH_LEGS),
                p.symptoms().warningSignsNo());
        assertEquals(p, reader.parse(ProfileWriter.toJson(p)));
    }

    @Test
    void anEmptyListOfNoAnswersIsKeptApartFromNoList() throws Exception {
        Profile recorded = reader.parse(with("{\"weightKg\":70}", ",\"symptoms\":{\"warningSignsNo\":[]}"));
        assertEquals(java.util.Set.of(), recorded.symptoms().warningSignsNo());
        assertEquals(recorded, reader.parse(ProfileWriter.toJson(recorded)));
        Profile older = reader.parse(with("{\"weightKg\":70}", ",\"symptoms\":{\"warningSigns\":[]}"));
        assertNull(older.symptoms().warningSignsNo());
        assertTrue(!ProfileWriter.toJson(older).contains("warningSignsNo"));
    }

    @Test
    void aSignCannotBeTickedAndAnsweredNo() {
        List<String> p = problems(with(
                "{\"weightKg\":70,\"floorIsHard\":\"yes\"}",
                ",\"symptoms\":{\"warningSigns\":[\"FEVER\"],\"warningSignsNo\":[\"FEVER\",\"NOT_A_SIGN\"],"
                        + "\"widespreadPain\":3}"));
        assertTrue(
                p.contains("symptoms.warningSignsNo: must not name a sign that warningSigns ticks (FEVER)"),
                p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.warningSignsNo[1]:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("symptoms.widespreadPain:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("sleeper.floorIsHard:")), p.toString());
    }

    @Test
    void theLatestAnswerToASignWinsSoASavedProfileAlwaysReadsBack() throws Exception {
        Profile p = reader.parse(
                with("{\"weightKg\":70}", ",\"symptoms\":{\"warningSignsNo\":[\"FEVER\",\"CHEST_SIGNS\"]}"));
        var ticked = p.symptoms().withWarningSigns(java.util.Set.of(com.restwise.engine.profile.WarningSign.FEVER));
        assertEquals(java.util.Set.of(com.restwise.engine.profile.WarningSign.CHEST_SIGNS), ticked.warningSignsNo());
        Profile back = reader.parse(ProfileWriter.toJson(p.withSymptoms(ticked)));
        assertTrue(back.symptoms().hasSign(com.restwise.engine.profile.WarningSign.FEVER));
        var no = ticked.withWarningSignsNo(java.util.Set.of(com.restwise.engine.profile.WarningSign.FEVER));
        assertTrue(no.warningSigns().isEmpty());
    }
}
