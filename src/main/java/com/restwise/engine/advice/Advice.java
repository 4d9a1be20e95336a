package com.restwise.engine.advice;

import java.util.List;

/** The engine's answer for one profile (ASSESSMENT.md, schema version 1). */
public record Advice(
        int schemaVersion,
        String engineVersion,
        String lang,
        FirmnessRange firmness,
        FirmnessRange partnerFirmness,
        List<RankedOption> options,
        List<PostureTip> posture,
        MedicalResult medical,
        List<String> explanation,
        Alignment alignment) {

    public Advice {
        options = List.copyOf(options);
        posture = List.copyOf(posture);
        explanation = List.copyOf(explanation);
    }

    public boolean hasPosture(PostureCode code) {
        return posture.stream().anyMatch(p -> p.code() == code);
    }
}
