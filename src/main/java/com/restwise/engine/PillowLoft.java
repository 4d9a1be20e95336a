package com.restwise.engine;

import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import java.util.OptionalDouble;

/**
 * Pillow height for a position. On the side the pillow fills the gap from ear to shoulder,
 * which grows with shoulder breadth; on the back it is lower (FIRMNESS.md, posture habits).
 */
final class PillowLoft {

    /** FIRMNESS.md: shoulder breadth across the deltoids, British adult medians. */
    static final double MALE_SHOULDER_MM = 465;
    static final double FEMALE_SHOULDER_MM = 395;
    /** Typical adult stature (Health Survey for England medians) the breadths belong to. */
    static final double MALE_STATURE_CM = 175;
    static final double FEMALE_STATURE_CM = 162;
    /** Half the head's breadth: the part of the shoulder gap the head itself fills. */
    static final double HALF_HEAD_MM = 75;
    /** How far the shoulder sinks into a suitable mattress, which shrinks the gap. */
    static final double SHOULDER_SINK_MM = 20;
    /** FIRMNESS.md: side loft about 10-15 cm; back 7.5-12 cm; stomach a thin pillow or none. */
    static final double SIDE_MIN_CM = 10;
    static final double SIDE_MAX_CM = 15;
    static final double BACK_MIN_CM = 7.5;
    static final double BACK_MAX_CM = 12;
    static final double STOMACH_MAX_CM = 5;

    private PillowLoft() {
    }

    /**
     * The loft in cm, to the nearest half centimetre, or empty when height or sex is unknown
     * (then the advice gives the range instead).
     */
    static OptionalDouble forSleeper(Sleeper sleeper, Position position) {
        if (position == Position.STOMACH) {
            return OptionalDouble.of(STOMACH_MAX_CM);
        }
        if (sleeper.heightCm() == null || sleeper.sex() == null || sleeper.sex() == Sex.UNSPECIFIED) {
            return OptionalDouble.empty();
        }
        boolean male = sleeper.sex() == Sex.MALE;
        double shoulderMm = (male ? MALE_SHOULDER_MM : FEMALE_SHOULDER_MM)
                * sleeper.heightCm() / (male ? MALE_STATURE_CM : FEMALE_STATURE_CM);
        double sideCm = clamp((shoulderMm / 2 - HALF_HEAD_MM - SHOULDER_SINK_MM) / 10, SIDE_MIN_CM, SIDE_MAX_CM);
        double loft = position == Position.SIDE ? sideCm
                : BACK_MIN_CM + (sideCm - SIDE_MIN_CM) / (SIDE_MAX_CM - SIDE_MIN_CM) * (BACK_MAX_CM - BACK_MIN_CM);
        return OptionalDouble.of(Math.round(loft * 2) / 2.0);
    }

    static double minCm(Position position) {
        return position == Position.SIDE ? SIDE_MIN_CM : BACK_MIN_CM;
    }

    static double maxCm(Position position) {
        return position == Position.SIDE ? SIDE_MAX_CM : BACK_MAX_CM;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
