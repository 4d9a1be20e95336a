package com.restwise.bench;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.alignment.BodyMeasures;
import com.restwise.engine.alignment.LyingBody;
import com.restwise.engine.alignment.MattressSurface;
import com.restwise.engine.alignment.SpineModel;
import com.restwise.engine.alignment.SpineState;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.json.CatalogReader;
import com.restwise.picture.Java2DSketch;
import com.restwise.picture.SpinePicture;
import com.restwise.ui.advice.AlignmentBench;
import java.util.Arrays;
import java.util.Random;

/**
 * Speed of the spine model and its picture (issue: one evaluation well under 50 us, the optimum
 * under 1 ms, the slider's recompute plus redraw within a 16 ms frame). A benchmark that prints
 * figures, not a test. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=com.restwise.bench.AlignmentBenchmark -Dexec.classpathScope=test}.
 * Without a display the JavaFX part runs on Monocle's headless software renderer, which is
 * slower than a real screen's.
 */
public final class AlignmentBenchmark {

    private static final int BODIES = 512;
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Random random = new Random(7);
        LyingBody[] bodies = new LyingBody[BODIES];
        double[] firmness = new double[BODIES];
        Position[] positions = Position.values();
        Sex[] sexes = {Sex.MALE, Sex.FEMALE, null};
        for (int i = 0; i < BODIES; i++) {
            bodies[i] = LyingBody.of(
                    BodyMeasures.typical(
                            30 + random.nextDouble() * 270, 120 + random.nextDouble() * 110, sexes[random.nextInt(3)]),
                    positions[random.nextInt(3)]);
            firmness[i] = 1 + random.nextDouble() * 9;
        }
        SpineModel model = new SpineModel();

        System.out.println("Spine model (median of " + ROUNDS + " rounds after warm-up, one thread)");
        double evalNs = median(() -> {
            long start = System.nanoTime();
            double sink = 0;
            int n = 400_000;
            for (int i = 0; i < n; i++) {
                sink += model.evaluate(bodies[i % BODIES], new MattressSurface(firmness[i % BODIES], (i & 1) == 0))
                        .cost();
            }
            blackhole(sink);
            return (System.nanoTime() - start) / (double) n;
        });
        System.out.printf("  one evaluation:            %8.2f us   (target well under 50 us)%n", evalNs / 1000);

        double bestNs = median(() -> {
            long start = System.nanoTime();
            double sink = 0;
            int n = 8_000;
            for (int i = 0; i < n; i++) {
                sink += model.bestFirmness(bodies[i % BODIES], (i & 1) == 0);
            }
            blackhole(sink);
            return (System.nanoTime() - start) / (double) n;
        });
        System.out.printf("  best firmness (search):    %8.3f ms   (target under 1 ms)%n", bestNs / 1e6);

        LyingBody side = LyingBody.of(BodyMeasures.typical(80, 178.0, Sex.MALE), Position.SIDE);
        double w = 600;
        double h = Math.round(w / SpinePicture.aspect(side));
        double java2dNs = median(() -> {
            long start = System.nanoTime();
            int n = 100;
            for (int i = 0; i < n; i++) {
                SpineState s = model.evaluate(side, new MattressSurface(1 + (i % 19) * 0.5, false));
                blackhole(Java2DSketch.render(w, h, 1, sketch -> SpinePicture.draw(sketch, w, h, side, s))
                        .getRGB(5, 5));
            }
            return (System.nanoTime() - start) / (double) n;
        });
        System.out.printf("  recompute + Java2D picture %.0fx%.0f: %6.2f ms%n", w, h, java2dNs / 1e6);

        Profile profile = new Profile(
                new Sleeper(80, 178.0, 40, Sex.MALE, null),
                Positions.only(Position.SIDE),
                new CurrentMattress(9.0, null, null, null),
                null,
                Preferences.NONE,
                Symptoms.NONE);
        Advice advice = new Advisor().assess(profile, CatalogReader.shipped(), 3, "en");
        double[] frames = AlignmentBench.frames(profile, advice, 400);
        Arrays.sort(frames);
        System.out.printf(
                "  slider frame on JavaFX (recompute, redraw, render the canvas): median %.2f ms, "
                        + "95th percentile %.2f ms, worst %.2f ms   (target within 16 ms)%n",
                frames[frames.length / 2] / 1e6,
                frames[(int) (frames.length * 0.95)] / 1e6,
                frames[frames.length - 1] / 1e6);
        System.exit(0);
    }

    private interface Round {
        double nanosPerOp();
    }

    private static double median(Round round) {
        round.nanosPerOp(); // warm-up
        round.nanosPerOp();
        double[] r = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            r[i] = round.nanosPerOp();
        }
        Arrays.sort(r);
        return r[ROUNDS / 2];
    }

    private static volatile double sinkhole;

    private static void blackhole(double value) {
        sinkhole += value;
    }

    private AlignmentBenchmark() {}
}
