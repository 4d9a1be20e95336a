package com.restwise.engine;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every sentence the engine writes, from the resource bundle {@code engine-texts} in the
 * requested language. Placeholders are {@code {0}}, {@code {1}}...; this is plain
 * substitution rather than {@code MessageFormat}, so an apostrophe in a sentence needs no
 * escaping and formatting costs no pattern parsing on the batch path.
 */
public final class EngineTexts {

    public static final List<String> LANGUAGES = List.of("en", "de");
    private static final String BUNDLE = "com.restwise.engine.engine-texts";
    private static final Map<String, EngineTexts> CACHE = new ConcurrentHashMap<>();

    private final String lang;
    private final ResourceBundle bundle;
    private final DecimalFormatSymbols symbols;

    private EngineTexts(String lang) {
        this.lang = lang;
        Locale locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle(BUNDLE, "en".equals(lang) ? Locale.ROOT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.symbols = DecimalFormatSymbols.getInstance(locale);
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
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
                out.append(args[pattern.charAt(i + 1) - '0']);
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A number as a person reads it: at most one decimal, none when whole, in the language's style. */
    public String number(double value) {
        DecimalFormat format = new DecimalFormat("0.#", symbols);
        return format.format(value);
    }

    /** A share as a whole percentage. */
    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
