package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;

/**
 * One consultation as it was: the profile and the advice computed then (kept as the engine
 * wrote it, so it still shows what was said after the engine changes), the engine version,
 * the therapist's notes and the morning pain score.
 */
public record Consultation(long id, long clientId, LocalDate date, Profile profile, Advice advice,
                           String engineVersion, String notes, Integer morningPain) {
}
