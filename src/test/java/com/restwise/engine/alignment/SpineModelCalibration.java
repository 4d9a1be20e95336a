package com.restwise.engine.alignment;

import com.restwise.engine.FirmnessModel;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;

/**
 * Fits each position's contact factor ({@code LyingBody.*_CONTACT_FACTOR}) so that the spine
 * model's best firmness follows the firmness advice over the agreement grid, and prints how far
 * apart they are. Run after changing the body or the mattress:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.restwise.engine.alignment.SpineModelCalibration}
 */
public final class SpineModelCalibration {

    static final double[] WEIGHTS = {45, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160};
    static final double[] HEIGHTS = {150, 160, 170, 180, 190, 200};
    static final Sex[] SEXES = {Sex.MALE, Sex.FEMALE, null};

    public static void main(String[] args) {
        SpineModel model = new SpineModel();
        for (Position p : Position.values()) {
            double bestScale = 1;
            double bestErr = Double.MAX_VALUE;
            for (double ln = -2.5; ln <= 2.5; ln += 0.05) {
                double scale = Math.exp(ln);
                double err = worst(model, p, scale, false);
                if (err < bestErr) {
                    bestErr = err;
                    bestScale = scale;
                }
            }
            System.out.printf("%s: contact factor x %.3f, worst distance %.2f%n", p, bestScale, bestErr);
            worst(model, p, bestScale, true);
            int notNeutral = 0;
            double worstDeviation = 0;
            for (double w : WEIGHTS) {
                for (Sex sex : SEXES) {
                    for (double h : HEIGHTS) {
                        LyingBody body = LyingBody.of(BodyMeasures.typical(w, h, sex), p);
                        SpineState at =
                                model.evaluate(body, new MattressSurface(FirmnessModel.positionTarget(p, w), false));
                        worstDeviation = Math.max(worstDeviation, at.deviationDeg());
                        notNeutral += at.verdict() == AlignmentVerdict.NEUTRAL ? 0 : 1;
                    }
                }
            }
            System.out.printf(
                    "  at the advice's target: %d not NEUTRAL, worst deviation %.2f deg%n", notNeutral, worstDeviation);
        }
    }

    /** The largest distance of the model's best firmness from the advice's target over the grid. */
    static double worst(SpineModel model, Position p, double scale, boolean print) {
        double worst = 0;
        for (double w : WEIGHTS) {
            StringBuilder line =
                    new StringBuilder(String.format("%5.0f kg target %.2f:", w, FirmnessModel.positionTarget(p, w)));
            for (Sex sex : SEXES) {
                for (double h : HEIGHTS) {
                    LyingBody body =
                            LyingBody.of(BodyMeasures.typical(w, h, sex), p).withContactScale(scale);
                    double best = model.bestFirmness(body, false);
                    double d = best - FirmnessModel.positionTarget(p, w);
                    worst = Math.max(worst, Math.abs(d));
                    line.append(String.format(" %5.2f", best));
                }
            }
            if (print) {
                System.out.println(line);
            }
        }
        return worst;
    }

    private SpineModelCalibration() {}
}
