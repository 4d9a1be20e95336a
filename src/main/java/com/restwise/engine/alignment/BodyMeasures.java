package com.restwise.engine.alignment;

import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;

/**
 * The body sizes the spine model needs. {@link #typical} estimates them from weight, height and
 * sex (docs/spine-model.md, docs/firmness.md); a test or a future "measure yourself" step can give its own.
 *
 * @param shoulderBreadthMm across the deltoids
 * @param hipBreadthMm      across the hips
 * @param waistBreadthMm    across the waist, side to side
 * @param maleShare         1 for a man, 0 for a woman, 0.5 when not told: mixes the sexes' figures
 */
public record BodyMeasures(
        double weightKg,
        double heightCm,
        double shoulderBreadthMm,
        double hipBreadthMm,
        double waistBreadthMm,
        double maleShare) {

    /** Typical adult statures (Health Survey for England medians); the mean when sex is unknown. */
    static final double MALE_STATURE_CM = 175;

    static final double FEMALE_STATURE_CM = 162;
    /** docs/spine-model.md: shoulder breadth about 0.267 H for men, 0.245 H for women. */
    static final double MALE_SHOULDER_SHARE = 0.267;

    static final double FEMALE_SHOULDER_SHARE = 0.245;
    /** docs/spine-model.md: hip breadth about 0.207 H for men, 0.230 H for women. */
    static final double MALE_HIP_SHARE = 0.207;

    static final double FEMALE_HIP_SHARE = 0.230;
    /**
     * Waist breadth as a share of height (about 290 mm at 175 cm). Not in the contract: an
     * anthropometric round figure, the same for both sexes, that fixes the side-lying waist gap.
     */
    static final double WAIST_SHARE = 0.165;
    /** The body mass index the breadth shares describe (a typical British adult). */
    static final double REFERENCE_BMI = 25;
    /**
     * Breadths grow with the square root of BMI, the waist faster (exponent 0.65): soft tissue
     * gathers at the waist first. With these, a breadth at fixed weight hardly depends on height,
     * which is what keeps the model's firmness close to the advice at every height (docs/).
     */
    static final double BREADTH_BMI_EXPONENT = 0.5;

    static final double WAIST_BMI_EXPONENT = 0.65;

    public static BodyMeasures typical(Sleeper sleeper) {
        return typical(sleeper.weightKg(), sleeper.heightCm(), sleeper.sex());
    }

    /** {@code heightCm} and {@code sex} may be null: not answered. */
    public static BodyMeasures typical(double weightKg, Double heightCm, Sex sex) {
        return typical(weightKg, heightCm, sex == Sex.MALE ? 1 : sex == Sex.FEMALE ? 0 : 0.5);
    }

    private static BodyMeasures typical(double weightKg, Double heightCm, double male) {
        double heightMm = 10 * (heightCm != null ? heightCm : mix(male, MALE_STATURE_CM, FEMALE_STATURE_CM));
        double bmi = weightKg / Math.pow(heightMm / 1000, 2);
        double breadthScale = Math.pow(bmi / REFERENCE_BMI, BREADTH_BMI_EXPONENT);
        double waistScale = Math.pow(bmi / REFERENCE_BMI, WAIST_BMI_EXPONENT);
        return new BodyMeasures(
                weightKg,
                heightMm / 10,
                heightMm * mix(male, MALE_SHOULDER_SHARE, FEMALE_SHOULDER_SHARE) * breadthScale,
                heightMm * mix(male, MALE_HIP_SHARE, FEMALE_HIP_SHARE) * breadthScale,
                heightMm * WAIST_SHARE * waistScale,
                male);
    }

    /**
     * A body of this sex at its typical stature and the reference BMI. The spine model takes the
     * body's hollows (the waist gap) from it in fixed millimetres, so that weight acts through
     * sinkage, as docs/spine-model.md asks, and height hardly at all, as in the firmness advice.
     */
    public BodyMeasures reference() {
        double stature = mix(maleShare, MALE_STATURE_CM, FEMALE_STATURE_CM);
        return typical(REFERENCE_BMI * Math.pow(stature / 100, 2), stature, maleShare);
    }

    /** The typical body of this weight, height and sex: what {@link #typical} would estimate. */
    public BodyMeasures typicalForSize() {
        return typical(weightKg, heightCm, maleShare);
    }

    public BodyMeasures withShoulderBreadth(double mm) {
        return new BodyMeasures(weightKg, heightCm, mm, hipBreadthMm, waistBreadthMm, maleShare);
    }

    /** How much wider than at the reference BMI the breadths are. */
    public double girthScale() {
        double bmi = weightKg / Math.pow(heightCm / 100, 2);
        return Math.pow(bmi / REFERENCE_BMI, BREADTH_BMI_EXPONENT);
    }

    public double heightMm() {
        return heightCm * 10;
    }

    private static double mix(double male, double maleValue, double femaleValue) {
        return male * maleValue + (1 - male) * femaleValue;
    }
}
