package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Position;
import java.util.List;
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
        assertEquals(List.of("schemaVersion", "engineVersion", "lang", "firmness", "partnerFirmness", "options",
                "posture", "medical", "explanation"), List.copyOf(doc.keySet()));
        assertEquals(List.of("target", "min", "max", "label"), List.copyOf(doc.getAsJsonObject("firmness").keySet()));
        assertEquals(List.of("id", "name", "firmness", "type", "size", "price", "currency", "score", "reasons"),
                List.copyOf(doc.getAsJsonArray("options").get(0).getAsJsonObject().keySet()));
        assertEquals(List.of("level", "flags", "advice"), List.copyOf(doc.getAsJsonObject("medical").keySet()));
    }

    @Test
    void noPartnerIsWrittenAsNull() throws Exception {
        JsonObject doc = write(ProfileBuilder.profile());
        assertTrue(doc.get("partnerFirmness").isJsonNull());
        assertTrue(write(ProfileBuilder.profile().partner(60, Position.SIDE)).get("partnerFirmness").isJsonObject());
    }

    @Test
    void wholeNumbersHaveNoDecimalAndFirmnessKeepsOne() {
        Advice a = advisor.assess(ProfileBuilder.profile().build(), CatalogReader.shipped(), 1, "en");
        String json = AdviceWriter.toJson(a, false);
        assertTrue(json.matches(".*\"price\":\\d+,.*"), json);
        assertTrue(json.matches(".*\"target\":\\d\\.\\d,.*"), json);
        assertTrue(json.contains("\"lang\":\"en\""));
    }
}
