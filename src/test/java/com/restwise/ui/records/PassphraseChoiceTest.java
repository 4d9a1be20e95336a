package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** The export's choice: protected unless the person deliberately chooses otherwise, typed twice. */
class PassphraseChoiceTest {

    private final PassphraseChoice choice = new PassphraseChoice(new I18n("en"));

    @Test
    void protectionIsTheDefaultAndNeedsAPassphraseTypedTwice() {
        assertTrue(choice.protect().get(), "recommended, so chosen at first");
        assertFalse(choice.ready().get(), "no passphrase yet");
        choice.passphrase().set("short");
        assertEquals("Use at least 8 characters.", choice.problem().get());
        choice.passphrase().set("correct horse");
        choice.again().set("correct hors");
        assertEquals("", choice.problem().get(), "still typing the repeat");
        assertFalse(choice.ready().get());
        choice.again().set("correct hose");
        assertEquals("The two passphrases differ.", choice.problem().get());
        assertFalse(choice.ready().get());
        choice.again().set("correct horse");
        assertEquals("", choice.problem().get());
        assertTrue(choice.ready().get());
        assertArrayEquals("correct horse".toCharArray(), choice.chosen());
    }

    @Test
    void aShortRepeatIsAMismatchOnceThePersonMovesOn() {
        choice.passphrase().set("correct horse battery");
        choice.again().set("correct horse");
        assertEquals("", choice.problem().get(), "still typing");
        choice.againLeft().set(true);
        assertEquals(
                new I18n("en").get("records.export.mismatch"),
                choice.problem().get(),
                "left unfinished: said, not just a greyed-out Export");
        choice.again().set("correct horse battery");
        assertEquals("", choice.problem().get());
        assertTrue(choice.ready().get());
    }

    @Test
    void aPlainExportIsADeliberateChoiceWithNoPassphrase() {
        choice.passphrase().set("abc");
        choice.protect().set(false);
        assertTrue(choice.ready().get());
        assertEquals("", choice.problem().get(), "a half-typed passphrase does not matter any more");
        assertNull(choice.chosen());
    }

    @Test
    void theGermanTextsSayTheSame() {
        PassphraseChoice de = new PassphraseChoice(new I18n("de"));
        de.passphrase().set("kurz");
        assertEquals("Verwenden Sie mindestens 8 Zeichen.", de.problem().get());
    }
}
