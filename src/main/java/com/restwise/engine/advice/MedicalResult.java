package com.restwise.engine.advice;

import java.util.List;

/** The medical screen's answer: flags most pressing first, the overall level and its advice. */
public record MedicalResult(MedicalLevel level, List<MedicalFlag> flags, String advice) {

    public MedicalResult {
        flags = List.copyOf(flags);
    }

    public boolean has(FlagCode code, MedicalLevel atLeast) {
        return flags.stream().anyMatch(f -> f.code() == code && f.level().atLeast(atLeast));
    }
}
