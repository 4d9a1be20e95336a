package com.restwise.report;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.Placeholders;
import com.restwise.engine.TextBundles;
import com.restwise.storage.EmergencyNumber;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words (headings, labels, sources) in the advice's language. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final EngineTexts engine;

    private final String lang;

    ReportTexts(String lang) {
        this.lang = lang;
        this.bundle = TextBundles.withAdvice("com.restwise.report.report-texts", lang);
        this.engine = EngineTexts.of(lang);
    }

    String get(String key, Object... args) {
        return Placeholders.fill(bundle.getString(key), args);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The emergency number's country by name in the report's language, as the app's setting names
     * it ("United Kingdom", "Vereinigtes Königreich"; "Another country" for one the table lacks).
     */
    String country(String code) {
        return EmergencyNumber.countryName(code, Locale.forLanguageTag(lang), get("emergency.elsewhere"));
    }

    EngineTexts engine() {
        return engine;
    }

    String number(double value) {
        return engine.number(value);
    }
}
