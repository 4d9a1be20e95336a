package com.restwise.engine.alignment;

import com.restwise.engine.profile.CurrentMattress;

/**
 * A mattress as the spine model sees it: a comfort layer whose stiffness rises exponentially
 * with firmness over a stiffer core, optionally zoned.
 *
 * <p>A worn mattress has a body impression: a dip {@code sagMm} deep under the pelvis, where the
 * load is highest, and none under the waist and shoulders. The body lies in the
 * dip before it presses into the material, so the hips sit lower than the shoulders: the hammock
 * of a sagging bed (docs/spine-model.md).
 *
 * @param firmness 1 (softest) to 10 (firmest), the consumer scale of docs/firmness.md
 * @param zoned    a softer shoulder zone and a firmer hip zone
 * @param sagMm    depth of the body impression under the hips, 0 for a sound mattress
 */
public record MattressSurface(double firmness, boolean zoned, double sagMm) {

    /** docs/spine-model.md: k(f) = 0.09 kPa/mm x e^(0.28 (f - 5)), doubling every 2.5 steps. */
    static final double MEDIUM_STIFFNESS_KPA_PER_MM = 0.09;

    static final double STIFFNESS_GROWTH_PER_STEP = 0.28;
    static final double MEDIUM_FIRMNESS = 5;
    /** docs/spine-model.md: a comfort layer of about 90 mm. */
    public static final double COMFORT_LAYER_MM = 90;
    /**
     * Below the comfort layer a support core this many times stiffer. A hard floor instead made
     * every zone bottom out on soft beds and read a very soft bed as too firm (docs/).
     */
    static final double CORE_STIFFNESS_FACTOR = 4;
    /** Zoning: the shoulder zone this much softer, the hip zone this much firmer. */
    static final double ZONED_SHOULDER_FACTOR = 0.7;

    static final double ZONED_HIP_FACTOR = 1.1;

    public static final double MIN_FIRMNESS = 1;
    public static final double MAX_FIRMNESS = 10;
    /** The profile allows a dip of up to 20 cm. */
    public static final double MAX_SAG_MM = 200;

    /**
     * The impression under the waist as a share of that under the hips. None: the waist carries
     * little load and bridges the pelvis's dip. A quarter (a trough reaching under the waist) read a
     * 4 cm dip as still neutral for a side sleeper, against what sagging beds do to side sleepers
     * (Verhaert et al.); with none, 4 cm reads as a hammock in every position (SpineModelTest).
     */
    static final double WAIST_DIP_SHARE = 0;

    public MattressSurface {
        if (!(firmness >= MIN_FIRMNESS && firmness <= MAX_FIRMNESS)) {
            throw new IllegalArgumentException("firmness must be between 1 and 10 (got " + firmness + ")");
        }
        if (!(sagMm >= 0 && sagMm <= MAX_SAG_MM)) {
            throw new IllegalArgumentException("sag must be between 0 and " + MAX_SAG_MM + " mm (got " + sagMm + ")");
        }
    }

    /** A sound mattress, without a body impression. */
    public MattressSurface(double firmness, boolean zoned) {
        this(firmness, zoned, 0);
    }

    /** The profile's current mattress (unzoned, with its dip), or null when its firmness is unknown. */
    public static MattressSurface current(CurrentMattress mattress) {
        if (mattress.firmness() == null) {
            return null;
        }
        return new MattressSurface(mattress.firmness(), false, mattress.sagCm() == null ? 0 : mattress.sagCm() * 10);
    }

    /** How far below the level surface the mattress starts under one zone, in mm. */
    public double dipMm(Zone zone) {
        return switch (zone) {
            case SHOULDERS -> 0;
            case WAIST -> sagMm * WAIST_DIP_SHARE;
            case HIPS -> sagMm;
        };
    }

    /** The comfort layer's stiffness under one zone, in kPa per mm of compression. */
    public double stiffness(Zone zone) {
        double k = MEDIUM_STIFFNESS_KPA_PER_MM * Math.exp(STIFFNESS_GROWTH_PER_STEP * (firmness - MEDIUM_FIRMNESS));
        if (!zoned) {
            return k;
        }
        return switch (zone) {
            case SHOULDERS -> k * ZONED_SHOULDER_FACTOR;
            case WAIST -> k;
            case HIPS -> k * ZONED_HIP_FACTOR;
        };
    }

    public double layerMm() {
        return COMFORT_LAYER_MM;
    }

    public double coreFactor() {
        return CORE_STIFFNESS_FACTOR;
    }
}
