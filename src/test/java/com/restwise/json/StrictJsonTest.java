package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    private static String problem(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.parse(text));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "comment       | {\"a\":1 /* no */}",
                "line comment  | {\"a\":1} // no",
                "single quotes | {'a':1}",
                "NaN           | {\"a\":NaN}",
                "Infinity      | {\"a\":Infinity}",
                "unquoted name | {a:1}",
                "hash comment  | # hi\n{}"
            })
    void nonStrictJsonIsRefusedWithItsPosition(String what, String text) {
        String p = problem(text.replace("\\n", "\n"));
        assertTrue(p.contains("not strict JSON") || p.contains("not valid JSON") || p.contains("after the end"), p);
        assertTrue(p.startsWith("at line "), p);
    }

    @Test
    void truncatedTextSaysItEndsTooEarly() {
        assertTrue(problem("{\"schemaVersion\":1,\"sleeper\":{").contains("ends too early"));
    }

    @Test
    void emptyAndNonJsonText() {
        assertTrue(problem("").contains("empty"));
        assertTrue(problem("   \n").contains("empty"));
        String p = problem("hello");
        assertTrue(p.contains("not strict JSON") || p.contains("not valid JSON"), p);
    }

    @Test
    void trailingTextAfterTheDocumentIsRefused() {
        assertTrue(problem("{} {}").contains("after the end"), problem("{} {}"));
    }

    @Test
    void tenThousandLevelsOfNestingAreRefusedWithoutAStackOverflow() {
        assertTrue(problem("[".repeat(10_000) + "]".repeat(10_000)).contains("nested deeper than 64 levels"));
        assertTrue(problem("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).contains("nested deeper than 64"));
    }

    @Test
    void sixtyFourLevelsAreAllowed() throws Exception {
        StrictJson.parse("[".repeat(64) + "]".repeat(64));
        assertTrue(problem("[".repeat(65) + "]".repeat(65)).contains("nested deeper"));
    }

    @Test
    void aDuplicateNameIsRefused() {
        assertTrue(problem("{\"a\":1,\"a\":2}").contains("\"a\" appears twice"));
    }

    @Test
    void documentsOverOneMebibyteAreRefused() {
        byte[] big = ("{\"a\":\"" + "x".repeat(StrictJson.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> StrictJson.readText(new ByteArrayInputStream(big)));
        assertEquals("the document is larger than 1 MiB", e.problems().get(0));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] latin1 = "{\"name\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> StrictJson.readText(new ByteArrayInputStream(latin1)));
        assertTrue(e.problems().get(0).contains("not UTF-8"));
    }

    @Test
    void numbersKeepTheTextTheyWereWrittenAs() throws Exception {
        assertEquals(
                "1e308", StrictJson.parse("[1e308]").getAsJsonArray().get(0).getAsString());
    }

    /** Gson's reader called a number of more than 1024 digits "not strict JSON". */
    @Test
    void anyNumberTheGrammarAllowsIsANumberAndItsFieldSaysItIsOutOfRange() throws Exception {
        String digits = "1234567890".repeat(200);
        assertEquals(
                digits,
                StrictJson.parse("[" + digits + "]").getAsJsonArray().get(0).getAsString());
        assertEquals(
                "-" + digits + ".5e-" + digits,
                StrictJson.parse("[-" + digits + ".5e-" + digits + "]")
                        .getAsJsonArray()
                        .get(0)
                        .getAsString());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ProfileReader()
                .read(StrictJson.parse("{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":" + digits + "},"
                        + "\"positions\":{\"SIDE\":1}}")));
        assertTrue(
                e.problems()
                        .contains(
                                "sleeper.weightKg: must be between 30 and 300 (got 1234567890123456789012345678901234567890\u2026)"),
                e.problems().toString());
    }

    @Test
    void numbersThatBreakTheGrammarAreStillRefused() {
        for (String bad : new String[] {"[01]", "[1.]", "[.5]", "[1e]", "[+1]", "[-]", "[1x]", "[0x10]"}) {
            String p = problem(bad);
            assertTrue(
                    p.startsWith("at line 1, column ") && (p.contains("not valid JSON") || p.contains("not strict")),
                    bad + ": " + p);
        }
    }

    @Test
    void escapesAndControlCharactersInStrings() throws Exception {
        assertEquals(
                "a\"b\\c/\n\u00e9\ud83d\ude00",
                StrictJson.parse("[\"a\\\"b\\\\c\\/\\n\\u00e9\\ud83d\\ude00\"]")
                        .getAsJsonArray()
                        .get(0)
                        .getAsString());
        assertTrue(problem("[\"a\u0001\"]").contains("control character"), problem("[\"a\u0001\"]"));
        assertTrue(problem("[\"\\x\"]").contains("unknown escape"));
    }
}
