package com.restwise.engine.profile;

public enum PainArea {
    LOWER_BACK,
    UPPER_BACK,
    NECK,
    SHOULDER,
    HIP,
    LEG
}
