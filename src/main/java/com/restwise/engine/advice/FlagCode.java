package com.restwise.engine.advice;

/** What a medical flag points to (docs/medical-rules.md). */
public enum FlagCode {
    CAUDA_EQUINA,
    INFECTION,
    MALIGNANCY,
    FRACTURE,
    INFLAMMATORY,
    KIDNEY,
    NERVE_ROOT,
    NIGHT_ONLY_PAIN,
    SEVERE_CONSTANT_PAIN,
    PERSISTENT_PAIN,
    PREGNANCY,
    NECK_ARTERY,
    SPINAL_CORD,
    /* 2.1 */ CHEST,
    NEW_NIGHT_PAIN,
    THORACIC_PAIN,
    AFTER_SPINE_PROCEDURE
}
