package com.restwise.engine;

import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import java.util.OptionalDouble;

/**
 * Pillow height for a position. On the side the pillow fills the gap from ear to shoulder,
 * which grows with shoulder breadth and shrinks as the shoulder sinks into the mattress; on the
 * back it is lower (docs/firmness.md, posture habits).
 */
final class PillowLoft {

    /** Shoulder breadth across the deltoids, British adult medians. */
    static final double MALE_SHOULDER_MM = 465;

    static final double FEMALE_SHOULDER_MM = 395;
    /** Typical adult stature (Health Survey for England medians) the breadths belong to. */
    static final double MALE_STATURE_CM = 175;

    static final double FEMALE_STATURE_CM = 162;
    /** Half the head's breadth: the part of the shoulder gap the head itself fills. */
    static final double HALF_HEAD_MM = 75;
    /** How far the shoulder sinks into a medium-firm mattress (firmness 6), which shrinks the gap. */
    static final double SHOULDER_SINK_MM = 20;

    static final double SINK_REFERENCE_FIRMNESS = 6;
    /**
     * Each step softer lets the shoulder sink about this much further (the spine model's
     * shoulder sink grows by roughly 5-8 mm a step around medium-firm for an average adult).
     */
    static final double SINK_PER_STEP_MM = 6;

    static final double MIN_SINK_MM = 5;
    static final double MAX_SINK_MM = 45;
    /** Side loft about 10-15 cm; back 7.5-12 cm; stomach a thin pillow or none. */
    static final double SIDE_MIN_CM = 10;

    static final double SIDE_MAX_CM = 15;
    static final double BACK_MIN_CM = 7.5;
    static final double BACK_MAX_CM = 12;
    static final double STOMACH_MAX_CM = 5;
    /** On the back the shoulders sink too, but the head rests between them: half the effect. */
    static final double BACK_SINK_SHARE = 0.5;
    /** Never advise less than this on the side or back, however soft the mattress. */
    static final double LOWEST_CM = 5;

    private PillowLoft() {}

    /**
     * The loft in cm on a mattress of this firmness, to the nearest half centimetre, or empty
     * when height or sex is unknown (then {@link #describe} gives a range instead).
     */
    static OptionalDouble forSleeper(Sleeper sleeper, Position position, double firmness) {
        if (position == Position.STOMACH) {
            return OptionalDouble.of(STOMACH_MAX_CM);
        }
        if (sleeper.heightCm() == null || sleeper.sex() == null || sleeper.sex() == Sex.UNSPECIFIED) {
            return OptionalDouble.empty();
        }
        boolean male = sleeper.sex() == Sex.MALE;
        double shoulderMm = (male ? MALE_SHOULDER_MM : FEMALE_SHOULDER_MM)
                * sleeper.heightCm()
                / (male ? MALE_STATURE_CM : FEMALE_STATURE_CM);
        double sideCm = clamp((shoulderMm / 2 - HALF_HEAD_MM - SHOULDER_SINK_MM) / 10, SIDE_MIN_CM, SIDE_MAX_CM);
        double loft = position == Position.SIDE
                ? sideCm
                : BACK_MIN_CM + (sideCm - SIDE_MIN_CM) / (SIDE_MAX_CM - SIDE_MIN_CM) * (BACK_MAX_CM - BACK_MIN_CM);
        return OptionalDouble.of(round(loft - extraSinkCm(position, firmness)));
    }

    /** The loft as the advice writes it: "12.5", or "10-15" ("10–15" in German) when the body is not known. */
    static String describe(Sleeper sleeper, Position position, double firmness, EngineTexts texts) {
        OptionalDouble loft = forSleeper(sleeper, position, firmness);
        if (loft.isPresent()) {
            return texts.number(loft.getAsDouble());
        }
        double shift = extraSinkCm(position, firmness);
        double min = position == Position.SIDE ? SIDE_MIN_CM : BACK_MIN_CM;
        double max = position == Position.SIDE ? SIDE_MAX_CM : BACK_MAX_CM;
        return texts.number(round(min - shift)) + texts.text("range.dash") + texts.number(round(max - shift));
    }

    /** How much further than on a medium-firm mattress the shoulder sinks, in cm (negative on a firmer one). */
    static double extraSinkCm(Position position, double firmness) {
        double sinkMm = clamp(
                SHOULDER_SINK_MM + SINK_PER_STEP_MM * (SINK_REFERENCE_FIRMNESS - firmness), MIN_SINK_MM, MAX_SINK_MM);
        double share = position == Position.SIDE ? 1 : BACK_SINK_SHARE;
        return share * (sinkMm - SHOULDER_SINK_MM) / 10;
    }

    private static double round(double cm) {
        return Math.max(LOWEST_CM, Math.round(cm * 2) / 2.0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
