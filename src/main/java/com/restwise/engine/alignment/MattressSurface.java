package com.restwise.engine.alignment;

/**
 * A mattress as the spine model sees it: a comfort layer whose stiffness rises exponentially
 * with firmness over a stiffer core, optionally zoned.
 *
 * @param firmness 1 (softest) to 10 (firmest), the consumer scale of FIRMNESS.md
 * @param zoned    a softer shoulder zone and a firmer hip zone
 */
public record MattressSurface(double firmness, boolean zoned) {

    /** SPINE-MODEL.md: k(f) = 0.09 kPa/mm x e^(0.28 (f - 5)), doubling every 2.5 steps. */
    static final double MEDIUM_STIFFNESS_KPA_PER_MM = 0.09;
    static final double STIFFNESS_GROWTH_PER_STEP = 0.28;
    static final double MEDIUM_FIRMNESS = 5;
    /** SPINE-MODEL.md: a comfort layer of about 90 mm. */
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

    public MattressSurface {
        if (!(firmness >= MIN_FIRMNESS && firmness <= MAX_FIRMNESS)) {
            throw new IllegalArgumentException("firmness must be between 1 and 10 (got " + firmness + ")");
        }
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
