package com.restwise.engine.alignment;

/**
 * One body zone as the mattress feels it: a cylinder lying along the body.
 *
 * @param loadN           the weight the zone carries, in newtons
 * @param radiusMm        the curvature of the body surface across the body where it touches
 * @param contactLengthMm the length of the zone along the body that presses on the mattress
 * @param spineOffsetMm   how far the spine lies above the body surface that touches the mattress
 * @param thicknessMm     the body's whole thickness there as it lies, for the picture
 */
public record ZoneShape(
        double loadN, double radiusMm, double contactLengthMm, double spineOffsetMm, double thicknessMm) {}
