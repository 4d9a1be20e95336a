package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A result a shopper kept for themselves: the answers and the advice as computed then (kept as
 * the engine wrote it), the engine version and the morning pain score. {@code time} is null for
 * results saved before they had a place of their own, which kept only the day.
 */
public record SavedResult(
        long id,
        LocalDate date,
        LocalTime time,
        Profile profile,
        Advice advice,
        String engineVersion,
        Integer morningPain) {}
