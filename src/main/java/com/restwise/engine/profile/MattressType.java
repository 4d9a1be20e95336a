package com.restwise.engine.profile;

/** Mattress constructions, for the sleeper's current bed and for catalog entries. */
public enum MattressType {
    MEMORY_FOAM,
    LATEX,
    POCKET_SPRING,
    INNERSPRING,
    HYBRID,
    AIR,
    WATER,
    FUTON,
    OTHER,
    /** (2.1) High-resilience "cold foam" (Kaltschaum), the commonest mattress sold in Germany. */
    COLD_FOAM
}
