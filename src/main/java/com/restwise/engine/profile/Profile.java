package com.restwise.engine.profile;

/**
 * What the wizard collects (docs/formats.md, schema version 1). Optional sections are never
 * null: an unanswered section is the section's empty value. Only {@link #partner()} may be
 * null, because "no partner" is itself an answer.
 */
public record Profile(
        Sleeper sleeper,
        Positions positions,
        CurrentMattress currentMattress,
        Partner partner,
        Preferences preferences,
        Symptoms symptoms) {

    public static final int SCHEMA_VERSION = 1;

    public Profile {
        currentMattress = currentMattress == null ? CurrentMattress.UNKNOWN : currentMattress;
        preferences = preferences == null ? Preferences.NONE : preferences;
        symptoms = symptoms == null ? Symptoms.NONE : symptoms;
    }

    public boolean hasPartner() {
        return partner != null;
    }

    public Profile withSymptoms(Symptoms newSymptoms) {
        return new Profile(sleeper, positions, currentMattress, partner, preferences, newSymptoms);
    }
}
