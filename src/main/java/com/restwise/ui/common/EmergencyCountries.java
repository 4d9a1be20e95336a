package com.restwise.ui.common;

import com.restwise.storage.EmergencyNumber;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The emergency-number setting's choices as a person reads them, "United Kingdom: 999", in the
 * app's language and in the order of their names, with "Another country: 112" last.
 */
public final class EmergencyCountries {

    private final I18n i18n;
    private final Locale language;

    public EmergencyCountries(I18n i18n) {
        this.i18n = i18n;
        this.language = Locale.forLanguageTag(i18n.lang());
    }

    /** "Emergency number – United Kingdom: 999", as an urgent result says it. */
    public String emergencyLine(String country) {
        return i18n.get("emergency.number", name(country), EmergencyNumber.number(country));
    }

    /** "United Kingdom: 999", "Vereinigtes Königreich: 999". */
    public String label(String country) {
        return i18n.get("settings.emergency.choice", name(country), EmergencyNumber.number(country));
    }

    public String name(String country) {
        return EmergencyNumber.countryName(country, language, i18n.get("emergency.elsewhere"));
    }

    /** Every country offered, by name as this language sorts them ("Österreich" with the O's). */
    public List<String> byName() {
        Collator collator = Collator.getInstance(language);
        List<String> named = new ArrayList<>(EmergencyNumber.countries());
        named.remove(EmergencyNumber.ELSEWHERE);
        named.sort(Comparator.comparing(this::name, collator));
        named.add(EmergencyNumber.ELSEWHERE);
        return List.copyOf(named);
    }
}
