package com.restwise.engine.profile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Morning symptoms. Every {@code null} is "not answered / not sure": the medical rules
 * only fire on explicit answers, so a missing answer must never be turned into
 * {@code false} or 0 on the way in. {@code stress} (0 to 10) is how stressed the sleeper has felt
 * lately; {@code afterExertion} says the pain began the morning after heavy work.
 * {@code warningSignsNo} are the signs answered "no"; {@code null} (a profile written before 2.1)
 * means the answers were not recorded sign by sign, and the ticked list is read as before.
 * {@code widespreadPain}: pain in many places, most days, for 3 months or more.
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
        Boolean afterExertion,
        Set<WarningSign> warningSignsNo,
        Boolean widespreadPain) {

    public static final Symptoms NONE = new Symptoms(
            null, null, Set.of(), null, null, null, null, null, null, null, null, null, null, Set.of(), null, null);

    public Symptoms {
        painAreas = painAreas == null ? Set.of() : Set.copyOf(painAreas);
        warningSigns = warningSigns == null ? Set.of() : Set.copyOf(warningSigns);
        warningSignsNo = warningSignsNo == null ? null : Set.copyOf(warningSignsNo);
    }

    /** The answers of engine 2.0, before the signs answered "no" and widespread pain were asked. */
    public Symptoms(
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
        this(
                morningPain,
                sleepQuality,
                painAreas,
                morningStiffnessMinutes,
                easesAfterGettingUp,
                durationWeeks,
                nightPain,
                daytimePain,
                worseWithActivity,
                improvesWithExercise,
                improvesWithRest,
                gradualOnset,
                legPainBelowKnee,
                warningSigns,
                stress,
                afterExertion,
                null,
                null);
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
        return new Symptoms(
                morningPain,
                sleepQuality,
                painAreas,
                morningStiffnessMinutes,
                easesAfterGettingUp,
                durationWeeks,
                nightPain,
                daytimePain,
                worseWithActivity,
                improvesWithExercise,
                improvesWithRest,
                gradualOnset,
                legPainBelowKnee,
                signs.isEmpty() ? Set.of() : EnumSet.copyOf(signs),
                stress,
                afterExertion,
                without(warningSignsNo, signs),
                widespreadPain);
    }

    /**
     * The same answers with these signs recorded as answered "no" ({@code null}: not recorded). A
     * sign is never both ticked and answered "no": the latest answer wins, here and in
     * {@link #withWarningSigns}.
     */
    public Symptoms withWarningSignsNo(Set<WarningSign> no) {
        return new Symptoms(
                morningPain,
                sleepQuality,
                painAreas,
                morningStiffnessMinutes,
                easesAfterGettingUp,
                durationWeeks,
                nightPain,
                daytimePain,
                worseWithActivity,
                improvesWithExercise,
                improvesWithRest,
                gradualOnset,
                legPainBelowKnee,
                without(warningSigns, no == null ? Set.of() : no),
                stress,
                afterExertion,
                no,
                widespreadPain);
    }

    private static Set<WarningSign> without(Set<WarningSign> signs, Set<WarningSign> removed) {
        if (signs == null || signs.isEmpty()) {
            return signs;
        }
        Set<WarningSign> kept = EnumSet.copyOf(signs);
        kept.removeAll(removed);
        return kept;
    }

    public boolean hasWidespreadPain() {
        return Boolean.TRUE.equals(widespreadPain);
    }
}
