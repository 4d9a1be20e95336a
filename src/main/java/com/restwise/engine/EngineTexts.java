package com.restwise.engine;

import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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
    private final char decimalSeparator;

    private EngineTexts(String lang) {
        this.lang = lang;
        Locale locale = Locale.forLanguageTag(lang);
        this.bundle = TextBundles.load(BUNDLE, lang);
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
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
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing engine text '" + key + "' for " + lang, e);
        }
        return Placeholders.fill(pattern, args);
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

    /** A share as a whole percentage: "85%" in English, "85 %" in German. */
    public String percent(double share) {
        return Math.round(share * 100) + text("percent.sign");
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
