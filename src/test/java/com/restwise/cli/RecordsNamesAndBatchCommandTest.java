package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.cli.AssessCommandTest.Result;
import com.restwise.json.StrictJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `records` round two on the command line: names, resumable batches, passphrase files, targets. */
class RecordsNamesAndBatchCommandTest {

    private static final String PROFILE =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";

    @TempDir
    Path tmp;

    private Result records(String... args) throws Exception {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = tmp.resolve("data").toString();
        all[2] = "records";
        System.arraycopy(args, 0, all, 3, args.length);
        return AssessCommandTest.run("", all);
    }

    private JsonArray list() throws Exception {
        Result r = records("list");
        assertEquals(0, r.status(), r.err());
        return StrictJson.parse(r.out()).getAsJsonArray();
    }

    @Test
    void aBatchRerunSkipsTheLinesItSavedAndSaysHowMany() throws Exception {
        Path batch = Files.writeString(tmp.resolve("visits.jsonl"), PROFILE + "\n\n" + PROFILE + "\n{\"bad\":1}\n");
        Result first = records("add", "--batch", batch.toString(), "--client", "Anna");
        assertEquals(2, first.status(), "one line refused");
        List<String> answers = first.out().lines().toList();
        assertEquals(3, answers.size(), first.out());
        JsonObject one = StrictJson.parse(answers.get(0)).getAsJsonObject();
        assertEquals(1, one.get("line").getAsInt());
        assertTrue(one.get("id").getAsString().matches("1:[0-9a-f]{16}"), answers.get(0));
        assertEquals("Anna", one.get("client").getAsString());
        assertTrue(answers.get(2).contains("\"errors\""), answers.get(2));

        Result again = records("add", "--batch", batch.toString(), "--client", "anna");
        List<String> second = again.out().lines().toList();
        assertTrue(
                second.get(0).contains("\"alreadySaved\":true") && second.get(1).contains("\"alreadySaved\":true"),
                again.out());
        assertTrue(
                again.err()
                        .contains("2 lines were already saved by an earlier run of this file and skipped; 0 saved now"),
                again.err());
        assertEquals(2, list().get(0).getAsJsonObject().get("consultations").getAsInt(), "nothing saved twice");
        assertEquals(1, list().size());
    }

    @Test
    void aBatchWhoseEveryLineIsRefusedCreatesNoClient() throws Exception {
        Path batch = Files.writeString(tmp.resolve("bad.jsonl"), "{\"bad\":1}\nnot json\n");
        assertEquals(
                2,
                records("add", "--batch", batch.toString(), "--client", "Ghost").status());
        assertEquals(0, list().size());
    }

    @Test
    void oneClientPerNameFromTheCommandLine() throws Exception {
        Path twice = Files.writeString(
                tmp.resolve("twice.json"),
                "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Alice\",\"consultations\":[]},"
                        + "{\"name\":\"Alice\",\"consultations\":[]}]}");
        Result refused = records("import", twice.toString(), "--on-conflict", "keep-both");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("clients[1].name: \"Alice\" is also the name of clients[0]"), refused.err());
        assertEquals(0, list().size());

        Path alice = Files.writeString(tmp.resolve("p.json"), PROFILE);
        assertEquals(0, records("add", alice.toString(), "--client", "Alice").status());
        assertEquals(0, records("add", alice.toString(), "--client", "alice").status());
        assertEquals(
                0, records("add", alice.toString(), "--client", "ALICE\u200B").status());
        JsonArray clients = list();
        assertEquals(1, clients.size(), clients.toString());
        assertEquals(3, clients.get(0).getAsJsonObject().get("consultations").getAsInt());
        Result blank = records("add", alice.toString(), "--client", "\u3164");
        assertEquals(2, blank.status());
        assertTrue(blank.err().contains("shows nothing"), blank.err());
    }

    @Test
    void aPassphraseFileThatIsNotUtf8TextIsRefused() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.json"), PROFILE);
        assertEquals(0, records("add", p.toString(), "--client", "Anna").status());
        Path one = Files.write(tmp.resolve("one.key"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfd, 0x41});
        Result r = records("export", "--out", tmp.resolve("x.rwx").toString(), "--passphrase-file", one.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is not UTF-8 text"), r.err());
        assertFalse(Files.exists(tmp.resolve("x.rwx")));
    }

    @Test
    void anExportOntoAPipeIsRefusedWithAMessage() throws Exception {
        Path p = Files.writeString(tmp.resolve("p.json"), PROFILE);
        assertEquals(0, records("add", p.toString(), "--client", "Anna").status());
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Result r = records("export", "--out", fifo.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("is not a regular file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.isRegularFile(fifo));
    }
}
