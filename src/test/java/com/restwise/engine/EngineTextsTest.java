package com.restwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Formatting and wording of the engine's texts; key parity, placeholders, double spaces and stray codes are BundleParityTest's, for every bundle. */
class EngineTextsTest {

    @Test
    void numbersFollowTheLanguage() {
        assertEquals("6.5", EngineTexts.of("en").number(6.5));
        assertEquals("6,5", EngineTexts.of("de").number(6.5));
        assertEquals("6", EngineTexts.of("en").number(6.0));
    }

    @Test
    void pricesAreGroupedInTheLanguagesStyleWhateverTheComputersLanguage() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("1.259", EngineTexts.of("de").amount(1259));
            assertEquals("1,259", EngineTexts.of("en").amount(1259));
            assertEquals("12.345.678", EngineTexts.of("de").amount(12_345_678));
            assertEquals("999", EngineTexts.of("de").amount(999.4));
            assertEquals("1.000", EngineTexts.of("de").amount(999.6));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void placeholdersAreFilledAndApostrophesKept() {
        String s = EngineTexts.of("en").text("explain.partner", "4.3", "57", "100% on your side", "3.6", "5.1");
        assertTrue(s.startsWith("Your partner's target is 4.3 (57 kg"), s);
    }

    @Test
    void germanTextsSayWhatANativeSpeakerWould() {
        EngineTexts de = EngineTexts.of("de");
        StringBuilder all = new StringBuilder();
        de.keys().forEach(k -> all.append(de.text(k)).append('\n'));
        String text = all.toString();
        assertTrue(
                !text.matches("(?s).*Taubheit(?!sgefühl).*"), "Taubheit means deafness; numbness is Taubheitsgefühl");
        assertTrue(text.contains("Nierenbeckenentzündung")
                && text.contains("Osteoporose (Knochenschwund)")
                && text.contains("starker Nachtschweiß")
                && text.contains("Hybridmatratze")
                && text.contains("Taschenfederkernmatratze"));
        assertTrue(!text.contains("Nachtschweiße")
                && !text.contains("Ihre feste Stütze")
                && !text.contains("passt keine Matratze hinein"));
        assertEquals("85 %", de.percent(0.85));
        assertEquals("85%", EngineTexts.of("en").percent(0.85));
    }

    @Test
    void aDistanceOfExactlyOneStepIsSingular() {
        assertEquals("1 step", EngineTexts.of("en").steps(1.0));
        assertEquals("1.5 steps", EngineTexts.of("en").steps(1.5));
        assertEquals("1 Stufe", EngineTexts.of("de").steps(1.0));
        assertEquals("0,5 Stufen", EngineTexts.of("de").steps(0.5));
    }
}
