package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PracticeMessagesTest {

    @Test
    void aStaleChangeNamesWhatItWasAboutInTheReadersLanguage() {
        StaleChangeException stale = new StaleChangeException("client", 4, null);
        assertTrue(stale.message("de").startsWith("Dieser Eintrag (Klient) wurde inzwischen"), stale.message("de"));
        assertFalse(stale.message("de").contains("client"), stale.message("de"));
        assertTrue(stale.getMessage().startsWith("This client was changed on another computer"), stale.getMessage());
    }

    @Test
    void aVanishedConsultationIsABeratungInGerman() {
        PracticeException gone = new PracticeException("practice.gone", new RecordKind("consultation"));
        assertEquals(
                "Dieser Eintrag (Beratung) ist nicht mehr in den Praxisakten: Er wurde gelöscht, "
                        + "oder Sie dürfen ihn nicht mehr sehen.",
                gone.message("de"));
    }
}
