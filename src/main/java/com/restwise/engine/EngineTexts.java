package com.restwise.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence the engine writes, from the resource bundle {@code engine-texts} in the
 * requested language, with {@link Placeholders} filled in.
 */
public final class EngineTexts {

    public static final List<String> LANGUAGES = List.of("en", "de");
    private static final String BUNDLE = "com.restwise.engine.engine-texts";
    private static final Map<String, EngineTexts> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final ResourceBundle bundle;
    /** Every sentence compiled once: a bundle lookup and a character-by-character fill per call cost more than the rules. */
    private final Map<String, Placeholders.Template> templates = new HashMap<>();
    /**
     * The number style is the bundle's, like its words, not the JDK's locale data: that data
     * depends on the runtime (a trimmed installed runtime, its start-up archive, the system's
     * locale providers), and a German sentence must never carry an English "5.5".
     */
    private final String decimalSeparator;

    private final String thousandsSeparator;
    private final DateTimeFormatter dates;

    private EngineTexts(String lang) {
        this.lang = lang;
        this.bundle = TextBundles.withAdvice(BUNDLE, lang);
        for (String key : bundle.keySet()) {
            templates.put(key, Placeholders.compile(bundle.getString(key)));
        }
        this.decimalSeparator = text("number.decimal");
        this.thousandsSeparator = text("number.thousands");
        // English month names are in every runtime's base module; German dates are all digits
        this.dates = DateTimeFormatter.ofPattern(text("date.pattern"), Locale.forLanguageTag(lang));
    }

    /** The texts for a language of {@link #LANGUAGES}. */
    public static EngineTexts of(String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException("unsupported language: " + lang);
        }
        return CACHE.computeIfAbsent(lang, EngineTexts::new);
    }

    public String lang() {
        return lang;
    }

    public String text(String key, Object... args) {
        Placeholders.Template template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("missing engine text '" + key + "' for " + lang);
        }
        return template.fill(args);
    }

    /**
     * A number as a person reads it: at most one decimal, none when whole, with the language's
     * decimal separator. Written out by hand because a {@code DecimalFormat} per call cost more
     * than the rest of an assessment, and a shared one is not thread-safe.
     */
    public String number(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        long decimal = abs % 10;
        return decimal == 0 ? sign + whole : sign + whole + decimalSeparator + decimal;
    }

    /** A whole amount, such as a price, with the language's thousands separator: "1,259" / "1.259". */
    public String amount(double value) {
        long whole = Math.round(value);
        String digits = Long.toString(Math.abs(whole));
        StringBuilder out = new StringBuilder(whole < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(thousandsSeparator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /**
     * A day as this language writes it everywhere, in the app and in the report: "23 Nov 2026",
     * "23.11.2026". One pattern per language, from the bundle, whatever the computer's region.
     */
    public String date(LocalDate day) {
        return dates.format(day);
    }

    /** A distance on the firmness scale with its unit, singular for exactly 1: "1 step", "1.5 steps". */
    public String steps(double value) {
        String n = number(value);
        return n.equals("1") ? text("unit.step.one") : text("unit.steps", n);
    }

    /** A share as a whole percentage: "85%" in English, "85 %" in German. */
    public String percent(double share) {
        return Math.round(share * 100) + text("percent.sign");
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
