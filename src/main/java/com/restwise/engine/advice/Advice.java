package com.restwise.engine.advice;

import java.util.List;

/**
 * The engine's answer for one profile (docs/formats.md, schema version 1). {@code mattressVerdict}
 * is null in advice saved by engine 1.x; {@code partnerFirmness} is null without a partner.
 */
public record Advice(
        int schemaVersion,
        String engineVersion,
        String lang,
        FirmnessRange firmness,
        FirmnessRange partnerFirmness,
        MattressVerdict mattressVerdict,
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
