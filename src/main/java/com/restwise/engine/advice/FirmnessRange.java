package com.restwise.engine.advice;

/** A recommended firmness: target within [min, max], all on the 1-10 scale. */
public record FirmnessRange(double target, double min, double max, FirmnessLabel label) {

    public boolean contains(double firmness) {
        return firmness >= min && firmness <= max;
    }

    /** How far a firmness lies outside the range, in steps; 0 inside it. */
    public double distanceOutside(double firmness) {
        if (firmness < min) {
            return min - firmness;
        }
        return firmness > max ? firmness - max : 0;
    }
}
