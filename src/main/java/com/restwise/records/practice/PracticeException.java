package com.restwise.records.practice;

import com.restwise.engine.TextBundles;
import com.restwise.records.StoreException;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The practice database refused something or could not be asked. Like every
 * {@link StoreException} it says why in words a person can act on, in English by
 * {@link #getMessage()} and in the app's language by {@link #message(String)}.
 */
public class PracticeException extends StoreException {

    private static final String BUNDLE = "com.restwise.records.practice.practice-texts";

    private final String key;
    private final Object[] args;

    public PracticeException(String key, Object[] args, Throwable cause) {
        super("records.failed", new Object[] {"", ""}, cause);
        this.key = key;
        this.args = args.clone();
    }

    public PracticeException(String key, Object... args) {
        this(key, args, null);
    }

    static String text(String lang, String key, Object... args) {
        String pattern = TextBundles.load(BUNDLE, lang).getString(key);
        return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }

    @Override
    public String getMessage() {
        return text("en", key, args);
    }

    @Override
    public String message(String lang) {
        return text(lang, key, args);
    }

    @Override
    public String key() {
        return key;
    }
}
