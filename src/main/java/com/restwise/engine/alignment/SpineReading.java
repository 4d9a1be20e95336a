package com.restwise.engine.alignment;

import com.restwise.engine.advice.AlignmentVerdict;

/**
 * How the spine lies on the sleeper's current mattress, dip and all, in their main position, for
 * the verdict on that mattress. {@code agrees} is whether the mattress may be kept as far as the
 * spine model is concerned: neutral, or bent no further than on a level mattress at the nearest
 * firmness inside the advice's range. The range also weighs other positions and pain, which the
 * picture of one position does not, so inside the range the model's neutral band is the range's.
 */
public record SpineReading(AlignmentVerdict verdict, double deviationDeg, boolean agrees) {}
