package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.EmergencyNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emergency setting's choices read as a country and its number, in the app's language. */
class EmergencyCountriesTest {

    @Test
    void eachChoiceIsACountryAndItsNumber() {
        EmergencyCountries en = new EmergencyCountries(new I18n("en"));
        assertEquals("United Kingdom: 999", en.label("GB"));
        assertEquals("New Zealand: 111", en.label("NZ"));
        assertEquals("Germany: 112", en.label("DE"));
        assertEquals("Another country: 112", en.label(EmergencyNumber.ELSEWHERE));
        EmergencyCountries de = new EmergencyCountries(new I18n("de"));
        assertEquals("Vereinigtes Königreich: 999", de.label("GB"));
        assertEquals("Ein anderes Land: 112", de.label(EmergencyNumber.ELSEWHERE));
    }

    @Test
    void theCountriesAreInTheOrderOfTheirNamesWithAnotherCountryLast() {
        for (String lang : List.of("en", "de")) {
            EmergencyCountries countries = new EmergencyCountries(new I18n(lang));
            List<String> byName = countries.byName();
            assertEquals(EmergencyNumber.countries().size(), byName.size());
            assertEquals(EmergencyNumber.ELSEWHERE, byName.get(byName.size() - 1));
            List<String> named = byName.subList(0, byName.size() - 1);
            for (int i = 1; i < named.size(); i++) {
                assertTrue(
                        java.text.Collator.getInstance(java.util.Locale.forLanguageTag(lang))
                                        .compare(countries.name(named.get(i - 1)), countries.name(named.get(i)))
                                < 0,
                        lang + ": " + countries.name(named.get(i - 1)) + " before " + countries.name(named.get(i)));
            }
        }
        List<String> german = new EmergencyCountries(new I18n("de")).byName();
        assertTrue(
                german.indexOf("NO") < german.indexOf("AT") && german.indexOf("AT") < german.indexOf("PL"),
                "Österreich sorts with the O's: " + german);
    }
}
