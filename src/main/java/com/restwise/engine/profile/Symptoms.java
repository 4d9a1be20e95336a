package com.restwise.engine.profile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Morning symptoms. Every {@code null} is "not answered / not sure": the medical rules
 * only fire on explicit answers, so a missing answer must never be turned into
 * {@code false} or 0 on the way in. {@code stress} (0 to 10) is how stressed the sleeper has felt
 * lately; {@code afterExertion} says the pain began the morning after heavy work.
 */
public record Symptoms(
        Integer morningPain,
        Integer sleepQuality,
        Set<PainArea> painAreas,
        Integer morningStiffnessMinutes,
        Boolean easesAfterGettingUp,
        Integer durationWeeks,
        NightPain nightPain,
        Boolean daytimePain,
        Boolean worseWithActivity,
        Boolean improvesWithExercise,
        Boolean improvesWithRest,
        Boolean gradualOnset,
        Boolean legPainBelowKnee,
        Set<WarningSign> warningSigns,
        Integer stress,
        Boolean afterExertion) {

    public static final Symptoms NONE = new Symptoms(null, null, Set.of(), null, null, null, null,
            null, null, null, null, null, null, Set.of(), null, null);

    public Symptoms {
        painAreas = painAreas == null ? Set.of() : Set.copyOf(painAreas);
        warningSigns = warningSigns == null ? Set.of() : Set.copyOf(warningSigns);
    }

    public boolean hasPainIn(PainArea area) {
        return painAreas.contains(area);
    }

    public boolean hasSign(WarningSign sign) {
        return warningSigns.contains(sign);
    }

    /** "Any pain" of docs/formats.md: morningPain above 0 or at least one pain area. */
    public boolean anyPain() {
        return (morningPain != null && morningPain > 0) || !painAreas.isEmpty();
    }

    public boolean hasNightPain() {
        return nightPain != null && nightPain.isNightPain();
    }

    public Symptoms withWarningSigns(Set<WarningSign> signs) {
        return new Symptoms(morningPain, sleepQuality, painAreas, morningStiffnessMinutes,
                easesAfterGettingUp, durationWeeks, nightPain, daytimePain, worseWithActivity,
                improvesWithExercise, improvesWithRest, gradualOnset, legPainBelowKnee,
                signs.isEmpty() ? Set.of() : EnumSet.copyOf(signs), stress, afterExertion);
    }
}
