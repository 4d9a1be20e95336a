package com.restwise.engine.profile;

import java.util.Map;

/**
 * How the night is shared between positions, normalised so the shares add up to 1.
 * The profile gives weights ({@code {"SIDE": 1}} means always on the side); this record
 * only ever holds shares.
 */
public record Positions(double side, double back, double stomach) {

    private static final double SHARE_TOLERANCE = 1e-9;

    public Positions {
        double largest = Math.max(side, Math.max(back, stomach));
        if (!(largest > 0) || !Double.isFinite(largest) || side < 0 || back < 0 || stomach < 0) {
            throw new IllegalArgumentException("position weights must be finite, >= 0, with at least one > 0");
        }
        // Scaling by the largest first keeps huge weights from overflowing the sum.
        double total = side / largest + back / largest + stomach / largest;
        side = side / largest / total;
        back = back / largest / total;
        stomach = stomach / largest / total;
    }

    public static Positions of(Map<Position, Double> weights) {
        return new Positions(
                weights.getOrDefault(Position.SIDE, 0.0),
                weights.getOrDefault(Position.BACK, 0.0),
                weights.getOrDefault(Position.STOMACH, 0.0));
    }

    public static Positions only(Position position) {
        return of(Map.of(position, 1.0));
    }

    public double share(Position position) {
        return switch (position) {
            case SIDE -> side;
            case BACK -> back;
            case STOMACH -> stomach;
        };
    }

    /**
     * Whether a position takes at least this share of the night. Normalising leaves shares a
     * rounding error off (0.3 / 1.0 becomes 0.29999...), so "at least 30%" allows for that.
     */
    public boolean atLeast(Position position, double minimum) {
        return share(position) >= minimum - SHARE_TOLERANCE;
    }

    /** The position with the largest share; ties go to the first in SIDE, BACK, STOMACH order. */
    public Position main() {
        Position best = Position.SIDE;
        for (Position p : Position.values()) {
            if (share(p) > share(best)) {
                best = p;
            }
        }
        return best;
    }
}
