package com.restwise.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.model.Notice;
import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The person's settings (language, units, theme, text size): remembered at once, written to disk
 * off the JavaFX thread, and applied to the scene.
 */
final class SettingsActions {

    private final SettingsStore store;
    private final Executor background;
    private final Notice notice;
    private Settings settings;

    SettingsActions(SettingsStore store, Executor background, Notice notice) {
        this.store = store;
        this.background = background;
        this.notice = notice;
        this.settings = store.load();
        store.notice().ifPresent(n -> notice.warn("notice.settings-damaged"));
    }

    Settings settings() {
        return settings;
    }

    /** Writes the settings as loaded, so a damaged or missing file is replaced by a good one. */
    void saveInBackground() {
        Settings now = settings;
        background.execute(() -> save(now));
    }

    void remember(Settings changed) {
        settings = changed;
        background.execute(() -> save(changed));
    }

    private void save(Settings s) {
        try {
            store.save(s);
        } catch (IOException | RuntimeException e) {
            String where = store.file().getParent().toString();
            Platform.runLater(() -> notice.warn("notice.cannot-save", where));
        }
    }

    void changeTheme(Settings.Theme theme) {
        applyTheme(theme);
        remember(settings.withTheme(theme));
    }

    void changeTextSize(Settings.TextSize size, Parent root) {
        remember(settings.withTextSize(size));
        applyTextSize(root, size);
    }

    /** Gives a new screen the text size chosen. */
    void applyTextSize(Parent root) {
        applyTextSize(root, settings.textSize());
    }

    /** The binary (.bss) form AtlantaFX ships: it loads in half the time of parsing the CSS. */
    static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /**
     * AtlantaFX sizes everything in em from the root font size, so one style class on the root
     * scales the app. A class from our binary stylesheet rather than an inline style: an inline
     * style starts the CSS parser, which cost the first window about 40 ms.
     */
    private static void applyTextSize(Parent root, Settings.TextSize size) {
        for (Settings.TextSize s : Settings.TextSize.values()) {
            root.getStyleClass().remove(textSizeClass(s));
        }
        root.getStyleClass().add(textSizeClass(size));
    }

    static String textSizeClass(Settings.TextSize size) {
        return "text-size-" + size.percent();
    }

    /** The build's binary stylesheet; the CSS source where it was not built (an IDE run). */
    static String stylesheet() {
        java.net.URL binary = RestwiseApp.class.getResource("restwise.bss");
        return (binary != null ? binary : RestwiseApp.class.getResource("restwise.css")).toExternalForm();
    }
}
