package com.restwise.engine.advice;

/**
 * Stable codes of the posture advice (docs/formats.md). The order is the order of importance in
 * which the advice lists them; new codes keep the meaning of the old ones.
 */
public enum PostureCode {
    REPLACE_MATTRESS,
    TOPPER,
    PREGNANCY_SIDE,
    PREGNANCY_PILLOWS,
    TRY_SIDE_OR_BACK,
    PILLOW_BETWEEN_KNEES,
    PILLOW_UNDER_KNEES,
    PILLOW_UNDER_HIPS,
    PAINFUL_SIDE_UP,
    ALTERNATE_SIDES,
    PILLOW_LOFT,
    LOG_ROLL,
    EASE_BACK_IN,
    MORNING_STRETCHES,
    GENTLE_MOVEMENT,
    NECK_EXERCISES,
    SHOULDER_EXERCISES,
    HIP_EXERCISES,
    UPPER_BACK_EXERCISES,
    WIND_DOWN,
    HEALTHY_WEIGHT
}
