package com.restwise.report;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.Placeholders;
import com.restwise.engine.TextBundles;
import java.util.ResourceBundle;

/** The report's own words (headings, labels, sources) in the advice's language. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final EngineTexts engine;

    ReportTexts(String lang) {
        this.bundle = TextBundles.withAdvice("com.restwise.report.report-texts", lang);
        this.engine = EngineTexts.of(lang);
    }

    String get(String key, Object... args) {
        return Placeholders.fill(bundle.getString(key), args);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    EngineTexts engine() {
        return engine;
    }

    String number(double value) {
        return engine.number(value);
    }
}
