package com.restwise.report;

import java.time.LocalDate;

/** One consultation's morning figures, for the follow-up chart; any may be unanswered (null). */
public record TrendPoint(LocalDate date, Integer morningPain, Integer sleepQuality, Integer stiffnessMinutes) {}
