package com.restwise.engine.advice;

/** Stable codes of the posture advice (ASSESSMENT.md). */
public enum PostureCode {
    REPLACE_MATTRESS,
    TOPPER,
    TRY_SIDE_OR_BACK,
    PILLOW_BETWEEN_KNEES,
    PILLOW_UNDER_KNEES,
    PILLOW_UNDER_HIPS,
    ALTERNATE_SIDES,
    PILLOW_LOFT,
    LOG_ROLL,
    MORNING_STRETCHES
}
