package com.restwise.engine.alignment;

import com.restwise.engine.advice.AlignmentVerdict;

/**
 * How a body lies on one mattress, at full precision, for the advice and the picture.
 * Heights are of body surfaces, in mm, against the mattress's unloaded top (0; down is negative).
 *
 * @param sinkMm            how deep each zone presses into the mattress, by {@link Zone#ordinal()}
 * @param pressureKpa       the peak pressure under each zone
 * @param waistBendMm       how far the waist sits above (+) or below (-) where a neutral spine puts it
 * @param deviationDeg      the angle each half of the spine makes with its neutral line
 * @param bottomingMm       how far the deepest zone went through the comfort layer (0: it did not)
 * @param cost              the model's dislike of this mattress: lower suits better
 */
public record SpineState(
        double firmness,
        boolean zoned,
        double[] sinkMm,
        double[] pressureKpa,
        double waistBendMm,
        double deviationDeg,
        double bottomingMm,
        double cost,
        AlignmentVerdict verdict) {

    public double sink(Zone zone) {
        return sinkMm[zone.ordinal()];
    }

    public double pressure(Zone zone) {
        return pressureKpa[zone.ordinal()];
    }

    public double peakPressureKpa() {
        return Math.max(pressureKpa[0], Math.max(pressureKpa[1], pressureKpa[2]));
    }
}
