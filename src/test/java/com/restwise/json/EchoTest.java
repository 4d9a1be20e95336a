package com.restwise.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void controlAndDirectionCharactersAreWrittenAsEscapes() {
        assertEquals("\"\\u001b[31mred\\u000aerror: forged\"", Echo.quote("\u001b[31mred\nerror: forged"));
        assertEquals("\"abc\\u202egnp.exe\"", Echo.quote("abc\u202Egnp.exe"));
        assertEquals("\"tag \\udb40\\udc01\"", Echo.quote("tag \uDB40\uDC01"), "a supplementary format character");
        assertEquals("\"say \\\"hi\\\"\"", Echo.quote("say \"hi\""));
    }

    @Test
    void longValuesAreCutWithAnEllipsisKeepingCharactersWhole() {
        assertEquals("\"" + "ab".repeat(20) + "\u2026\"", Echo.quote("ab".repeat(1000)));
        assertEquals("\uD83D\uDE00\uD83D\uDE00\u2026", Echo.escape("\uD83D\uDE00".repeat(5), 2));
        assertEquals("Zoë", Echo.escape("Zoë", 40));
    }
}
