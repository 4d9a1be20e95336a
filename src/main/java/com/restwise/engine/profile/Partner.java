package com.restwise.engine.profile;

/** A second sleeper sharing the bed. */
public record Partner(double weightKg, Positions positions) {}
