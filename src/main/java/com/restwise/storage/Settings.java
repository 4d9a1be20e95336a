package com.restwise.storage;

import com.restwise.engine.EngineTexts;
import java.util.List;
import java.util.Locale;

/**
 * What the app remembers between runs: language, units, theme, text size, the country whose
 * emergency number an urgent result tells the user to call, whether the first-run note about what
 * Restwise does has been read, and what reports remember (practice, therapist, folder).
 */
public record Settings(
        String language,
        WeightUnit weightUnit,
        HeightUnit heightUnit,
        Theme theme,
        TextSize textSize,
        String emergencyCountry,
        boolean introSeen,
        ReportSettings report) {

    /** The languages the app and the engine speak. */
    public static final List<String> LANGUAGES = EngineTexts.LANGUAGES;

    public enum WeightUnit {
        KG,
        LB
    }

    public enum HeightUnit {
        CM,
        IN
    }

    public enum Theme {
        LIGHT,
        DARK
    }

    /** Text size as a share of the theme's; 150% must stay readable and usable. */
    public enum TextSize {
        NORMAL(100),
        LARGE(125),
        LARGEST(150);

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
        emergencyCountry = EmergencyNumber.isCountry(emergencyCountry) ? emergencyCountry : EmergencyNumber.ELSEWHERE;
        report = report == null ? ReportSettings.NONE : report;
    }

    /** Settings from before reports remembered anything. */
    public Settings(
            String language,
            WeightUnit weightUnit,
            HeightUnit heightUnit,
            Theme theme,
            TextSize textSize,
            String emergencyCountry,
            boolean introSeen) {
        this(language, weightUnit, heightUnit, theme, textSize, emergencyCountry, introSeen, ReportSettings.NONE);
    }

    /** Settings from before the first-run note: the note has not been seen. */
    public Settings(
            String language,
            WeightUnit weightUnit,
            HeightUnit heightUnit,
            Theme theme,
            TextSize textSize,
            String emergencyCountry) {
        this(language, weightUnit, heightUnit, theme, textSize, emergencyCountry, false);
    }

    /**
     * First run: the system's language when the app speaks it, else English; metric units; the
     * system's country for the emergency number.
     */
    public static Settings defaults(Locale system) {
        String lang = LANGUAGES.contains(system.getLanguage()) ? system.getLanguage() : "en";
        boolean imperial = "US".equals(system.getCountry());
        return new Settings(
                lang,
                imperial ? WeightUnit.LB : WeightUnit.KG,
                imperial ? HeightUnit.IN : HeightUnit.CM,
                Theme.LIGHT,
                TextSize.NORMAL,
                EmergencyNumber.guess(system));
    }

    public Settings withLanguage(String value) {
        return new Settings(value, weightUnit, heightUnit, theme, textSize, emergencyCountry, introSeen, report);
    }

    public Settings withWeightUnit(WeightUnit value) {
        return new Settings(language, value, heightUnit, theme, textSize, emergencyCountry, introSeen, report);
    }

    public Settings withHeightUnit(HeightUnit value) {
        return new Settings(language, weightUnit, value, theme, textSize, emergencyCountry, introSeen, report);
    }

    public Settings withTheme(Theme value) {
        return new Settings(language, weightUnit, heightUnit, value, textSize, emergencyCountry, introSeen, report);
    }

    public Settings withTextSize(TextSize value) {
        return new Settings(language, weightUnit, heightUnit, theme, value, emergencyCountry, introSeen, report);
    }

    /** The number an urgent result tells the user to call: the emergency country's. */
    public String emergencyNumber() {
        return EmergencyNumber.number(emergencyCountry);
    }

    public Settings withEmergencyCountry(String value) {
        return new Settings(language, weightUnit, heightUnit, theme, textSize, value, introSeen, report);
    }

    public Settings withIntroSeen(boolean value) {
        return new Settings(language, weightUnit, heightUnit, theme, textSize, emergencyCountry, value, report);
    }

    public Settings withReport(ReportSettings value) {
        return new Settings(language, weightUnit, heightUnit, theme, textSize, emergencyCountry, introSeen, value);
    }
}
