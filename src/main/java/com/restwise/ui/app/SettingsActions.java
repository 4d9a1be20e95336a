package com.restwise.ui.app;

import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import java.io.IOException;
import javafx.scene.Parent;

/**
 * The person's settings (language, units, theme, text size): remembered at once, written to disk
 * off the JavaFX thread, and applied to the scene.
 */
public final class SettingsActions {

    private final SettingsStore store;
    private final UiWork work;
    private final Notice notice;
    /** Read and changed on the JavaFX thread only; work elsewhere is handed the settings it needs. */
    private Settings settings;

    SettingsActions(SettingsStore store, UiWork work, Notice notice) {
        this.store = store;
        this.work = work;
        this.notice = notice;
        this.settings = store.load();
        store.notice().ifPresent(n -> notice.warn("notice.settings-damaged"));
    }

    public Settings settings() {
        return settings;
    }

    /** Writes the settings as loaded, so a damaged or missing file is replaced by a good one. */
    void saveInBackground() {
        save(settings);
    }

    public void remember(Settings changed) {
        settings = changed;
        save(changed);
    }

    private void save(Settings s) {
        String where = store.file().getParent().toString();
        work.inBackground(() -> saved(s), saved -> {
            if (!saved) {
                notice.warn("notice.cannot-save", where);
            }
        });
    }

    /** Writes the settings (off the JavaFX thread); false when they could not be. */
    private boolean saved(Settings s) {
        try {
            store.save(s);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
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
