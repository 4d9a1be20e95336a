package com.restwise.engine.alignment;

/** The three trunk zones the spine model rests on the mattress, head to foot. */
public enum Zone {
    /** Shoulders and thorax. */
    SHOULDERS,
    /** The waist (lumbar region), which hangs between the other two. */
    WAIST,
    /** The pelvis. */
    HIPS
}
