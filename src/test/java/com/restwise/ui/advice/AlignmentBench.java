package com.restwise.ui.advice;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.ui.common.I18n;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

/**
 * Times the slider's frame for {@code AlignmentBenchmark}: set a firmness (the model
 * recomputes, the view redraws its canvas) and render the canvas, on the JavaFX thread.
 */
public final class AlignmentBench {

    private AlignmentBench() {}

    /** Nanoseconds per frame for {@code count} frames after as many for warm-up. */
    public static double[] frames(Profile profile, Advice advice, int count) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                I18n i18n = new I18n("en");
                AlignmentViewModel vm = new AlignmentViewModel(profile, advice.firmness(), advice.alignment(), "en");
                VBox root = new VBox(new AlignmentView(vm, i18n).node());
                new Scene(root, 900, 900);
                Canvas canvas = (Canvas) root.lookup("#alignment-picture");
                WritableImage image = new WritableImage((int) canvas.getWidth(), (int) canvas.getHeight());
                double[] times = new double[count];
                for (int i = -count; i < count; i++) {
                    long start = System.nanoTime();
                    vm.firmnessProperty().set(1 + Math.abs(i % 37) * 0.25);
                    canvas.snapshot(null, image);
                    if (i >= 0) {
                        times[i] = System.nanoTime() - start;
                    }
                }
                result.complete(times);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
