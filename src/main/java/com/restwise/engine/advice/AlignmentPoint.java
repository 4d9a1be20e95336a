package com.restwise.engine.advice;

/**
 * How the body lies on a mattress of one firmness: the contract's {@code atTarget} and
 * {@code atCurrent} objects. Sinks in mm and pressure in kPa, rounded as the advice shows them.
 */
public record AlignmentPoint(
        double firmness,
        double deviationDeg,
        double shoulderSinkMm,
        double waistSinkMm,
        double hipSinkMm,
        double peakPressureKpa,
        AlignmentVerdict verdict) {}
