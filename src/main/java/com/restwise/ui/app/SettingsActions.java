package com.restwise.ui.app;

import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.Theme;
import java.io.IOException;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * The person's settings (language, units, theme, text size): remembered at once, written to disk
 * off the JavaFX thread, and applied to the scene.
 */
public final class SettingsActions {

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

    public Settings settings() {
        return settings;
    }

    /** Writes the settings as loaded, so a damaged or missing file is replaced by a good one. */
    void saveInBackground() {
        Settings now = settings;
        background.execute(() -> save(now));
    }

    public void remember(Settings changed) {
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
        Theme.apply(theme);
        remember(settings.withTheme(theme));
    }

    void changeTextSize(Settings.TextSize size, Parent root) {
        remember(settings.withTextSize(size));
        Theme.applyTextSize(root, size);
    }

    /** Gives a new screen the text size chosen. */
    void applyTextSize(Parent root) {
        Theme.applyTextSize(root, settings.textSize());
    }
}
