package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.AdviceWriter;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import says about a file it cannot take, or takes with a warning. */
class ImportMessagesTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    private TransferException refused(String json) throws Exception {
        Path file = Files.writeString(files.resolve("in.json"), json);
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            TransferException e =
                    assertThrows(TransferException.class, () -> ClientTransfer.importFile(store, file, null, null));
            assertEquals(0, store.clientCount());
            return e;
        }
    }

    private static String visit(Profile p, String engineVersion, MedicalLevel level) throws Exception {
        JsonObject advice = StrictJson.parse(AdviceWriter.toJson(ConsultationStoreTest.advise(p), false))
                .getAsJsonObject();
        advice.addProperty("engineVersion", engineVersion);
        if (level != null) {
            advice.getAsJsonObject("medical").addProperty("level", level.name());
            advice.getAsJsonObject("medical").add("flags", new com.google.gson.JsonArray());
        }
        return "{\"date\":\"2026-01-02\",\"profile\":" + ProfileWriter.toJsonTree(p) + ",\"advice\":" + advice
                + ",\"notes\":\"\"}";
    }

    @Test
    void singleQuotedJsonIsExplainedInTheFilesTermsNotTheParsers() throws Exception {
        TransferException e = refused("{'restwiseExport': 1, 'clients': []}");
        String problem = e.problems().get(0);
        assertTrue(problem.contains("single quotes") && problem.contains("line 1 column"), problem);
        assertTrue(
                !problem.toLowerCase().contains("setstrictness")
                        && !problem.toLowerCase().contains("jsonreader"),
                problem);
    }

    @Test
    void aHugeUnknownFieldIsBlamedOnItselfAndNotEchoedWhole() throws Exception {
        Profile p = profile().weight(70).build();
        String visits = String.join(",", visit(p, "2.0.0", null), visit(p, "2.0.0", null), visit(p, "2.0.0", null));
        String big = "x".repeat(2 * 1024 * 1024);
        String longName = "photo" + "y".repeat(500);
        TransferException e = refused("{\"restwiseExport\":1,\"clients\":[{\"name\":\"Bob\",\"consultations\":["
                + visits + "],\"" + longName + "\":\"" + big + "\"}]}");
        assertEquals(1, e.problems().size(), e.problems().toString());
        String problem = e.problems().get(0);
        assertTrue(problem.startsWith("clients[0] \"Bob\".photoyyy"), problem);
        assertTrue(!problem.contains("consultations[2]"), problem);
        assertTrue(problem.length() < 200, "echoed whole: " + problem.length());
    }

    @Test
    void onlyWellFormedEngineVersionsAreAccepted() throws Exception {
        Profile p = profile().weight(70).build();
        TransferException e = refused("{\"restwiseExport\":1,\"clients\":[{\"name\":\"Bob\",\"consultations\":["
                + visit(p, "2.0.0\u001b[31m", null) + "]}]}");
        assertEquals(
                List.of("clients[0] \"Bob\".consultations[0].advice.engineVersion: must be a version such as "
                        + "2.0.0 (got \"2.0.0\\u001b[31m\")"),
                e.problems());
    }

    @Test
    void todaysScreenIsSaidWhereItIsMorePressingThanTheImportedAdvice() throws Exception {
        Profile numb = profile().weight(70).signs(WarningSign.SADDLE_NUMBNESS).build();
        Profile calm = profile().weight(70).build();
        Path file = Files.writeString(
                files.resolve("old.json"),
                "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Carol\","
                        + "\"consultations\":[" + visit(calm, "1.4.0", null) + ","
                        + visit(numb, "1.4.0", MedicalLevel.SOON)
                        + "]}]}");
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, null);
            assertEquals(
                    List.of("clients[0] \"Carol\".consultations[1] (2026-01-02): Today's screen: URGENT "
                            + "(the imported advice said SOON)"),
                    s.todaysScreen());
            List<Consultation> saved =
                    store.consultations(store.clientNamed("Carol").orElseThrow().id());
            assertNull(saved.get(0).todaysScreen());
            assertEquals(MedicalLevel.URGENT, saved.get(1).todaysScreen());
            assertEquals(
                    MedicalLevel.SOON, saved.get(1).advice().medical().level(), "the advice stays as it was given");
        }
    }
}
