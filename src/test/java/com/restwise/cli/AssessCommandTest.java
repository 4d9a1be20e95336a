package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.ContractExamples;
import com.restwise.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    private static final String VALID =
            "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}";

    @TempDir
    Path tmp;

    record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(String stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(
                        args,
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        out,
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .status();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aValidProfileGivesAdviceOnStandardOutputAndExitZero() throws Exception {
        Result r = run("", "assess", file("p.json", VALID).toString());
        assertEquals(0, r.status());
        assertEquals("", r.err());
        JsonObject advice = StrictJson.parse(r.out()).getAsJsonObject();
        assertEquals(5, advice.getAsJsonArray("options").size());
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        Result r = run(VALID, "assess", "-");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("\"firmness\""));
    }

    @Test
    void anInvalidProfilePrintsEveryErrorAndNothingOnStandardOutput() throws Exception {
        Result r = run(
                "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":900,\"ageYears\":5},\"positions\":{\"SIDE\":1}}",
                "assess",
                "-");
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(
                List.of(
                        "error: sleeper.weightKg: must be between 30 and 300 (got 900)",
                        "error: sleeper.ageYears: must be a whole number between 16 and 110 (got 5)"),
                r.errLines());
    }

    @Test
    void textThatIsNotJsonIsAnErrorWithExitTwo() throws Exception {
        Result r = run("{'schemaVersion': 1}", "assess", "-");
        assertEquals(2, r.status());
        assertTrue(
                r.err().startsWith("error: standard input: at line 1, column ")
                        && r.err().contains("not strict JSON"),
                r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void aMissingFileOrADirectoryIsNamed() throws Exception {
        Result missing = run("", "assess", tmp.resolve("nothere.json").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("nothere.json: no such file"), missing.err());
        Result dir = run("", "assess", tmp.toString());
        assertEquals(2, dir.status());
        assertTrue(dir.err().contains("is a directory"));
    }

    @Test
    void topPicksHowManyOptions() throws Exception {
        Result r = run(VALID, "assess", "-", "--top", "2");
        assertEquals(
                2,
                StrictJson.parse(r.out())
                        .getAsJsonObject()
                        .getAsJsonArray("options")
                        .size());
        Result eq = run(VALID, "assess", "-", "--top=100");
        assertTrue(StrictJson.parse(eq.out())
                        .getAsJsonObject()
                        .getAsJsonArray("options")
                        .size()
                >= 35);
    }

    @Test
    void badArgumentsPrintTheProblemAndTheUsageWithExitTwo() throws Exception {
        for (String[] args : List.of(
                new String[] {"assess", "-", "--top", "0"},
                new String[] {"assess", "-", "--top", "abc"},
                new String[] {"assess", "-", "--top", "101"},
                new String[] {"assess", "-", "--frob"},
                new String[] {"assess"},
                new String[] {"assess", "-", "--lang", "fr"},
                new String[] {"assess", "-", "--top"},
                new String[] {"wibble"},
                new String[] {"--data-dir"})) {
            Result r = run(VALID, args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: "), r.err());
            assertTrue(r.err().contains("usage:"), String.join(" ", args));
            assertEquals("", r.out());
        }
        assertTrue(run(VALID, "assess", "-", "--top", "0")
                .err()
                .startsWith("error: --top must be a whole number from 1 to 100 (got 0)"));
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Result r = run("", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("assess PROFILE.json"));
        assertEquals(0, run("", "assess", "--help").status());
    }

    @Test
    void langPicksTheLanguageOfTheTexts() throws Exception {
        JsonObject en = StrictJson.parse(run(VALID, "assess", "-").out()).getAsJsonObject();
        JsonObject de = StrictJson.parse(
                        run(VALID, "assess", "-", "--lang", "de").out())
                .getAsJsonObject();
        assertEquals("de", de.get("lang").getAsString());
        assertEquals(en.get("firmness"), de.get("firmness"));
        assertFalse(en.getAsJsonObject("medical")
                .get("advice")
                .equals(de.getAsJsonObject("medical").get("advice")));
    }

    @Test
    void aShopCatalogIsRankedInstead() throws Exception {
        Path catalog = file(
                "shop.json",
                """
            {"schemaVersion":1,"currency":"CHF","mattresses":[
              {"id":"shop-7","name":"House mattress","type":"LATEX","firmness":7,
               "construction":{"layers":["latex"],"heightCm":18,"zones":1},
               "ratings":{"pressureRelief":4,"support":4,"cooling":4,"motionIsolation":4,"edgeSupport":3,"durability":5},
               "trialNights":30,"prices":{"90x200":900}}]}""");
        Result r = run(VALID, "assess", "-", "--catalog", catalog.toString());
        assertEquals(0, r.status(), r.err());
        JsonObject option = StrictJson.parse(r.out())
                .getAsJsonObject()
                .getAsJsonArray("options")
                .get(0)
                .getAsJsonObject();
        assertEquals("shop-7", option.get("id").getAsString());
        assertEquals("CHF", option.get("currency").getAsString());
    }

    @Test
    void aBrokenShopCatalogIsNamedWithExitTwo() throws Exception {
        Path catalog = file("shop.json", "{\"schemaVersion\":1,\"currency\":\"EUR\",\"mattresses\":[]}");
        Result r = run(VALID, "assess", "-", "--catalog", catalog.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(
                List.of("error: catalog " + catalog + ": mattresses: must list at least one mattress"), r.errLines());
    }

    @Test
    void batchAnswersEveryLineInOrderWithErrorsForInvalidOnes() throws Exception {
        String lines = VALID + "\n\n{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":900},\"positions\":{\"SIDE\":1}}\n"
                + "not json\n" + VALID + "\n";
        Result r = run(lines, "assess", "--batch", "-", "--top", "1");
        assertEquals(2, r.status());
        List<String> out = r.out().lines().toList();
        assertEquals(4, out.size(), "the blank line is skipped: " + out);
        assertTrue(out.get(0).startsWith("{\"schemaVersion\":1"));
        assertEquals(
                "{\"line\":3,\"errors\":[\"sleeper.weightKg: must be between 30 and 300 (got 900)\"]}", out.get(1));
        assertTrue(out.get(2).startsWith("{\"line\":4,\"errors\":[\"at line 1, column 1"), out.get(2));
        assertEquals(
                1,
                StrictJson.parse(out.get(3))
                        .getAsJsonObject()
                        .getAsJsonArray("options")
                        .size());
    }

    @Test
    void batchOfValidLinesExitsZero() throws Exception {
        Path f = file("all.jsonl", VALID + "\n" + VALID + "\n");
        Result r = run("", "assess", "--batch", f.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(2, r.out().lines().count());
    }

    @Test
    void theExamplesPassThroughBatchToo() throws Exception {
        StringBuilder lines = new StringBuilder();
        List<String> names = ContractExamples.names();
        for (String name : names) {
            lines.append(StrictJson.parse(Files.readString(ContractExamples.profile(name)))
                            .toString())
                    .append('\n');
        }
        Result r = run(lines.toString(), "assess", "--batch", "-");
        assertEquals(0, r.status(), r.err());
        List<String> out = r.out().lines().toList();
        for (int i = 0; i < names.size(); i++) {
            ContractExamples.check(names.get(i), StrictJson.parse(out.get(i)).getAsJsonObject());
        }
    }

    static Result runBytes(byte[] stdin, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(
                        args, new ByteArrayInputStream(stdin), out, new PrintStream(err, true, StandardCharsets.UTF_8))
                .status();
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** One line of bad UTF-8 used to stop the whole batch, losing earlier answers and naming the wrong line. */
    @Test
    void badUtf8AnswersItsOwnLineAndTheBatchGoesOn() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
        in.write("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"note\":\"M".getBytes(StandardCharsets.UTF_8));
        in.write(0xFC);
        in.write("ller\"}\n".getBytes(StandardCharsets.UTF_8));
        in.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
        Result r = runBytes(in.toByteArray(), "assess", "--batch", "-");
        List<String> out = r.out().lines().toList();
        assertEquals(3, out.size(), r.out());
        assertTrue(out.get(0).startsWith("{\"schemaVersion\":1"));
        assertEquals("{\"line\":2,\"errors\":[\"the line is not UTF-8 text\"]}", out.get(1));
        assertTrue(out.get(2).startsWith("{\"schemaVersion\":1"));
        assertEquals(2, r.status());
    }

    /** A lone CR used to split a line in two; CR is JSON whitespace. */
    @Test
    void aLoneCarriageReturnIsWhitespaceNotALineEnd() throws Exception {
        String valid = VALID.replace(",\"positions\"", ",\r\"positions\"");
        Result r = run(valid + "\r\n" + VALID + "\n", "assess", "--batch", "-");
        assertEquals(0, r.status(), r.out());
        assertEquals(2, r.out().lines().count());
    }

    /** A batch line had no size limit: an endless line ended in OutOfMemoryError. */
    @Test
    void aLineOverOneMebibyteIsAnsweredWithAnErrorAndTheNextLineStillCounts() throws Exception {
        byte[] huge = ("{\"a\":\"" + "x".repeat(BatchLines.MAX_LINE) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(huge);
        in.write((VALID + "\n").getBytes(StandardCharsets.UTF_8));
        Result r = runBytes(in.toByteArray(), "assess", "--batch", "-");
        List<String> out = r.out().lines().toList();
        assertEquals(
                "{\"line\":1,\"errors\":[\"the line is longer than 1 MiB (" + (huge.length - 1)
                        + " bytes); it was skipped\"]}",
                out.get(0));
        assertTrue(out.get(1).startsWith("{\"schemaVersion\":1"), out.get(1));
    }

    /** Echoed values could print escape codes to the terminal and forge error: lines. */
    @Test
    void echoedValuesAreEscapedSoOneProblemIsOneLine() throws Exception {
        String forged = "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":\"\\u001b[2J\\nerror: all is well\"},"
                + "\"positions\":{\"SIDE\\nerror: forged\":1}}";
        Result r = run(forged, "assess", "-");
        assertEquals(2, r.status());
        for (String line : r.errLines()) {
            assertTrue(line.startsWith("error: "), line);
            assertFalse(line.contains("\u001b"), "no raw escape character: " + line);
        }
        assertTrue(r.err().contains("(got \"\\u001b[2J\\u000aerror: all is well\")"), r.err());
        assertEquals(2, r.errLines().size(), r.err());
        String longValue = "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":\"" + "y".repeat(5000)
                + "\"},\"positions\":{\"SIDE\":1}}";
        String err = run(longValue, "assess", "-").err();
        assertTrue(err.contains("\"" + "y".repeat(40) + "\u2026\""), err);
        assertTrue(err.length() < 200, err);
    }
}
