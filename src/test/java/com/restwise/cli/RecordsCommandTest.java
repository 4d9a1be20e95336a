package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.cli.AssessCommandTest.Result;
import com.restwise.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsCommandTest {

    private static final String PROFILE =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";

    @TempDir
    Path tmp;

    private Result records(String stdin, String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = tmp.resolve("data").toString();
        all[2] = "records";
        System.arraycopy(args, 0, all, 3, args.length);
        return AssessCommandTest.run(stdin, all);
    }

    private JsonArray list() throws Exception {
        Result r = records("", "list");
        assertEquals(0, r.status(), r.err());
        return StrictJson.parse(r.out()).getAsJsonArray();
    }

    @Test
    void addSavesAConsultationCreatingTheClientAndListCountsThem() throws Exception {
        Result r = records(PROFILE, "add", "-", "--client", "Anna Berger", "--date", "2026-11-02", "--notes", "first");
        assertEquals(0, r.status(), r.err());
        JsonObject saved = StrictJson.parse(r.out()).getAsJsonObject();
        assertEquals("Anna Berger", saved.get("client").getAsString());
        assertEquals("2026-11-02", saved.get("date").getAsString());
        assertEquals(0, records(PROFILE, "add", "-", "--client", "anna berger").status(), "found by identity");
        assertEquals(0, records(PROFILE, "add", "-", "--client", "Jan").status());
        JsonArray clients = list();
        assertEquals(2, clients.size());
        assertEquals("Anna Berger", clients.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals(2, clients.get(0).getAsJsonObject().get("consultations").getAsInt());
        assertEquals(1, clients.get(1).getAsJsonObject().get("consultations").getAsInt());
    }

    @Test
    void anInvalidProfileOrDateIsAnErrorLineAndSavesNothing() throws Exception {
        Result r = records(
                "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":900},\"positions\":{\"SIDE\":1}}",
                "add",
                "-",
                "--client",
                "Anna");
        assertEquals(2, r.status());
        assertEquals(List.of("error: sleeper.weightKg: must be between 30 and 300 (got 900)"), r.errLines());
        Result date = records(PROFILE, "add", "-", "--client", "Anna", "--date", "2026-02-30");
        assertEquals(2, date.status());
        assertTrue(date.err().startsWith("error: --date must be a real date"), date.err());
        Result name = records(PROFILE, "add", "-", "--client", "Evil\u202Eexe");
        assertEquals(2, name.status());
        assertTrue(name.err().contains("text-direction control (U+202E)"), name.err());
        assertEquals(0, list().size());
    }

    @Test
    void batchSavesOneConsultationPerLineAndAnswersEachLine() throws Exception {
        Path batch = tmp.resolve("visits.jsonl");
        Files.writeString(
                batch,
                PROFILE + "\n"
                        + "{\"date\":\"2026-10-01\",\"notes\":\"follow-up\",\"profile\":" + PROFILE + "}\n"
                        + "{\"date\":\"2026-13-01\",\"profile\":" + PROFILE + "}\n"
                        + "\n"
                        + "{\"date\":\"2026-10-08\",\"profile\":" + PROFILE + "}\r\n");
        Result r = records("", "add", "--batch", batch.toString(), "--client", "Anna");
        assertEquals(2, r.status());
        List<String> out = r.out().lines().toList();
        assertEquals(4, out.size(), r.out());
        assertEquals(
                1, StrictJson.parse(out.get(0)).getAsJsonObject().get("line").getAsInt());
        assertEquals(
                "2026-10-01",
                StrictJson.parse(out.get(1)).getAsJsonObject().get("date").getAsString());
        assertEquals(
                "{\"line\":3,\"id\":\"3:e3a25e06b858c07c\",\"errors\":[\"date: must be a real date such as "
                        + "2026-11-22 (got \\\"2026-13-01\\\")\"]}",
                out.get(2));
        assertEquals(
                5, StrictJson.parse(out.get(3)).getAsJsonObject().get("line").getAsInt());
        assertEquals(3, list().get(0).getAsJsonObject().get("consultations").getAsInt());
    }

    @Test
    void exportAndImportRoundTripSealedAndOwnerOnly() throws Exception {
        records(PROFILE, "add", "-", "--client", "Anna Berger");
        Path pass = Files.writeString(tmp.resolve("pass.txt"), "correct horse\n");
        Path file = tmp.resolve("backup.rwx");
        Result ex = records("", "export", "--out", file.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, ex.status(), ex.err());
        assertEquals("", ex.err(), "a sealed export needs no warning");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Anna"));

        Result noPass = records("", "import", file.toString());
        assertEquals(2, noPass.status());
        assertTrue(noPass.err().contains("protected with a passphrase"), noPass.err());

        Result conflict = records("", "import", file.toString(), "--passphrase-file", pass.toString());
        assertEquals(2, conflict.status());
        assertEquals(
                List.of(
                        "error: conflict: \"Anna Berger\" is already in the records",
                        "error: nothing was imported; choose --on-conflict skip, replace or keep-both"),
                conflict.errLines());
        assertEquals(1, list().size(), "a conflicting file changes nothing");

        Result both = records(
                "", "import", file.toString(), "--passphrase-file", pass.toString(), "--on-conflict", "keep-both");
        assertEquals(0, both.status(), both.err());
        JsonObject summary = StrictJson.parse(both.out()).getAsJsonObject();
        assertEquals(2, summary.get("clientsInRecords").getAsInt());
        assertEquals(
                "Anna Berger (2)", list().get(1).getAsJsonObject().get("name").getAsString());
    }

    @Test
    void aPlainExportSaysPlainlyThatItHoldsHealthData() throws Exception {
        records(PROFILE, "add", "-", "--client", "Jan");
        Path file = tmp.resolve("plain.json");
        Result r = records("", "export", "--out", file.toString(), "--client", "jan");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().startsWith("note: ") && r.err().contains("health data"), r.err());
        assertEquals(
                1,
                StrictJson.parse(Files.readString(file))
                        .getAsJsonObject()
                        .getAsJsonArray("clients")
                        .size());
        Result missing = records("", "export", "--out", file.toString(), "--client", "Nobody");
        assertEquals(List.of("error: --client: no client named \"Nobody\" in the records"), missing.errLines());
    }

    @Test
    void wrongWordsAreUsageErrors() throws Exception {
        assertTrue(records("", "frob").err().startsWith("error: records needs one of list, add, export, import"));
        assertTrue(records("", "import", "x.json", "--on-conflict", "merge")
                .err()
                .startsWith("error: --on-conflict must be skip, replace or keep-both (got merge)"));
        assertTrue(records("", "add", "-").err().startsWith("error: records add needs --client NAME"));
        assertTrue(records("", "export").err().startsWith("error: records export needs --out FILE"));
        assertEquals(2, records("", "list", "--out", "x").status());
    }

    /** Where the records are is an option of the group: before or after the action, as before. */
    @Test
    void theDataDirectoryMayFollowTheAction() throws Exception {
        String data = tmp.resolve("elsewhere").toString();
        assertEquals(
                0,
                AssessCommandTest.run(PROFILE, "records", "add", "-", "--client", "Jan", "--data-dir", data)
                        .status());
        Result after = AssessCommandTest.run("", "records", "list", "--data-dir", data);
        Result before = AssessCommandTest.run("", "records", "--data-dir", data, "list");
        assertEquals(0, after.status(), after.err());
        assertEquals(after.out(), before.out());
        assertEquals(
                "Jan",
                StrictJson.parse(after.out())
                        .getAsJsonArray()
                        .get(0)
                        .getAsJsonObject()
                        .get("name")
                        .getAsString());
    }
}
