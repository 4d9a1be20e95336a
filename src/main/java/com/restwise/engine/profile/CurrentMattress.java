package com.restwise.engine.profile;

/** What the sleeper has now; every field may be unknown ({@code null}). */
public record CurrentMattress(Double firmness, MattressType type, Double ageYears, Double sagCm) {
    public static final CurrentMattress UNKNOWN = new CurrentMattress(null, null, null, null);
}
