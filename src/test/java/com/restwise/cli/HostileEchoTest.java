package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.cli.AssessCommandTest.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text through every word the command line echoes: escape and bell, a line break that
 * would forge an "error:" line, a C1 control (CSI), and a right-to-left override. None may reach
 * the terminal raw; each shows as its escape, and one problem stays one line.
 */
class HostileEchoTest {

    static final String HOSTILE = "x\u001b[2J\u0007\nerror: forged\u009b31m\u202Eevil";
    private static final String PROFILE =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";

    @TempDir
    Path tmp;

    @Test
    void everyOptionAndNameIsEscapedOnStandardError() throws Exception {
        String missing = tmp.resolve(HOSTILE).toString();
        String data = tmp.resolve("data").toString();
        List<String[]> calls = new ArrayList<>(List.of(
                new String[] {HOSTILE},
                new String[] {"--" + HOSTILE},
                new String[] {"assess", "-", "--" + HOSTILE},
                new String[] {"assess", "-", "--lang", HOSTILE},
                new String[] {"assess", "-", "--top", HOSTILE},
                new String[] {"assess", "-", "--catalog", missing},
                new String[] {"assess", missing},
                new String[] {"assess", "--batch", missing},
                new String[] {"assess", "-", missing},
                new String[] {"report", "-", "--out", missing + "/r.pdf"},
                new String[] {"report", "-", "--out", "r.pdf", "--paper", HOSTILE},
                new String[] {"report", "-", "--out", "r.pdf", "--lang", HOSTILE},
                new String[] {"records", HOSTILE},
                new String[] {"--data-dir", data, "records", "add", "-", "--client", HOSTILE},
                new String[] {"--data-dir", data, "records", "add", "-", "--client", "A", "--date", HOSTILE},
                new String[] {"--data-dir", data, "records", "add", "--batch", missing, "--client", "A"},
                new String[] {"--data-dir", data, "records", "export", "--out", missing + "/x.json"},
                new String[] {
                    "--data-dir",
                    data,
                    "records",
                    "export",
                    "--out",
                    tmp.resolve("e.json").toString(),
                    "--client",
                    HOSTILE
                },
                new String[] {
                    "--data-dir",
                    data,
                    "records",
                    "export",
                    "--out",
                    tmp.resolve("e.json").toString(),
                    "--passphrase-file",
                    missing
                },
                new String[] {"--data-dir", data, "records", "import", missing},
                new String[] {"--data-dir", data, "records", "import", missing, "--on-conflict", HOSTILE}));
        Path named = Files.writeString(tmp.resolve("named" + HOSTILE.replace("/", "") + ".json"), "{not json");
        calls.add(new String[] {"--data-dir", data, "records", "import", named.toString()});
        calls.add(new String[] {"assess", named.toString()});
        for (String[] args : calls) {
            Result r = AssessCommandTest.run(PROFILE, args);
            String call = String.join(" ", args).replace("\u001b", "ESC");
            assertEquals(2, r.status(), call + "\n" + r.err());
            assertSafe(call, r.err());
            assertTrue(
                    r.err().contains("\\u001b[2J\\u0007\\u000aerror: forged\\u009b31m\\u202eevil"),
                    "the value is shown escaped: " + call + "\n" + r.err());
        }
    }

    /** advice.lang from an import file was echoed raw. */
    @Test
    void aLanguageReadFromAnImportFileIsEscaped() throws Exception {
        String data = tmp.resolve("data").toString();
        assertEquals(
                0,
                AssessCommandTest.run(PROFILE, "--data-dir", data, "records", "add", "-", "--client", "Ann")
                        .status());
        Path export = tmp.resolve("e.json");
        assertEquals(
                0,
                AssessCommandTest.run("", "--data-dir", data, "records", "export", "--out", export.toString())
                        .status());
        String json = Files.readString(export);
        assertTrue(json.contains("\"lang\":\"en\"") || json.contains("\"lang\": \"en\""), json.substring(0, 200));
        String hostileJson = HOSTILE.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007")
                .replace("\n", "\\n")
                .replace("\u009b", "\\u009b")
                .replace("\u202E", "\\u202e");
        Files.writeString(
                export,
                json.replaceFirst(
                        "\"lang\": ?\"en\"",
                        java.util.regex.Matcher.quoteReplacement("\"lang\":\"" + hostileJson + "\"")));
        Result r = AssessCommandTest.run(
                "", "--data-dir", tmp.resolve("other").toString(), "records", "import", export.toString());
        assertEquals(2, r.status(), r.err());
        assertSafe("import", r.err());
        assertTrue(r.err().contains("\\u001b[2J\\u0007\\u000aerror: forged"), r.err());
    }

    private static void assertSafe(String call, String err) {
        for (String line : err.lines().toList()) {
            assertFalse(line.startsWith("error: forged"), "a forged line: " + call + "\n" + err);
            for (char c : line.toCharArray()) {
                boolean raw = c < 0x20 && c != '\t'
                        || c >= 0x7f && c <= 0x9f
                        || c >= 0x202a && c <= 0x202e
                        || c >= 0x2066 && c <= 0x2069;
                assertFalse(raw, String.format("raw U+%04X reached the terminal: %s%n%s", (int) c, call, err));
            }
        }
    }
}
