package com.restwise.engine;

import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Symptoms;
import java.util.EnumMap;
import java.util.Map;

/**
 * Recommends a firmness range on the consumer 1-10 scale from body weight, position shares
 * and symptoms. The current mattress is deliberately not an input: it is what the sleeper
 * has, not what suits them (docs/firmness.md).
 *
 * <p>Each position has a target at three anchor weights, one per weight band of the
 * buying-guide table in docs/firmness.md; between anchors the target is interpolated linearly.
 * Below the lightest anchor it stays flat; above the heaviest it keeps rising, easing off to one
 * level more at 160 kg, then flat, and never above 9. That keeps the target continuous in weight (no jump at a band
 * edge), never softer for a heavier sleeper, and side &lt;= back &lt;= stomach at any weight.
 */
public final class FirmnessModel {

    /** docs/firmness.md weight bands "under 59 kg, 59-104 kg, over 104 kg": one anchor weight each. */
    static final double LIGHT_ANCHOR_KG = 50;
    /** The centre of the 59-104 kg band. */
    static final double MIDDLE_ANCHOR_KG = 81.5;

    static final double HEAVY_ANCHOR_KG = 120;
    private static final double[] ANCHORS_KG = {LIGHT_ANCHOR_KG, MIDDLE_ANCHOR_KG, HEAVY_ANCHOR_KG};
    /**
     * Above 120 kg the bands stop, but a heavier body still sinks further: the target rises one
     * more level by 160 kg (the H4/H5 shop bands run to about 130 kg and beyond), then levels off.
     */
    static final double HEAVIEST_KG = 160;

    static final double HEAVY_EXTRA_STEPS = 1.0;
    /** No position's target goes above this: the firmest mattresses sold are 9-10. */
    static final double HIGHEST_TARGET = 9.0;

    /** Centres of the table's ranges, light to heavy. Side: 3-5, 5-6, 6-7. */
    static final double[] SIDE_TARGETS = {4.0, 5.5, 6.5};
    /** Back: 4-6, 6-7, 7-8. */
    static final double[] BACK_TARGETS = {5.0, 6.5, 7.5};
    /** Stomach: 5-6, 7-8, 8-9. */
    static final double[] STOMACH_TARGETS = {5.5, 7.5, 8.5};

    /** Medium-firm on the consumer scale, "about 6 (5.5 to 7)"; Kovacs 2003 for low-back pain. */
    static final double MEDIUM_FIRM = 6.0;
    /** "Low-back pain pulls the target toward 6.0 ... for example halfway." */
    static final double LOW_BACK_PULL = 0.5;
    /**
     * The pull fades with body weight (docs/firmness.md): whole up to 100 kg, none from 140 kg.
     * The trials' people weighed what most people weigh; a mattress too soft for a heavy body
     * lets the pelvis sink.
     */
    static final double PULL_FADE_FROM_KG = 100;

    static final double PULL_FADE_TO_KG = 140;
    /**
     * Steps softer for someone who always sleeps on the side with shoulder or hip pain
     * ("side sleepers need shoulder and hip sink"); scaled by the side share. Half a step keeps
     * a light side sleeper inside the table's 3-5 band.
     */
    static final double PRESSURE_RELIEF_STEPS = 0.5;
    /** Half of medium-firm's 5.5-7 width: the range allowed for personal taste. */
    static final double BASE_HALF_WIDTH = 0.75;
    /** A mixed sleeper's range widens by this share of how far the positions' targets spread. */
    static final double SPREAD_WIDENING = 0.5;
    /** The contract keeps max - min between 1.0 and 2.0. */
    static final double MIN_HALF_WIDTH = 0.5;

    static final double MAX_HALF_WIDTH = 1.0;
    static final double SCALE_MIN = 1.0;
    static final double SCALE_MAX = 10.0;

