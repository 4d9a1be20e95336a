package com.restwise.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * With {@code RESTWISE_EXIT_WHEN_SHOWN=1} in the environment the app prints when its first
 * window was shown (and the memory it took), then quits. Two uses: the packaging's training run,
 * which records the classes the first window needs into the AppCDS archive, and the start-up
 * benchmark, which times the installed launcher (whose JVM options cannot be changed).
 */
public final class StartupProbe {

    static final String VARIABLE = "RESTWISE_EXIT_WHEN_SHOWN";

    private StartupProbe() {}

    static void watch(Stage stage) {
        if (!"1".equals(System.getenv(VARIABLE))) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            System.out.println("shown-at " + System.currentTimeMillis() + " peak-rss-kb " + peakResidentKb());
            System.out.flush();
            Platform.runLater(Platform::exit);
        });
    }

    /** The most memory the process held so far (Linux; -1 elsewhere). */
    public static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the benchmark prints no memory figure
        }
        return -1;
    }
}
