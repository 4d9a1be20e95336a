package com.restwise.engine;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads a text bundle in one of the app's languages. English is the base file; a language
 * without its own file falls back to nothing but that base, never to the system locale.
 */
public final class TextBundles {

    private TextBundles() {}

    public static ResourceBundle load(String baseName, String lang) {
        return ResourceBundle.getBundle(
                baseName,
                "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
