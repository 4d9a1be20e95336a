package com.restwise.engine.catalog;

/** Qualities on the 1 (poor) to 5 (best) scale of docs/firmness.md's type table. */
public record Ratings(
        int pressureRelief, int support, int cooling, int motionIsolation, int edgeSupport, int durability) {}
