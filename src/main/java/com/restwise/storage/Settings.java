package com.restwise.storage;

import com.restwise.engine.EngineTexts;
import java.util.List;
import java.util.Locale;

/** What the app remembers between runs: language, units and theme. */
public record Settings(String language, WeightUnit weightUnit, HeightUnit heightUnit, Theme theme, TextSize textSize) {

    /** The languages the app and the engine speak. */
    public static final List<String> LANGUAGES = EngineTexts.LANGUAGES;

    public enum WeightUnit { KG, LB }

    public enum HeightUnit { CM, IN }

    public enum Theme { LIGHT, DARK }

    /** Text size as a share of the theme's; 150% must stay readable and usable. */
    public enum TextSize {
        NORMAL(100), LARGE(125), LARGEST(150);

        private final int percent;

        TextSize(int percent) {
            this.percent = percent;
        }

        public int percent() {
            return percent;
        }
    }

    public Settings {
        language = LANGUAGES.contains(language) ? language : "en";
        weightUnit = weightUnit == null ? WeightUnit.KG : weightUnit;
        heightUnit = heightUnit == null ? HeightUnit.CM : heightUnit;
        theme = theme == null ? Theme.LIGHT : theme;
        textSize = textSize == null ? TextSize.NORMAL : textSize;
    }

    /** First run: the system's language when the app speaks it, else English; metric units. */
    public static Settings defaults(Locale system) {
        String lang = LANGUAGES.contains(system.getLanguage()) ? system.getLanguage() : "en";
        boolean imperial = "US".equals(system.getCountry());
        return new Settings(lang, imperial ? WeightUnit.LB : WeightUnit.KG,
                imperial ? HeightUnit.IN : HeightUnit.CM, Theme.LIGHT, TextSize.NORMAL);
    }

    public Settings withLanguage(String value) {
        return new Settings(value, weightUnit, heightUnit, theme, textSize);
    }

    public Settings withWeightUnit(WeightUnit value) {
        return new Settings(language, value, heightUnit, theme, textSize);
    }

    public Settings withHeightUnit(HeightUnit value) {
        return new Settings(language, weightUnit, value, theme, textSize);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, weightUnit, heightUnit, value, textSize);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(language, weightUnit, heightUnit, theme, value);
    }
}
