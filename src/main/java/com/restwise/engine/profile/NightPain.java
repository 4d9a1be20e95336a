package com.restwise.engine.profile;

public enum NightPain {
    NONE,
    /** Only when rolling over: positional, ordinary mechanical pain. */
    ON_TURNING,
    WAKES_ME,
    /** All night; no position eases it. */
    CONSTANT;

    /** "Night pain" in docs/medical-rules.md: pain that wakes, or that never lets up. */
    public boolean isNightPain() {
        return this == WAKES_ME || this == CONSTANT;
    }
}
