package com.restwise.report;

import com.restwise.engine.EngineTexts;
import com.restwise.engine.Placeholders;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words (headings, labels, sources) in the advice's language. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final EngineTexts engine;

    ReportTexts(String lang) {
        this.bundle = ResourceBundle.getBundle("com.restwise.report.report-texts",
                "en".equals(lang) ? Locale.ROOT : Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.engine = EngineTexts.of(lang);
    }

    String get(String key, Object... args) {
        return Placeholders.fill(bundle.getString(key), args);
    }

    String number(double value) {
        return engine.number(value);
    }
}
