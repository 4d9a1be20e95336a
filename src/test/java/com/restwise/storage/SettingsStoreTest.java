package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path tmp;

    @Test
    void firstRunFollowsTheSystemLanguageWhenSupported() {
        assertEquals("de", new SettingsStore(tmp, Locale.GERMANY).load().language());
        assertEquals("en", new SettingsStore(tmp, Locale.FRANCE).load().language());
        assertEquals(
                Settings.WeightUnit.LB, new SettingsStore(tmp, Locale.US).load().weightUnit());
        assertEquals(
                Settings.WeightUnit.KG, new SettingsStore(tmp, Locale.UK).load().weightUnit());
    }

    @Test
    void savedSettingsAreRememberedInASmallJsonFileForTheOwnerOnly() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("data"), Locale.UK);
        Settings chosen = store.load()
                .withLanguage("de")
                .withWeightUnit(Settings.WeightUnit.LB)
                .withTheme(Settings.Theme.DARK)
                .withTextSize(Settings.TextSize.LARGEST);
        store.save(chosen);
        assertEquals(chosen, new SettingsStore(tmp.resolve("data"), Locale.UK).load());
        String json = Files.readString(store.file());
        assertTrue(json.contains("\"language\": \"de\"") && json.contains("\"weightUnit\": \"LB\""), json);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
    }

    @Test
    void aDamagedFileIsMovedAsideWithANoticeAndTheDefaultsAreUsed() throws Exception {
        Files.writeString(tmp.resolve("settings.json"), "{not json");
        SettingsStore store = new SettingsStore(tmp, Locale.UK);
        assertEquals(Settings.defaults(Locale.UK), store.load());
        assertTrue(
                store.notice().orElseThrow().contains("settings-damaged-"),
                store.notice().orElseThrow());
        try (var list = Files.list(tmp)) {
            assertEquals(
                    1,
                    list.filter(f -> f.getFileName().toString().startsWith("settings-damaged-"))
                            .count());
        }
    }

    /** Damaged copies used to overwrite each other under one fixed name. */
    @Test
    void aSecondDamagedFileNeverReplacesTheFirstCopy() throws Exception {
        for (String damage : new String[] {"{first", "{second", "{third"}) {
            Files.writeString(tmp.resolve("settings.json"), damage);
            new SettingsStore(tmp, Locale.UK).load();
        }
        try (var list = Files.list(tmp)) {
            List<String> kept = list.filter(f -> f.getFileName().toString().startsWith("settings-damaged-"))
                    .map(f -> {
                        try {
                            return Files.readString(f);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sorted()
                    .toList();
            assertEquals(List.of("{first", "{second", "{third"), kept);
        }
    }

    @Test
    void unknownValuesFallBackOneByOne() throws Exception {
        Files.writeString(tmp.resolve("settings.json"), "{\"language\":\"xx\",\"theme\":\"DARK\",\"weightUnit\":7}");
        Settings s = new SettingsStore(tmp, Locale.UK).load();
        assertEquals("en", s.language());
        assertEquals(Settings.Theme.DARK, s.theme());
        assertEquals(Settings.WeightUnit.KG, s.weightUnit());
    }

    @Test
    void theEmergencyNumberFollowsTheSystemsCountryAndIsRemembered() throws Exception {
        assertEquals("112", new SettingsStore(tmp, Locale.GERMANY).load().emergencyNumber());
        assertEquals("999", new SettingsStore(tmp, Locale.UK).load().emergencyNumber());
        assertEquals("911", new SettingsStore(tmp, Locale.US).load().emergencyNumber());
        assertEquals("911", new SettingsStore(tmp, Locale.CANADA).load().emergencyNumber());
        assertEquals(
                "000",
                new SettingsStore(tmp, Locale.forLanguageTag("en-AU")).load().emergencyNumber());
        assertEquals(
                "111",
                new SettingsStore(tmp, Locale.forLanguageTag("en-NZ")).load().emergencyNumber());
        assertEquals("119", new SettingsStore(tmp, Locale.JAPAN).load().emergencyNumber());
        assertEquals("112", new SettingsStore(tmp, Locale.ENGLISH).load().emergencyNumber(), "no country: 112");
        SettingsStore store = new SettingsStore(tmp.resolve("data"), Locale.GERMANY);
        store.save(store.load().withEmergencyCountry("GB"));
        assertEquals(
                "999",
                new SettingsStore(tmp.resolve("data"), Locale.GERMANY).load().emergencyNumber());
    }

    @Test
    void aSettingsFileFromBeforeTheNumberOrWithABadOneGetsTheSystemsNumber() throws Exception {
        Files.writeString(tmp.resolve("settings.json"), "{\"language\":\"de\"}");
        assertEquals("911", new SettingsStore(tmp, Locale.US).load().emergencyNumber());
        Files.writeString(tmp.resolve("settings.json"), "{\"emergencyNumber\":\"call me\"}");
        Settings s = new SettingsStore(tmp, Locale.UK).load();
        assertEquals("999", s.emergencyNumber());
    }

    @Test
    void thePracticeTheTherapistAndTheReportFolderAreRememberedAndAbsentUntilSet() throws Exception {
        SettingsStore store = new SettingsStore(tmp.resolve("data"), Locale.GERMANY);
        Settings fresh = store.load();
        assertEquals(ReportSettings.NONE, fresh.report());
        store.save(fresh);
        String json = Files.readString(store.file());
        assertTrue(
                !json.contains("practiceName") && !json.contains("therapistName") && !json.contains("reportFolder"),
                "never set: absent, not empty: " + json);

        Settings chosen = fresh.withReport(new ReportSettings(
                        "  Physio am Park ",
                        "Jana\nMeier",
                        tmp.resolve("Berichte").toString()))
                .withTheme(Settings.Theme.DARK);
        store.save(chosen);
        Settings again = new SettingsStore(tmp.resolve("data"), Locale.GERMANY).load();
        assertEquals(
                new ReportSettings(
                        "Physio am Park", "Jana Meier", tmp.resolve("Berichte").toString()),
                again.report(),
                "a name is one line, stripped");
        assertEquals(Settings.Theme.DARK, again.theme(), "the other settings stay");
        assertEquals(
                again.report(), again.withLanguage("en").withIntroSeen(true).report(), "kept through every change");

        store.save(again.withReport(again.report().withPractice("").withTherapist(null)));
        ReportSettings cleared =
                new SettingsStore(tmp.resolve("data"), Locale.GERMANY).load().report();
        assertEquals(new ReportSettings(null, null, tmp.resolve("Berichte").toString()), cleared);
    }

    @Test
    void aPastedPageIsCutToTheLongestNameKept() {
        String name = new ReportSettings("x".repeat(500), null, null).practice();
        assertEquals(ReportSettings.MAX_NAME, name.length());
    }
}
