package com.restwise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.EngineTexts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text the user can see exists in every language, with the same placeholders: the app's
 * (ui), the report's and the engine's bundles. A key in one language and not in another fails
 * here, naming the bundle, the language and the key.
 */
class BundleParityTest {

    static final List<String> BUNDLES = List.of(
            "com.restwise.ui.messages",
            "com.restwise.report.report-texts",
            "com.restwise.engine.engine-texts",
            "com.restwise.storage.storage-texts",
            "com.restwise.records.records-texts",
            "com.restwise.records.practice.practice-texts");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Set<String> english = BundleFiles.keys(bundle, "en");
            for (String lang : EngineTexts.LANGUAGES) {
                Set<String> keys = BundleFiles.keys(bundle, lang);
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(english);
                if (!missing.isEmpty()) {
                    problems.add(bundle + " (" + lang + ") lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(bundle + " (" + lang + ") has keys English lacks: " + extra);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTranslationFillsTheSamePlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties english = BundleFiles.texts(bundle, "en");
            for (String lang : EngineTexts.LANGUAGES) {
                Properties texts = BundleFiles.texts(bundle, lang);
                for (String key : english.stringPropertyNames()) {
                    String translated = texts.getProperty(key);
                    if (translated != null
                            && !placeholders(english.getProperty(key)).equals(placeholders(translated))) {
                        problems.add(bundle + " (" + lang + ") " + key);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "placeholders differ: " + problems);
    }

    @Test
    void noTextHasADoubleSpaceOrAStrayCode() throws IOException {
        List<String> problems = new ArrayList<>();
        Pattern code = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
        for (String bundle : BUNDLES) {
            for (String lang : EngineTexts.LANGUAGES) {
                Properties texts = BundleFiles.texts(bundle, lang);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    // two spaces separate the parts of a shares line ("Side 60%  ·  Back 40%") on purpose
                    if (text.replace("  ·  ", " · ").contains("  ")
                            || code.matcher(text).find()) {
                        problems.add(bundle + " (" + lang + ") " + key + ": " + text);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
