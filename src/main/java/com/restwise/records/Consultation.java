package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;

/**
 * One consultation as it was: the profile and the advice computed then (kept as the engine
 * wrote it, so it still shows what was said after the engine changes), the engine version,
 * the therapist's notes and the morning pain score.
 *
 * @param todaysScreen the level today's medical screen gives this profile, where an import
 *                     brought advice that is less pressing (show it as "Today's screen: URGENT");
 *                     null when the saved advice is as pressing as today's screen
 */
public record Consultation(
        long id,
        long clientId,
        LocalDate date,
        Profile profile,
        Advice advice,
        String engineVersion,
        String notes,
        Integer morningPain,
        MedicalLevel todaysScreen) {

    public Consultation(
            long id,
            long clientId,
            LocalDate date,
            Profile profile,
            Advice advice,
            String engineVersion,
            String notes,
            Integer morningPain) {
        this(id, clientId, date, profile, advice, engineVersion, notes, morningPain, null);
    }

    /**
     * A consultation as it is saved now: the engine version is the advice's, blank notes are "",
     * and the morning pain is the profile's (what the list and the trend read).
     */
    public static Consultation justSaved(
            long id, long clientId, LocalDate date, Profile profile, Advice advice, String notes) {
        return new Consultation(
                id,
                clientId,
                date,
                profile,
                advice,
                advice.engineVersion(),
                notes == null ? "" : notes,
                profile.symptoms().morningPain());
    }
}