    /** The firmness that suits one position at a body weight, before any symptom. */
    public static double positionTarget(Position position, double weightKg) {
        double[] targets =
                switch (position) {
                    case SIDE -> SIDE_TARGETS;
                    case BACK -> BACK_TARGETS;
                    case STOMACH -> STOMACH_TARGETS;
                };
        if (weightKg <= ANCHORS_KG[0]) {
            return targets[0];
        }
        for (int i = 1; i < ANCHORS_KG.length; i++) {
            if (weightKg <= ANCHORS_KG[i]) {
                double t = (weightKg - ANCHORS_KG[i - 1]) / (ANCHORS_KG[i] - ANCHORS_KG[i - 1]);
                return targets[i - 1] + t * (targets[i] - targets[i - 1]);
            }
        }
        // t + t^2 - t^3: leaves 120 kg at about the slope it arrived with (1 level per 40 kg)
        // and arrives at 160 kg level, so the target has no kink at either end.
        double t = Math.min(1, (weightKg - HEAVY_ANCHOR_KG) / (HEAVIEST_KG - HEAVY_ANCHOR_KG));
        double extra = HEAVY_EXTRA_STEPS * (t + t * t - t * t * t);
        return Math.min(HIGHEST_TARGET, targets[targets.length - 1] + extra);
    }

    /** The sleeper's range, with what moved it, for the advice and its explanation. */
    public FirmnessAssessment assess(double weightKg, Positions positions, Symptoms symptoms) {
        Map<Position, Double> byPosition = new EnumMap<>(Position.class);
        double base = 0;
        for (Position p : Position.values()) {
            double t = positionTarget(p, weightKg);
            byPosition.put(p, t);
            base += positions.share(p) * t;
        }
        double spread = 0;
        for (Position p : Position.values()) {
            spread += positions.share(p) * Math.abs(byPosition.get(p) - base);
        }

        double target = base;
        double pressureRelief = 0;
        if (symptoms.hasPainIn(PainArea.SHOULDER) || symptoms.hasPainIn(PainArea.HIP)) {
            pressureRelief = -PRESSURE_RELIEF_STEPS * positions.side();
            target += pressureRelief;
        }
        double lowBack = 0;
        if (symptoms.hasPainIn(PainArea.LOWER_BACK)) {
            lowBack = (MEDIUM_FIRM - target) * LOW_BACK_PULL * lowBackPullShare(weightKg);
            target += lowBack;
        }
        double halfWidth = clamp(BASE_HALF_WIDTH + SPREAD_WIDENING * spread, MIN_HALF_WIDTH, MAX_HALF_WIDTH);
        return new FirmnessAssessment(range(target, halfWidth), base, byPosition, pressureRelief, lowBack);
    }

    /**
     * How much of the low-back pull applies at a body weight: 1 up to 100 kg, 0 from 140 kg, and
     * a smoothstep between, so the target has no kink at either end and 1 kg moves it little.
     */
    public static double lowBackPullShare(double weightKg) {
        double t = (weightKg - PULL_FADE_FROM_KG) / (PULL_FADE_TO_KG - PULL_FADE_FROM_KG);
        if (t <= 0) {
            return 1;
        }
        if (t >= 1) {
            return 0;
        }
        return 1 - t * t * (3 - 2 * t);
    }

    static FirmnessRange range(double target, double halfWidth) {
        double t = round1(clamp(target, SCALE_MIN, SCALE_MAX));
        double min = round1(Math.max(SCALE_MIN, t - halfWidth));
        double max = round1(Math.min(SCALE_MAX, t + halfWidth));
        // At the ends of the scale keep the range at least one step wide.
        if (max - min < 2 * MIN_HALF_WIDTH) {
            if (min == SCALE_MIN) {
                max = min + 2 * MIN_HALF_WIDTH;
            } else {
                min = max - 2 * MIN_HALF_WIDTH;
            }
        }
        return new FirmnessRange(t, min, max, FirmnessLabel.of(t));
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static double clamp(double value, double lo, double hi) {
        return Math.max(lo, Math.min(hi, value));
    }

    /**
     * A firmness range and how it came about.
     *
     * @param baseTarget          the position-weighted target before symptoms
     * @param positionTargets     the target of each pure position at this weight
     * @param pressureReliefShift the change for shoulder or hip pain (zero or negative)
     * @param lowBackShift        the change for low-back pain, toward medium-firm
     */
    public record FirmnessAssessment(
            FirmnessRange range,
            double baseTarget,
            Map<Position, Double> positionTargets,
            double pressureReliefShift,
            double lowBackShift) {
        public FirmnessAssessment {
            positionTargets = Map.copyOf(positionTargets);
        }
    }
}
