package com.restwise.engine.profile;

public enum Sex {
    FEMALE,
    MALE,
    UNSPECIFIED
}
