package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static String problem(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StrictJson.parse(text));
        assertEquals(1, e.problems().size());
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "comment       | {\"a\":1 /* no */}",
            "line comment  | {\"a\":1} // no",
            "single quotes | {'a':1}",
            "NaN           | {\"a\":NaN}",
            "Infinity      | {\"a\":Infinity}",
            "unquoted name | {a:1}",
            "hash comment  | # hi\n{}"})
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
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StrictJson.readText(new ByteArrayInputStream(big)));
        assertEquals("the document is larger than 1 MiB", e.problems().get(0));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] latin1 = "{\"name\":\"M\u00fcller\"}".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StrictJson.readText(new ByteArrayInputStream(latin1)));
        assertTrue(e.problems().get(0).contains("not UTF-8"));
    }

    @Test
    void numbersKeepTheTextTheyWereWrittenAs() throws Exception {
        assertEquals("1e308", StrictJson.parse("[1e308]").getAsJsonArray().get(0).getAsString());
    }
}
