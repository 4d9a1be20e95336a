package com.restwise.engine.profile;

/**
 * Shopping preferences; {@code size} is {@code WIDTHxLENGTH} in cm. {@code avoidLatex}: a latex
 * allergy or dislike, so no option may contain latex.
 */
public record Preferences(String size, Double budgetMax, Boolean sleepsHot, Boolean avoidLatex) {
    public static final Preferences NONE = new Preferences(null, null, null, null);

    public boolean runsHot() {
        return Boolean.TRUE.equals(sleepsHot);
    }

    public boolean avoidsLatex() {
        return Boolean.TRUE.equals(avoidLatex);
    }
}
