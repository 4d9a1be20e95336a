package com.restwise.engine.advice;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The medical screen's answer: flags most pressing first, the overall level, one sentence of
 * advice for that level, the safety net (what to watch for, at every level) and whether the
 * mattress can wait until the sleeper has been seen. Advice saved by engine 1.x has no safety
 * net ({@code null}). {@code notAnswered} (2.1) names the warning signs asked but not answered; null
 * when every sign was answered, or when the profile did not record the "no" answers.
 */
public record MedicalResult(
        MedicalLevel level,
        List<MedicalFlag> flags,
        String advice,
        String safetyNet,
        boolean mattressCanWait,
        UnansweredSigns notAnswered) {

    /**
     * Flags that, at SOON, put the mattress after the doctor (docs/medical-rules.md); KIDNEY since
     * 2.1, as its doctor is to be seen the same day; NEW_NIGHT_PAIN, as it withholds
     * exercise until a doctor has looked for the cause.
     */
    private static final Set<FlagCode> SERIOUS_AT_SOON = EnumSet.of(
            FlagCode.CAUDA_EQUINA,
            FlagCode.INFECTION,
            FlagCode.MALIGNANCY,
            FlagCode.FRACTURE,
            FlagCode.SPINAL_CORD,
            FlagCode.NECK_ARTERY,
            FlagCode.KIDNEY,
            FlagCode.NEW_NIGHT_PAIN);

    public MedicalResult {
        flags = List.copyOf(flags);
    }

    /** A result with every asked sign answered, or saved before 2.1. */
    public MedicalResult(
            MedicalLevel level, List<MedicalFlag> flags, String advice, String safetyNet, boolean mattressCanWait) {
        this(level, flags, advice, safetyNet, mattressCanWait, null);
    }

    public boolean has(FlagCode code, MedicalLevel atLeast) {
        return flags.stream().anyMatch(f -> f.code() == code && f.level().atLeast(atLeast));
    }

    /**
     * True at URGENT, or at SOON with a flag for a serious cause: then the medical advice comes
     * first and alone, and the mattress advice waits.
     */
    public static boolean mattressCanWait(MedicalLevel level, List<MedicalFlag> flags) {
        return level == MedicalLevel.URGENT
                || (level == MedicalLevel.SOON
                        && flags.stream()
                                .anyMatch(f -> f.level() == MedicalLevel.SOON && SERIOUS_AT_SOON.contains(f.code())));
    }
}
