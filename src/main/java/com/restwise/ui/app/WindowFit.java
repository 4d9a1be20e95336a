package com.restwise.ui.app;

import com.restwise.storage.WindowPlacement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window sized to the screen it opens on and put back as it was left: never larger than the
 * screen's free area (a 1024x600 laptop less its panel and the title bar), and maximised again
 * if it was maximised when it closed.
 */
final class WindowFit {

    /** Small enough for a 1024x600 screen with a title bar and a panel; the pages scroll inside. */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 460;
    /** What a larger screen opens with the first time: room for the step list and a page beside it. */
    static final double FIRST_WIDTH = 1280;
    static final double FIRST_HEIGHT = 860;

    private final Path dataDir;
    /** The size before maximising, remembered so that un-maximising next time returns to it. */
    private double width;
    private double height;

    WindowFit(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Sizes and places the stage before it is shown. */
    void place(Stage stage) {
        Optional<WindowPlacement> last = WindowPlacement.load(dataDir);
        Rectangle2D free = Screen.getPrimary().getVisualBounds();
        Rectangle2D size = fitted(free, last.map(WindowPlacement::width).orElse(FIRST_WIDTH),
                last.map(WindowPlacement::height).orElse(FIRST_HEIGHT));
        stage.setMinWidth(Math.min(MIN_WIDTH, free.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, free.getHeight()));
        stage.setWidth(size.getWidth());
        stage.setHeight(size.getHeight());
        stage.setX(size.getMinX());
        stage.setY(size.getMinY());
        width = size.getWidth();
        height = size.getHeight();
        stage.widthProperty().addListener((obs, was, now) -> remember(stage));
        stage.heightProperty().addListener((obs, was, now) -> remember(stage));
        // A screen smaller than the window wanted (a 1024x600 laptop): maximised, so the window
        // manager fits the title bar and frame in; a window as big as the whole free area was
        // shrunk by openbox to its minimum size instead, with the footer's buttons below it.
        boolean screenTooSmall = last.isEmpty() && (FIRST_WIDTH > free.getWidth() || FIRST_HEIGHT > free.getHeight());
        if (screenTooSmall || last.map(WindowPlacement::maximised).orElse(false)) {
            stage.setMaximized(true);
        }
    }

    /**
     * A window of the wanted size, shrunk to the screen's free area and centred on it. Public to
     * the package for the test of the screens it must fit.
     */
    static Rectangle2D fitted(Rectangle2D free, double wantedWidth, double wantedHeight) {
        double w = Math.max(Math.min(wantedWidth, free.getWidth()), Math.min(MIN_WIDTH, free.getWidth()));
        double h = Math.max(Math.min(wantedHeight, free.getHeight()), Math.min(MIN_HEIGHT, free.getHeight()));
        return new Rectangle2D(free.getMinX() + (free.getWidth() - w) / 2, free.getMinY() + (free.getHeight() - h) / 2,
                w, h);
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** Written as the window closes; a failure costs only the size next time. */
    void save(Stage stage) {
        try {
            new WindowPlacement(width, height, stage.isMaximized()).save(dataDir);
        } catch (IOException | RuntimeException e) {
            // the window opens sized to the screen next time: nothing the user made is lost
        }
    }
}
