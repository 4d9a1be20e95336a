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
    /** Whether the person left the window maximised (a dialog's side effect aside). */
    private boolean wantMaximised;
    /** Whether the window was maximised when the open dialog came up. */
    private boolean maximisedAtDialog;

    WindowFit(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Sizes and places the stage before it is shown. */
    void place(Stage stage) {
        Optional<WindowPlacement> last = WindowPlacement.load(dataDir);
        Rectangle2D free = Screen.getPrimary().getVisualBounds();
        Rectangle2D size = fitted(
                free,
                last.map(WindowPlacement::width).orElse(FIRST_WIDTH),
                last.map(WindowPlacement::height).orElse(FIRST_HEIGHT));
        // A window as large as the free area does not fit with its title bar, and a window manager
        // then shrinks it to its minimum (openbox on a 1024x600 screen): it opens maximised instead,
        // and un-maximising gives nine tenths of the screen.
        boolean fills = size.getWidth() >= free.getWidth() - 1 || size.getHeight() >= free.getHeight() - 1;
        if (fills) {
            size = fitted(free, free.getWidth() * 0.9, free.getHeight() * 0.9);
        }
        stage.setMinWidth(Math.min(MIN_WIDTH, free.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, free.getHeight()));
        Rectangle2D chosen = size;
        Runnable apply = () -> {
            stage.setWidth(chosen.getWidth());
            stage.setHeight(chosen.getHeight());
            stage.setX(chosen.getMinX());
            stage.setY(chosen.getMinY());
        };
        apply.run();
        // GTK sizes a new window to its scene when it is first shown: the size again, once shown
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                if (!stage.isMaximized()) {
                    apply.run();
                }
            }
        });
        width = size.getWidth();
        height = size.getHeight();
        stage.widthProperty().addListener((obs, was, now) -> remember(stage));
        stage.heightProperty().addListener((obs, was, now) -> remember(stage));
        if (fills || last.map(WindowPlacement::maximised).orElse(false)) {
            stage.setMaximized(true);
        }
        keepMaximisedAcrossDialogs(stage);
    }

    /**
     * On Linux a modal dialog (saving a PDF, the practice details, editing a consultation) takes
     * the maximised state off its owner. Only the person un-maximises the window: while another
     * of the app's windows is open the state is kept, and given back when the window has the
     * focus again.
     */
    private void keepMaximisedAcrossDialogs(Stage stage) {
        wantMaximised = stage.isMaximized();
        stage.maximizedProperty().addListener((obs, was, now) -> {
            if (!dialogOpen(stage)) {
                wantMaximised = now;
            }
        });
        javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getAddedSubList().stream().anyMatch(w -> isDialog(stage, w))) {
                    maximisedAtDialog = maximisedAtDialog || stage.isMaximized() || wantMaximised;
                }
                if (c.wasRemoved()
                        && c.getRemoved().stream().anyMatch(w -> isDialog(stage, w))
                        && !dialogOpen(stage)
                        && maximisedAtDialog) {
                    maximisedAtDialog = false;
                    wantMaximised = true;
                    // after the window manager's own late change of state
                    javafx.animation.PauseTransition later =
                            new javafx.animation.PauseTransition(javafx.util.Duration.millis(250));
                    later.setOnFinished(e -> stage.setMaximized(true));
                    later.play();
                }
            }
        });
    }

    private static boolean isDialog(Stage stage, javafx.stage.Window w) {
        return w != stage && !(w instanceof javafx.stage.PopupWindow);
    }

    private static boolean dialogOpen(Stage stage) {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> isDialog(stage, w) && w.isShowing());
    }

    /**
     * A window of the wanted size, shrunk to the screen's free area and centred on it. Public to
     * the package for the test of the screens it must fit.
     */
    static Rectangle2D fitted(Rectangle2D free, double wantedWidth, double wantedHeight) {
        double w = Math.max(Math.min(wantedWidth, free.getWidth()), Math.min(MIN_WIDTH, free.getWidth()));
        double h = Math.max(Math.min(wantedHeight, free.getHeight()), Math.min(MIN_HEIGHT, free.getHeight()));
        return new Rectangle2D(
                free.getMinX() + (free.getWidth() - w) / 2, free.getMinY() + (free.getHeight() - h) / 2, w, h);
    }

    private void remember(Stage stage) {
        if (!stage.isMaximized() && !stage.isFullScreen() && !dialogOpen(stage)) {
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** Written as the window closes; a failure costs only the size next time. */
    void save(Stage stage) {
        try {
            new WindowPlacement(width, height, stage.isMaximized() || wantMaximised).save(dataDir);
        } catch (IOException | RuntimeException e) {
            // the window opens sized to the screen next time: nothing the user made is lost
        }
    }
}
