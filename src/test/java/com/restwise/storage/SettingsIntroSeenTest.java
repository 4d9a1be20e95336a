package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the first-run note was shown: remembered, and absent from files written before it existed. */
class SettingsIntroSeenTest {

    @TempDir
    Path dir;

    @Test
    void aFileFromBeforeTheNoteStillReadsAndHasNotSeenIt() throws Exception {
        Files.writeString(
                dir.resolve(SettingsStore.FILE),
                """
                {"language": "de", "weightUnit": "LB", "heightUnit": "IN", "theme": "DARK", "textSize": "LARGEST"}
                """);
        SettingsStore store = new SettingsStore(dir, Locale.UK);
        Settings s = store.load();
        assertEquals(
                new Settings(
                        "de",
                        Settings.WeightUnit.LB,
                        Settings.HeightUnit.IN,
                        Settings.Theme.DARK,
                        Settings.TextSize.LARGEST,
                        EmergencyNumber.guess(Locale.UK),
                        false),
                s);
        assertTrue(store.notice().isEmpty(), "an older file is not a damaged one");
    }

    @Test
    void seenIsRememberedAndSurvivesEveryOtherChange() throws Exception {
        SettingsStore store = new SettingsStore(dir, Locale.UK);
        assertFalse(store.load().introSeen(), "a first run");
        Settings seen = store.load().withIntroSeen(true);
        store.save(seen.withLanguage("de")
                .withTheme(Settings.Theme.DARK)
                .withTextSize(Settings.TextSize.LARGE)
                .withWeightUnit(Settings.WeightUnit.LB)
                .withHeightUnit(Settings.HeightUnit.IN));
        assertTrue(store.load().introSeen());
        assertEquals("de", store.load().language());
    }

    @Test
    void aValueThatIsNotTrueOrFalseCountsAsNotSeen() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"language\": \"en\", \"introSeen\": \"yes\"}");
        assertFalse(new SettingsStore(dir, Locale.UK).load().introSeen());
    }
}
