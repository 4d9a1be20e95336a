package com.restwise.engine.advice;

/** How the spine lies on a mattress, as the spine model judges it (docs/formats.md, alignment). */
public enum AlignmentVerdict {
    /** Within the tolerance of the neutral line. */
    NEUTRAL,
    /** Shoulders and hips held up, the waist unsupported: the spine sags into the gap. */
    TOO_FIRM,
    /** The pelvis and shoulders sink and the waist is pushed up: a hammock. */
    TOO_SOFT
}
