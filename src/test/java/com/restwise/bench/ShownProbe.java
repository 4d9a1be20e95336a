package com.restwise.bench;

import com.restwise.ui.app.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Started by {@link StartupBenchmark} in a fresh JVM: shows a bare window with one label, prints
 * the wall-clock time at which the window was shown, as the app does with
 * {@code RESTWISE_EXIT_WHEN_SHOWN=1}, and exits.
 */
public final class ShownProbe {

    private ShownProbe() {}

    public static void main(String[] args) {
        Application.launch(Bare.class);
    }

    static void reportWhenShown(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            System.out.println(
                    "shown-at " + System.currentTimeMillis() + " peak-rss-kb " + StartupProbe.peakResidentKb());
            System.out.flush();
            Platform.runLater(Platform::exit);
        });
    }

    /** The baseline: the least a JavaFX window can be. */
    public static final class Bare extends Application {
        @Override
        public void start(Stage stage) {
            reportWhenShown(stage);
            stage.setScene(new Scene(new Label("Restwise"), 1100, 760));
            stage.setTitle("Restwise");
            stage.show();
        }
    }
}
