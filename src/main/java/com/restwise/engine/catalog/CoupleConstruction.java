package com.restwise.engine.catalog;

/** How a mattress serves two sleepers whose firmness ranges differ. */
public enum CoupleConstruction {
    /** One surface, one firmness for both. */
    NONE,
    /** One mattress, two halves of different firmness. */
    SPLIT_FIRMNESS,
    /** Two single mattresses side by side, zipped or on one base, each its own firmness. */
    TWO_SINGLES
}
