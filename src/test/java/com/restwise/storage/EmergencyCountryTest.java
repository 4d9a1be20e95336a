package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emergency number is chosen by country, because only the country tells what a number
 * means; settings saved when it was a bare number keep working.
 */
class EmergencyCountryTest {

    @TempDir
    Path dir;

    private static final Locale NEW_ZEALAND = Locale.forLanguageTag("en-NZ");

    @Test
    void theCountryIsGuessedFromTheSystemAndGivesItsNumber() {
        assertEquals("GB", Settings.defaults(Locale.UK).emergencyCountry());
        assertEquals("999", Settings.defaults(Locale.UK).emergencyNumber());
        assertEquals("NZ", Settings.defaults(NEW_ZEALAND).emergencyCountry());
        assertEquals("111", Settings.defaults(NEW_ZEALAND).emergencyNumber());
        assertEquals("DE", Settings.defaults(Locale.GERMANY).emergencyCountry());
        assertEquals(
                EmergencyNumber.ELSEWHERE, Settings.defaults(Locale.ENGLISH).emergencyCountry(), "no country");
        assertEquals("112", Settings.defaults(Locale.ENGLISH).emergencyNumber());
        assertEquals(
                EmergencyNumber.ELSEWHERE,
                Settings.defaults(Locale.forLanguageTag("ar-EG")).emergencyCountry(),
                "a country the table does not name");
    }

    @Test
    void aBareNumberSavedBeforeCountriesGetsTheCountryItBelongsTo() {
        assertEquals(
                "DE",
                EmergencyNumber.countryOf("112", Locale.GERMANY),
                "the system's country, when it uses the number");
        assertEquals("GB", EmergencyNumber.countryOf("999", Locale.UK));
        assertEquals(
                "HK", EmergencyNumber.countryOf("999", Locale.forLanguageTag("zh-HK")), "999 in Hong Kong stays there");
        assertEquals(
                "GB", EmergencyNumber.countryOf("999", Locale.GERMANY), "999 chosen elsewhere: the United Kingdom");
        assertEquals(
                "NZ",
                EmergencyNumber.countryOf("111", Locale.UK),
                "111 is New Zealand's emergency number, and now says so: in the UK it is not one");
        assertEquals("US", EmergencyNumber.countryOf("911", Locale.GERMANY));
        assertEquals("AU", EmergencyNumber.countryOf("000", Locale.US));
        assertEquals("JP", EmergencyNumber.countryOf("119", Locale.FRANCE));
        assertEquals(
                EmergencyNumber.ELSEWHERE,
                EmergencyNumber.countryOf("112", Locale.US),
                "112 chosen on an American system: a 112 country, not the United States");
        assertEquals("FR", EmergencyNumber.countryOf("15", Locale.FRANCE), "a number only a hand-edited file holds");
        for (String number : new String[] {"112", "911", "999", "000", "111", "119"}) {
            for (Locale system : new Locale[] {Locale.GERMANY, Locale.UK, Locale.US, NEW_ZEALAND, Locale.JAPAN}) {
                assertEquals(
                        number,
                        EmergencyNumber.number(EmergencyNumber.countryOf(number, system)),
                        "the number once chosen is still the one given: " + number + " on " + system);
            }
        }
    }

    @Test
    void anOlderSettingsFileIsReadAndTheNewOneStillTellsAnOlderRestwiseTheNumber() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"language\": \"en\", \"emergencyNumber\": \"999\"}");
        SettingsStore store = new SettingsStore(dir, Locale.GERMANY);
        Settings old = store.load();
        assertEquals("GB", old.emergencyCountry());
        assertEquals("999", old.emergencyNumber());
        assertTrue(store.notice().isEmpty(), "an older file is not a damaged one");
        store.save(old.withEmergencyCountry("NZ"));
        String saved = Files.readString(dir.resolve(SettingsStore.FILE));
        assertTrue(
                saved.contains("\"emergencyCountry\": \"NZ\"") && saved.contains("\"emergencyNumber\": \"111\""),
                saved);
        assertEquals("NZ", new SettingsStore(dir, Locale.GERMANY).load().emergencyCountry());
    }

    @Test
    void aDamagedCountryFallsBackToTheNumberThenToTheSystem() throws Exception {
        Files.writeString(
                dir.resolve(SettingsStore.FILE), "{\"emergencyCountry\": \"Narnia\", \"emergencyNumber\": \"911\"}");
        assertEquals("US", new SettingsStore(dir, Locale.GERMANY).load().emergencyCountry());
        Files.writeString(dir.resolve(SettingsStore.FILE), "{\"emergencyCountry\": 44}");
        assertEquals("GB", new SettingsStore(dir, Locale.UK).load().emergencyCountry());
    }

    @Test
    void everyCountryOfferedHasANumberToCall() {
        for (String country : EmergencyNumber.countries()) {
            assertTrue(EmergencyNumber.isValid(EmergencyNumber.number(country)), country);
            assertTrue(EmergencyNumber.isCountry(country), country);
        }
        assertEquals(
                EmergencyNumber.ELSEWHERE,
                EmergencyNumber.countries().get(EmergencyNumber.countries().size() - 1));
    }
}
