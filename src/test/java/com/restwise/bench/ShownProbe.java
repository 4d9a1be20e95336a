package com.restwise.bench;

import com.restwise.ui.app.RestwiseApp;
import com.restwise.ui.app.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Started by {@link StartupBenchmark} in a fresh JVM: shows either the real app or a bare
 * window with one label, prints the wall-clock time at which the window was shown, and exits.
 */
public final class ShownProbe {

    private ShownProbe() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("bare")) {
            Application.launch(Bare.class);
        } else {
            Application.launch(App.class, args.length > 1 ? new String[] {args[1]} : new String[0]);
        }
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

    /** The real app, unchanged, with the report added to its stage. */
    public static final class App extends RestwiseApp {
        @Override
        public void start(Stage stage) {
            reportWhenShown(stage);
            super.start(stage);
        }
    }
}
