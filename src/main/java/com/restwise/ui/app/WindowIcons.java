package com.restwise.ui.app;

import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every window the app opens (the main window, alerts and dialogs, anything added later)
 * the Restwise icon, in one place instead of in each dialog: it watches the list of open windows
 * and adds the icon to each stage that has none. The native file choosers are not JavaFX windows
 * and take the icon of the window they belong to, where the desktop shows one at all.
 */
final class WindowIcons {

    static final String RESOURCE = "/assets/icons/restwise.png";
    private static Image icon;

    private WindowIcons() {}

    /** Call once, on the JavaFX thread; later calls do nothing. */
    static void install() {
        if (icon != null) {
            return;
        }
        icon = new Image(WindowIcons.class.getResource(RESOURCE).toExternalForm());
        Window.getWindows().forEach(WindowIcons::dress);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowIcons::dress);
            }
        });
    }

    private static void dress(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().add(icon);
        }
    }
}
