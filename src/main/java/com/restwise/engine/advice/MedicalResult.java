package com.restwise.engine.advice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The medical screen's answer: flags most pressing first, the overall level, one sentence of
 * advice for that level, the safety net (what to watch for, at every level) and whether the
 * mattress can wait until the sleeper has been seen. Advice saved by engine 1.x has no safety
 * net ({@code null}).
 */
public record MedicalResult(MedicalLevel level, List<MedicalFlag> flags, String advice, String safetyNet,
                            boolean mattressCanWait) {

    /** Flags that, at SOON, put the mattress after the doctor (docs/medical-rules.md). */
    private static final Set<FlagCode> SERIOUS_AT_SOON = EnumSet.of(FlagCode.CAUDA_EQUINA, FlagCode.INFECTION,
            FlagCode.MALIGNANCY, FlagCode.FRACTURE, FlagCode.SPINAL_CORD, FlagCode.NECK_ARTERY);

    public MedicalResult {
        flags = List.copyOf(flags);
    }

    public boolean has(FlagCode code, MedicalLevel atLeast) {
        return flags.stream().anyMatch(f -> f.code() == code && f.level().atLeast(atLeast));
    }

    /**
     * True at URGENT, or at SOON with a flag for a serious cause: then the medical advice comes
     * first and alone, and the mattress advice waits.
     */
    public static boolean mattressCanWait(MedicalLevel level, List<MedicalFlag> flags) {
        return level == MedicalLevel.URGENT || (level == MedicalLevel.SOON && flags.stream()
                .anyMatch(f -> f.level() == MedicalLevel.SOON && SERIOUS_AT_SOON.contains(f.code())));
    }
}
