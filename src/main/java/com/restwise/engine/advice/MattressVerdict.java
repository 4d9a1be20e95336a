package com.restwise.engine.advice;

/**
 * What to do about the mattress the sleeper has now, with a sentence saying why in the advice's
 * language. Advice saved by engine 1.x has none. {@code buyAnyway} (2.1, KEEP only) is the heading
 * under which the shop line and the options are folded away ("If you want to buy anyway"); null
 * with any other verdict and in advice saved by 2.0.
 */
public record MattressVerdict(Verdict verdict, String text, String buyAnyway) {

    /** A verdict whose options are not folded away. */
    public MattressVerdict(Verdict verdict, String text) {
        this(verdict, text, null);
    }

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
