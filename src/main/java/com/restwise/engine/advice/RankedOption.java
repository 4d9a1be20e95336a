package com.restwise.engine.advice;

import com.restwise.engine.profile.MattressType;
import java.util.List;

/** One catalog entry as recommended: in the requested size, with a score in [0, 1] and reasons. */
public record RankedOption(
        String id,
        String name,
        double firmness,
        MattressType type,
        String size,
        double price,
        String currency,
        double score,
        List<String> reasons) {

    public RankedOption {
        reasons = List.copyOf(reasons);
    }
}
