package com.restwise.engine.advice;

/** How soon to act, least pressing first so that {@code compareTo} orders by urgency. */
public enum MedicalLevel {
    NONE,
    ROUTINE,
    SOON,
    URGENT;

    public boolean atLeast(MedicalLevel other) {
        return compareTo(other) >= 0;
    }
}
