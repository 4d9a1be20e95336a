package com.restwise.engine.profile;

/**
 * The person being advised. Only the weight is required; a {@code null} field was not
 * answered and must never be read as 0. {@code pregnancyWeeks} is the current week of
 * pregnancy (1 to 42); {@code null} means not pregnant or not answered. {@code floorIsHard}: getting
 * down to the floor (and up again) is hard, so no exercise is done there.
 */
public record Sleeper(
        double weightKg, Double heightCm, Integer ageYears, Sex sex, Integer pregnancyWeeks, Boolean floorIsHard) {

    /** The answers of engine 2.0, before the floor was asked about. */
    public Sleeper(double weightKg, Double heightCm, Integer ageYears, Sex sex, Integer pregnancyWeeks) {
        this(weightKg, heightCm, ageYears, sex, pregnancyWeeks, null);
    }

    /** "Pregnant" of docs/medical-rules.md: a week of pregnancy is given, whatever {@code sex} says. */
    public boolean pregnant() {
        return pregnancyWeeks != null;
    }

    /** Pregnant and at least this many weeks along. */
    public boolean pregnantFrom(int weeks) {
        return pregnancyWeeks != null && pregnancyWeeks >= weeks;
    }
}
