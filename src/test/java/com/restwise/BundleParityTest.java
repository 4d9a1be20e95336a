package com.restwise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.TextBundles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            "com.restwise.engine.advice-texts",
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

    /** The bundles that show the advice: the window's, the report's, and the texts they share. */
    private static final List<String> SHOWING_THE_ADVICE =
            List.of("com.restwise.ui.messages", "com.restwise.report.report-texts", TextBundles.ADVICE);

    /**
     * Keys (bundle:key, or a prefix of them ending in ".") whose texts read the same as another
     * bundle's in every language but are not the same text, so each stays where it is.
     */
    private static final Set<String> ALIKE_ON_PURPOSE = Set.of(
            // the word under each whole step of the 1-10 scale (the mattress step, the help): steps 2
            // to 8 read like the range labels, but 1, 9 and 10 have words of their own
            "com.restwise.ui.messages:firmness.word.");

    /**
     * What the window and the report both say is written once, in {@link TextBundles#ADVICE}: a
     * text the same in every language in two of these bundles is one text kept twice, which
     * drifts apart with the next change to one of them ("Keep your mattress" in the window, an
     * older wording in the PDF).
     */
    @Test
    void noTextIsKeptTwiceForTheWindowAndTheReport() throws IOException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < SHOWING_THE_ADVICE.size(); i++) {
            for (int j = i + 1; j < SHOWING_THE_ADVICE.size(); j++) {
                String a = SHOWING_THE_ADVICE.get(i);
                String b = SHOWING_THE_ADVICE.get(j);
                Map<String, Properties> aTexts = new java.util.HashMap<>();
                Map<String, Properties> bTexts = new java.util.HashMap<>();
                for (String lang : EngineTexts.LANGUAGES) {
                    aTexts.put(lang, BundleFiles.texts(a, lang));
                    bTexts.put(lang, BundleFiles.texts(b, lang));
                }
                for (String aKey : BundleFiles.keys(a, "en")) {
                    for (String bKey : BundleFiles.keys(b, "en")) {
                        boolean same = EngineTexts.LANGUAGES.stream().allMatch(lang -> String.valueOf(
                                        aTexts.get(lang).getProperty(aKey))
                                .equals(bTexts.get(lang).getProperty(bKey)));
                        if (same && !alikeOnPurpose(a + ":" + aKey) && !alikeOnPurpose(b + ":" + bKey)) {
                            problems.add(a + ":" + aKey + " = " + b + ":" + bKey);
                        }
                    }
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                "the same text in two bundles; keep it once in advice-texts:\n" + String.join("\n", problems));
    }

    private static boolean alikeOnPurpose(String key) {
        return ALIKE_ON_PURPOSE.stream().anyMatch(k -> k.endsWith(".") ? key.startsWith(k) : key.equals(k));
    }

    /** The shared texts are read together with each bundle, so no key may be in both. */
    @Test
    void noKeyIsBothSharedAndABundlesOwn() throws IOException {
        Set<String> shared = BundleFiles.keys(TextBundles.ADVICE, "en");
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of(
                "com.restwise.ui.messages", "com.restwise.report.report-texts", "com.restwise.engine.engine-texts")) {
            Set<String> both = new TreeSet<>(BundleFiles.keys(bundle, "en"));
            both.retainAll(shared);
            if (!both.isEmpty()) {
                problems.add(bundle + ": " + both);
            }
        }
        assertTrue(problems.isEmpty(), "keys both shared and a bundle's own: " + problems);
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
