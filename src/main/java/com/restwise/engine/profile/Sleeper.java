package com.restwise.engine.profile;

/**
 * The person being advised. Only the weight is required; a {@code null} field was not
 * answered and must never be read as 0.
 */
public record Sleeper(double weightKg, Double heightCm, Integer ageYears, Sex sex) {
    public static Sleeper ofWeight(double weightKg) {
        return new Sleeper(weightKg, null, null, null);
    }
}
