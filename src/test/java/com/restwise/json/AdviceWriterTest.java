package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.WarningSign;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class AdviceWriterTest {

    private final Advisor advisor = new Advisor();

    private JsonObject write(ProfileBuilder p) throws Exception {
        Advice a = advisor.assess(p.build(), CatalogReader.shipped(), 2, "en");
        return StrictJson.parse(AdviceWriter.toJson(a, false)).getAsJsonObject();
    }

    @Test
    void fieldsAreTheContractsInItsOrder() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        assertEquals(
                List.of(
                        "schemaVersion",
                        "engineVersion",
                        "lang",
                        "firmness",
                        "partnerFirmness",
                        "mattressVerdict",
                        "options",
                        "posture",
                        "medical",
                        "explanation",
                        "alignment"),
                List.copyOf(doc.keySet()));
        assertEquals(
                List.of("position", "atTarget", "atCurrent"),
                List.copyOf(doc.getAsJsonObject("alignment").keySet()));
        assertEquals(
                List.of(
                        "firmness",
                        "deviationDeg",
                        "shoulderSinkMm",
                        "waistSinkMm",
                        "hipSinkMm",
                        "peakPressureKpa",
                        "verdict"),
                List.copyOf(doc.getAsJsonObject("alignment")
                        .getAsJsonObject("atTarget")
                        .keySet()));
        assertEquals(
                List.of("target", "min", "max", "label"),
                List.copyOf(doc.getAsJsonObject("firmness").keySet()));
        assertEquals(
                List.of("id", "name", "firmness", "type", "size", "price", "currency", "score", "reasons"),
                List.copyOf(
                        doc.getAsJsonArray("options").get(0).getAsJsonObject().keySet()));
        assertEquals(
                List.of("level", "flags", "advice", "safetyNet", "mattressCanWait"),
                List.copyOf(doc.getAsJsonObject("medical").keySet()));
    }

    @Test
    void flagsCarryTheirRuleAndSourcesAndSurviveARead() throws Exception {
        Advice a = advisor.assess(
                ProfileBuilder.profile()
                        .morningPain(4)
                        .pain(PainArea.LOWER_BACK)
                        .weeks(10)
                        .mattress(6.0, 2.0, 0.0)
                        .build(),
                CatalogReader.shipped(),
                2,
                "en");
        JsonObject doc = StrictJson.parse(AdviceWriter.toJson(a, false)).getAsJsonObject();
        JsonObject flag =
                doc.getAsJsonObject("medical").getAsJsonArray("flags").get(0).getAsJsonObject();
        assertEquals(List.of("code", "level", "text", "rule", "sources"), List.copyOf(flag.keySet()));
        Advice back = new AdviceReader().read(doc);
        assertEquals(a.medical(), back.medical());
        assertEquals(a.mattressVerdict(), back.mattressVerdict());
    }

    @Test
    void adviceSavedByEngineOneReadsWithoutTheTwoPointZeroFields() throws Exception {
        JsonObject doc = write(
                ProfileBuilder.profile().signs(WarningSign.SADDLE_NUMBNESS).morningPain(6));
        doc.remove("mattressVerdict");
        doc.addProperty("engineVersion", "1.1.0");
        JsonObject medical = doc.getAsJsonObject("medical");
        medical.remove("safetyNet");
        medical.remove("mattressCanWait");
        for (var f : medical.getAsJsonArray("flags")) {
            f.getAsJsonObject().remove("rule");
            f.getAsJsonObject().remove("sources");
        }
        Advice old = new AdviceReader().read(doc);
        assertNull(old.mattressVerdict());
        assertNull(old.medical().safetyNet());
        assertNull(old.medical().flags().get(0).rule());
        assertEquals(List.of(), old.medical().flags().get(0).sources());
        assertTrue(old.medical().mattressCanWait(), "an urgent old consultation still puts the doctor first");
    }

    @Test
    void anUnknownVerdictIsNamedByItsPath() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        JsonObject verdict = new JsonObject();
        verdict.addProperty("verdict", "MAYBE");
        verdict.addProperty("text", "?");
        doc.add("mattressVerdict", verdict);
        InvalidInputException e =
                Assertions.assertThrows(InvalidInputException.class, () -> new AdviceReader().read(doc));
        assertTrue(
                e.problems().toString().contains("mattressVerdict.verdict"),
                e.problems().toString());
    }

    @Test
    void noPartnerIsWrittenAsNull() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        assertTrue(doc.get("partnerFirmness").isJsonNull());
        assertTrue(write(ProfileBuilder.profile().partner(60, Position.SIDE))
                .get("partnerFirmness")
                .isJsonObject());
    }

    @Test
    void wholeNumbersHaveNoDecimalAndFirmnessKeepsOne() {
        Advice a = advisor.assess(ProfileBuilder.profile().build(), CatalogReader.shipped(), 1, "en");
        String json = AdviceWriter.toJson(a, false);
        assertTrue(json.matches(".*\"price\":\\d+,.*"), json);
        assertTrue(json.matches(".*\"target\":\\d\\.\\d,.*"), json);
        assertTrue(json.contains("\"lang\":\"en\""));
    }

    @Test
    void alignmentAtTheCurrentMattressIsNullWhenItsFirmnessIsUnknown() throws Exception {
        JsonObject unknown = write(ProfileBuilder.profile().mattress(null, 3.0, null));
        assertTrue(unknown.getAsJsonObject("alignment").get("atCurrent").isJsonNull());
        JsonObject known = write(ProfileBuilder.profile().mattress(9.0, 3.0, null));
        assertEquals(
                9.0,
                known.getAsJsonObject("alignment")
                        .getAsJsonObject("atCurrent")
                        .get("firmness")
                        .getAsDouble());
    }

    @Test
    void alignmentSurvivesAWriteAndARead() throws Exception {
        Advice a = advisor.assess(
                ProfileBuilder.profile()
                        .only(Position.BACK)
                        .mattress(3.0, null, null)
                        .build(),
                CatalogReader.shipped(),
                2,
                "en");
        Advice back = new AdviceReader().read(StrictJson.parse(AdviceWriter.toJson(a, false)));
        assertEquals(a.alignment(), back.alignment());
        assertEquals(Position.BACK, back.alignment().position());
    }

    @Test
    void adviceSavedBeforeTheSpineModelReadsWithoutAlignment() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        doc.remove("alignment");
        doc.addProperty("engineVersion", "1.0.0");
        assertEquals(null, new AdviceReader().read(doc).alignment());
    }

    @Test
    void aBrokenAlignmentIsNamedByItsPath() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        doc.getAsJsonObject("alignment").getAsJsonObject("atTarget").addProperty("verdict", "WOBBLY");
        InvalidInputException e =
                Assertions.assertThrows(InvalidInputException.class, () -> new AdviceReader().read(doc));
        assertTrue(
                e.problems().toString().contains("alignment.atTarget.verdict"),
                e.problems().toString());
    }

    @Test
    void theSignsNotAnsweredAndTheFoldedOptionsSurviveARead() throws Exception {
        ProfileBuilder open = ProfileBuilder.profile().mattress(6.0, 3.0, 0.0).signsNo(WarningSign.FEVER);
        Advice a = advisor.assess(open.build(), CatalogReader.shipped(), 2, "en");
        JsonObject doc = StrictJson.parse(AdviceWriter.toJson(a, false)).getAsJsonObject();
        JsonObject notAnswered = doc.getAsJsonObject("medical").getAsJsonObject("notAnswered");
        assertEquals(
                "UNEXPLAINED_WEIGHT_LOSS",
                notAnswered.getAsJsonArray("signs").get(0).getAsString());
        assertTrue(notAnswered.get("text").getAsString().startsWith("Not answered yet: "));
        assertEquals(
                "If you want to buy anyway",
                doc.getAsJsonObject("mattressVerdict").get("buyAnyway").getAsString());
        Advice back = new AdviceReader().read(doc);
        assertEquals(a.medical(), back.medical());
        assertEquals(a.mattressVerdict(), back.mattressVerdict());
        assertEquals("2.1.0", back.engineVersion());
    }

    @Test
    void adviceSavedByEngineTwoPointZeroReadsWithoutTheTwoPointOneFields() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile().mattress(6.0, 3.0, 0.0).morningPain(2));
        doc.addProperty("engineVersion", "2.0.0");
        doc.getAsJsonObject("mattressVerdict").remove("buyAnyway");
        doc.getAsJsonObject("medical").remove("notAnswered");
        Advice old = new AdviceReader().read(doc);
        assertEquals("2.0.0", old.engineVersion());
        assertNull(old.mattressVerdict().buyAnyway());
        assertNull(old.medical().notAnswered());
    }
}
