package com.restwise.engine.profile;

/**
 * The warning signs of the profile (docs/formats.md); the wizard shows them in plain words.
 * {@code RECENT_TRAUMA} is a minor trauma (a fall from standing), {@code MAJOR_TRAUMA} a fall from
 * height, a fast road accident or a hard blow; a profile with both is read as major.
 */
public enum WarningSign {
    FEVER,
    UNEXPLAINED_WEIGHT_LOSS,
    CANCER_HISTORY,
    RECENT_TRAUMA,
    MAJOR_TRAUMA,
    BLADDER_OR_BOWEL_CHANGE,
    SADDLE_NUMBNESS,
    BOTH_LEGS,
    LEG_WEAKNESS,
    URINARY_SYMPTOMS,
    FLANK_PAIN,
    LONG_TERM_STEROIDS,
    OSTEOPOROSIS,
    IMMUNOSUPPRESSION,
    INJECTED_DRUG_USE,
    NIGHT_SWEATS,
    RECENT_SPINE_PROCEDURE,
    NECK_ARTERY_SIGNS,
    NECK_CORD_SIGNS,
    /** (2.1) The pain comes with chest pain or breathlessness, or with effort, easing with rest rather than a change of position. */
    CHEST_SIGNS;

    /** Asked only when neck pain was ticked. */
    public boolean neckOnly() {
        return this == NECK_ARTERY_SIGNS || this == NECK_CORD_SIGNS;
    }
}
