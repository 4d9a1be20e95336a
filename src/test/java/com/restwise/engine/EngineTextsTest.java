package com.restwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.BundleFiles;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EngineTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws java.io.IOException {
        EngineTexts en = EngineTexts.of("en");
        for (String lang : EngineTexts.LANGUAGES) {
            EngineTexts texts = EngineTexts.of(lang);
            assertEquals(BundleFiles.keys("com.restwise.engine.engine-texts", "en"),
                    BundleFiles.keys("com.restwise.engine.engine-texts", lang), lang);
            for (String key : en.keys()) {
                assertEquals(placeholders(en.text(key)), placeholders(texts.text(key)), lang + " " + key);
            }
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("6.5", EngineTexts.of("en").number(6.5));
        assertEquals("6,5", EngineTexts.of("de").number(6.5));
        assertEquals("6", EngineTexts.of("en").number(6.0));
    }

    @Test
    void placeholdersAreFilledAndApostrophesKept() {
        String s = EngineTexts.of("en").text("explain.partner", "4.3", "57", "100% on your side", "3.6", "5.1");
        assertTrue(s.startsWith("Your partner's target is 4.3 (57 kg"), s);
    }

    @Test
    void noTextHasADoubleSpaceOrALeftoverCode() {
        for (String lang : EngineTexts.LANGUAGES) {
            EngineTexts texts = EngineTexts.of(lang);
            for (String key : texts.keys()) {
                String t = texts.text(key);
                assertTrue(!t.contains("  "), lang + " " + key + ": double space");
                assertTrue(!t.matches(".*\\b[A-Z]{3,}_[A-Z_]+\\b.*"), lang + " " + key + ": a code in " + t);
            }
        }
    }

    @Test
    void germanTextsSayWhatANativeSpeakerWould() {
        EngineTexts de = EngineTexts.of("de");
        StringBuilder all = new StringBuilder();
        de.keys().forEach(k -> all.append(de.text(k)).append('\n'));
        String text = all.toString();
        assertTrue(!text.matches("(?s).*Taubheit(?!sgefühl).*"), "Taubheit means deafness; numbness is Taubheitsgefühl");
        assertTrue(text.contains("Nierenbeckenentzündung") && text.contains("Osteoporose (Knochenschwund)")
                && text.contains("starker Nachtschweiß") && text.contains("Hybridmatratze")
                && text.contains("Taschenfederkernmatratze"));
        assertTrue(!text.contains("Nachtschweiße") && !text.contains("Ihre feste Stütze")
                && !text.contains("passt keine Matratze hinein"));
        assertEquals("85 %", de.percent(0.85));
        assertEquals("85%", EngineTexts.of("en").percent(0.85));
    }
}
