package com.restwise.engine.advice;

/** Word labels for a firmness target on the 1-10 scale (docs/formats.md). */
public enum FirmnessLabel {
    SOFT,
    MEDIUM_SOFT,
    MEDIUM,
    MEDIUM_FIRM,
    FIRM;

    /**
     * The rough European hardness label beside a firmness on the 1-10 scale (docs/firmness.md,
     * "Scales"): 1-3 = H1, 4-5 = H2, 6-7 = H3, 8 = H4, 9-10 = H5, by the nearest whole step.
     */
    public static String european(double firmness) {
        long step = Math.round(firmness);
        if (step <= 3) {
            return "H1";
        }
        if (step <= 5) {
            return "H2";
        }
        if (step <= 7) {
            return "H3";
        }
        return step == 8 ? "H4" : "H5";
    }

    public static FirmnessLabel of(double target) {
        if (target < 3.5) {
            return SOFT;
        }
        if (target < 4.5) {
            return MEDIUM_SOFT;
        }
        if (target < 5.5) {
            return MEDIUM;
        }
        if (target <= 7.0) {
            return MEDIUM_FIRM;
        }
        return FIRM;
    }
}
