package com.restwise.engine.profile;

/** A sleeping position, as named in the profile's {@code positions} object. */
public enum Position {
    SIDE,
    BACK,
    STOMACH
}
