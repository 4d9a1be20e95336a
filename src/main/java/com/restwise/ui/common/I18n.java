package com.restwise.ui.common;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.Placeholders;
import com.restwise.engine.TextBundles;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/** Every text the desktop app shows, from the bundle {@code com.restwise.ui.messages}. */
public final class I18n {

    public static final String BUNDLE = "com.restwise.ui.messages";
    private final String lang;
    private final ResourceBundle bundle;

    public I18n(String lang) {
        this.lang = lang;
        this.bundle = TextBundles.withAdvice(BUNDLE, lang);
    }

    public String lang() {
        return lang;
    }

    public String get(String key, Object... args) {
        try {
            return Placeholders.fill(bundle.getString(key), args);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' for " + lang, e);
        }
    }

    /** A whole or one-decimal number in this language's style ("6.5" / "6,5"). */
    public String number(double value) {
        return EngineTexts.of(lang).number(value);
    }

    /** A whole amount, such as a price, in this language's style ("1,259" / "1.259"). */
    public String amount(double value) {
        return EngineTexts.of(lang).amount(value);
    }

    /** A day as this language writes it everywhere ("2 Nov 2026", "02.11.2026"). */
    public String date(java.time.LocalDate day) {
        return com.restwise.engine.EngineTexts.of(lang).date(day);
    }

    public Set<String> keys() {
        return bundle.keySet();
    }
}
