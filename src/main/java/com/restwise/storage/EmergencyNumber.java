package com.restwise.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The telephone number for an ambulance, by country. An urgent result names the number to call,
 * so it must be the one that works where the user is: the setting is a country, first guessed
 * from the system locale, because only the country tells what a number means (111 is New
 * Zealand's emergency number but the United Kingdom's line for what is not an emergency). 112
 * reaches the emergency services in the whole EU and many other countries, so it is the number
 * for a country the table does not name ({@link #ELSEWHERE}).
 */
public final class EmergencyNumber {

    public static final String DEFAULT = "112";

    /** ISO 3166's code for an unknown country: anywhere the table does not name, where 112 is tried. */
    public static final String ELSEWHERE = "ZZ";

    private static final Pattern VALID = Pattern.compile("\\d{2,6}");

    /** The countries the setting offers (ISO 3166 alpha-2) and their ambulance number. */
    private static final Map<String, String> BY_COUNTRY = new LinkedHashMap<>();

    static {
        // 112 answers for an ambulance across the EU and EEA, and in these countries besides
        for (String country : List.of(
                "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
                "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "IN", "TR")) {
            BY_COUNTRY.put(country, DEFAULT);
        }
        BY_COUNTRY.putAll(Map.ofEntries(
                Map.entry("US", "911"),
                Map.entry("CA", "911"),
                Map.entry("MX", "911"),
                Map.entry("GB", "999"),
                Map.entry("HK", "999"),
                Map.entry("MY", "999"),
                Map.entry("AU", "000"),
                Map.entry("NZ", "111"),
                Map.entry("JP", "119"),
                Map.entry("KR", "119"),
                Map.entry("TW", "119"),
                Map.entry("CN", "120"),
                Map.entry("SG", "995"),
                Map.entry("BR", "192"),
                Map.entry("IL", "101"),
                Map.entry("CH", "144"),
                Map.entry("ZA", "10177")));
    }

    /**
     * Where a number saved before the setting named a country most likely came from, when the
     * system's own country does not use it: 999 was chosen in the United Kingdom far more than in
     * Hong Kong or Malaysia.
     */
    private static final Map<String, String> HOME_OF = Map.ofEntries(
            Map.entry("911", "US"),
            Map.entry("999", "GB"),
            Map.entry("000", "AU"),
            Map.entry("111", "NZ"),
            Map.entry("119", "JP"),
            Map.entry("120", "CN"),
            Map.entry("995", "SG"),
            Map.entry("192", "BR"),
            Map.entry("101", "IL"),
            Map.entry("144", "CH"),
            Map.entry("10177", "ZA"));

    private EmergencyNumber() {}

    /** The countries offered, in the table's order, and {@link #ELSEWHERE} last. */
    public static List<String> countries() {
        List<String> all = new ArrayList<>(BY_COUNTRY.keySet());
        all.add(ELSEWHERE);
        return List.copyOf(all);
    }

    /** Whether the code is one the setting offers. */
    public static boolean isCountry(String code) {
        return ELSEWHERE.equals(code) || BY_COUNTRY.containsKey(code);
    }

    /** The ambulance number of a country offered; 112 elsewhere. */
    public static String number(String country) {
        return BY_COUNTRY.getOrDefault(country, DEFAULT);
    }

    /** The system's country when the table names it, else {@link #ELSEWHERE}. */
    public static String guess(Locale system) {
        String country = system.getCountry().toUpperCase(Locale.ROOT);
        return BY_COUNTRY.containsKey(country) ? country : ELSEWHERE;
    }

    /** The number for the locale's country, or 112 when the country is unknown or not in the table. */
    public static String forLocale(Locale locale) {
        return number(guess(locale));
    }

    /**
     * The country for a number saved before the setting named one: the system's country when it
     * uses that number, else the country the number belongs to (999: the United Kingdom), and 112
     * anywhere else. A number the table does not know (only a file edited by hand can hold one)
     * gives the system's country.
     */
    public static String countryOf(String savedNumber, Locale system) {
        String home = guess(system);
        if (number(home).equals(savedNumber)) {
            return home;
        }
        if (HOME_OF.containsKey(savedNumber)) {
            return HOME_OF.get(savedNumber);
        }
        return DEFAULT.equals(savedNumber) ? ELSEWHERE : home;
    }

    /** Whether a setting read from a file can be shown as a number to call: 2 to 6 digits. */
    public static boolean isValid(String number) {
        return number != null && VALID.matcher(number).matches();
    }

    /**
     * The country by name in a language, as the setting and the report both name it ("United
     * Kingdom", "Vereinigtes Königreich"), or {@code another} for a country the table lacks.
     */
    public static String countryName(String country, Locale language, String another) {
        return ELSEWHERE.equals(country) ? another : new Locale("", country).getDisplayCountry(language);
    }
}
