package com.restwise.records;

import com.restwise.engine.advice.MedicalLevel;
import java.util.List;

/**
 * How morning pain changed across a client's consultations. On the 0-10 scale a drop of at
 * least 2 points and at least 30% of the first score is a meaningful improvement (Farrar et al.
 * 2001, Pain 94:149); a rise of 2 or more is a worsening.
 */
public final class PainTrend {

    /** Farrar 2001: about 2 points ... */
    public static final int MEANINGFUL_POINTS = 2;
    /** ... and about 30% of the starting score. */
    public static final double MEANINGFUL_SHARE = 0.30;

    public static final int WORSENING_POINTS = 2;

    public enum Verdict {
        IMPROVED,
        WORSENED,
        UNCHANGED,
        UNKNOWN
    }

    /** A change in morning pain from one score to another; null scores make it UNKNOWN. */
    public record Change(Integer from, Integer to, Verdict verdict) {
        public Integer points() {
            return from == null || to == null ? null : to - from;
        }
    }

    /** Each consultation's morning pain (null when not answered) and medical level, oldest first. */
    private final List<Integer> pains;

    private final List<MedicalLevel> levels;

    public PainTrend(List<Consultation> consultations) {
        this(
                consultations.stream().map(Consultation::morningPain).toList(),
                consultations.stream().map(c -> c.advice().medical().level()).toList());
    }

    private PainTrend(List<Integer> pains, List<MedicalLevel> levels) {
        this.pains = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(pains));
        this.levels = List.copyOf(levels);
    }

    /** The trend of a client's page, from its lines (no documents read). */
    public static PainTrend ofLines(List<ConsultationLine> lines) {
        return new PainTrend(
                lines.stream().map(ConsultationLine::morningPain).toList(),
                lines.stream()
                        .map(l -> l.medical() == null ? MedicalLevel.NONE : l.medical())
                        .toList());
    }

    public static Verdict judge(Integer from, Integer to) {
        if (from == null || to == null) {
            return Verdict.UNKNOWN;
        }
        int drop = from - to;
        if (drop >= MEANINGFUL_POINTS && drop >= MEANINGFUL_SHARE * from) {
            return Verdict.IMPROVED;
        }
        if (to - from >= WORSENING_POINTS) {
            return Verdict.WORSENED;
        }
        return Verdict.UNCHANGED;
    }

    /** From the first consultation to the latest; UNKNOWN with fewer than two. */
    public Change sinceFirst() {
        if (pains.size() < 2) {
            return new Change(null, null, Verdict.UNKNOWN);
        }
        return change(pains.get(0), pains.get(pains.size() - 1));
    }

    /**
     * Whether the first consultation came before the previous one: with only two, "since the
     * first" says what "since the previous" says, and is left out.
     */
    public boolean firstBeforePrevious() {
        return pains.size() >= 3;
    }

    /** From the one before the latest to the latest. */
    public Change sincePrevious() {
        if (pains.size() < 2) {
            return new Change(null, null, Verdict.UNKNOWN);
        }
        return change(pains.get(pains.size() - 2), pains.get(pains.size() - 1));
    }

    /** The change between two morning pain scores, judged; the report's follow-up uses it too. */
    public static Change change(Integer from, Integer to) {
        return new Change(from, to, judge(from, to));
    }

    /** The most pressing medical level any consultation had, to show on the client's page. */
    public MedicalLevel mostPressingLevel() {
        MedicalLevel worst = MedicalLevel.NONE;
        for (MedicalLevel level : levels) {
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        return worst;
    }
}
