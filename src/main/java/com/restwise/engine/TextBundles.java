package com.restwise.engine;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Loads a text bundle in one of the app's languages. English is the base file; a language
 * without its own file falls back to nothing but that base, never to the system locale.
 */
public final class TextBundles {

    /**
     * What the window and the PDF report both say about the advice (headings, the verdicts, the
     * firmness words, the shop line, the medical headings): each text once, read through
     * {@link #withAdvice} by the app's, the report's and the engine's texts.
     */
    public static final String ADVICE = "com.restwise.engine.advice-texts";

    private TextBundles() {}

    /**
     * A bundle together with the shared {@link #ADVICE} texts. No key is in both (BundleParityTest),
     * so the order never decides which text is shown.
     */
    public static ResourceBundle withAdvice(String baseName, String lang) {
        return new Joined(List.of(load(baseName, lang), load(ADVICE, lang)));
    }

    public static ResourceBundle load(String baseName, String lang) {
        return ResourceBundle.getBundle(
                baseName,
                "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Several bundles read as one: a key's text is the first bundle's that has it. */
    private static final class Joined extends ResourceBundle {
        private final List<ResourceBundle> parts;

        Joined(List<ResourceBundle> parts) {
            this.parts = parts;
        }

        @Override
        protected Object handleGetObject(String key) {
            for (ResourceBundle part : parts) {
                if (part.containsKey(key)) {
                    return part.getObject(key);
                }
            }
            return null;
        }

        @Override
        protected Set<String> handleKeySet() {
            Set<String> keys = new LinkedHashSet<>();
            parts.forEach(part -> keys.addAll(part.keySet()));
            return keys;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(handleKeySet());
        }
    }
}
