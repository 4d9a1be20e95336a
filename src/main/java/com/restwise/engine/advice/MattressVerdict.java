package com.restwise.engine.advice;

/**
 * What to do about the mattress the sleeper has now, with a sentence saying why in the advice's
 * language. Advice saved by engine 1.x has none.
 */
public record MattressVerdict(Verdict verdict, String text) {

    public enum Verdict {
        /** Within the range (or half a step from it) and not worn: no purchase is needed. */
        KEEP,
        /** Out of range but sound: a softer or firmer topper instead of a new mattress. */
        TOPPER,
        /** Worn out, sagging, or too far from the range for a topper. */
        REPLACE,
        /** The current mattress's firmness is not known. */
        UNKNOWN
    }
}
