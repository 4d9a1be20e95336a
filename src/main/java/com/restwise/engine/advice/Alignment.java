package com.restwise.engine.advice;

import com.restwise.engine.profile.Position;

/**
 * The spine model's picture of the main position: at the target firmness, and at the current
 * mattress when its firmness is known (else {@code atCurrent} is null).
 */
public record Alignment(Position position, AlignmentPoint atTarget, AlignmentPoint atCurrent) {}
