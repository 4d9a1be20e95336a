package com.restwise.records.practice;

import com.restwise.engine.TextBundles;
import com.restwise.records.StoreException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

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
        ResourceBundle bundle = TextBundles.load(BUNDLE, lang);
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof RecordKind kind) {
                shown[i] = bundle.containsKey(kind.key()) ? bundle.getString(kind.key()) : kind.name();
            }
        }
        return new MessageFormat(bundle.getString(key), Locale.forLanguageTag(lang)).format(shown);
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
