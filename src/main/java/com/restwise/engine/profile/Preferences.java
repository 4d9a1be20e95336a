package com.restwise.engine.profile;

/** Shopping preferences; {@code size} is {@code WIDTHxLENGTH} in cm. */
public record Preferences(String size, Double budgetMax, Boolean sleepsHot) {
    public static final Preferences NONE = new Preferences(null, null, null);

    public boolean runsHot() {
        return Boolean.TRUE.equals(sleepsHot);
    }
}
