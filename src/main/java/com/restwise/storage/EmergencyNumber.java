package com.restwise.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The telephone number for an ambulance, by country. An urgent result names the number to call,
 * so it must be the one that works where the user is: a setting, first guessed from the system
 * locale. 112 reaches the emergency services in the whole EU and many other countries, so it is
 * the fallback for a country the table does not name.
 */
public final class EmergencyNumber {

    public static final String DEFAULT = "112";

    /** The numbers the settings offer at one click; any other valid number is kept as well. */
    public static final List<String> COMMON = List.of("112", "911", "999", "000", "111", "119");

    private static final Pattern VALID = Pattern.compile("\\d{2,6}");

    /** Countries whose ambulance number is not 112 (ISO 3166 alpha-2). */
    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("US", "911"), Map.entry("CA", "911"), Map.entry("MX", "911"),
            Map.entry("GB", "999"), Map.entry("HK", "999"), Map.entry("MY", "999"),
            Map.entry("AU", "000"), Map.entry("NZ", "111"),
            Map.entry("JP", "119"), Map.entry("KR", "119"), Map.entry("TW", "119"),
            Map.entry("CN", "120"), Map.entry("SG", "995"), Map.entry("BR", "192"),
            Map.entry("IL", "101"), Map.entry("CH", "144"), Map.entry("ZA", "10177"));

    private EmergencyNumber() {
    }

    /** The number for the locale's country, or 112 when the country is unknown or not in the table. */
    public static String forLocale(Locale locale) {
        return BY_COUNTRY.getOrDefault(locale.getCountry().toUpperCase(Locale.ROOT), DEFAULT);
    }

    /** The common numbers, and the chosen one after them when it is another. */
    public static List<String> offered(String chosen) {
        if (COMMON.contains(chosen)) {
            return COMMON;
        }
        List<String> all = new ArrayList<>(COMMON);
        all.add(chosen);
        return List.copyOf(all);
    }

    /** Whether a setting read from a file can be shown as a number to call: 2 to 6 digits. */
    public static boolean isValid(String number) {
        return number != null && VALID.matcher(number).matches();
    }
}
