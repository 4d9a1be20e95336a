package com.restwise.engine.advice;

import java.util.List;

/**
 * One flag of the medical screen: its code and level, the text for the sleeper, and for a
 * clinician the rule that fired in plain words and that rule's short citations. Advice saved by
 * engine 1.x has no rule ({@code null}) and no sources (empty).
 */
public record MedicalFlag(FlagCode code, MedicalLevel level, String text, String rule, List<String> sources) {

    public MedicalFlag {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
