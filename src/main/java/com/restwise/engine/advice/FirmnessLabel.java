package com.restwise.engine.advice;

/** Word labels for a firmness target on the 1-10 scale (ASSESSMENT.md). */
public enum FirmnessLabel {
    SOFT, MEDIUM_SOFT, MEDIUM, MEDIUM_FIRM, FIRM;

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
