package com.restwise.ui.app;

import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.DiskFailure;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.Parent;

/**
 * The person's settings (language, units, theme, text size): remembered at once, written to disk
 * off the JavaFX thread, and applied to the scene.
 */
final class SettingsActions {

    /** Writes the settings file (off the JavaFX thread). */
    interface Writing {
        void save(Settings settings) throws IOException;
    }

    private final SettingsStore store;
    private final Writing writing;
    /** The last write failed: the settings in use are newer than the file, and are written again. */
    private boolean unsaved;

    private final UiWork work;
    private final Notice notice;
    /** Read and changed on the JavaFX thread only; work elsewhere is handed the settings it needs. */
    private Settings settings;

    SettingsActions(SettingsStore store, UiWork work, Notice notice) {
        this(store, store::save, work, notice);
    }

    /** @param writing writes the settings file: the store's own save, or in tests a disk that fills up */
    SettingsActions(SettingsStore store, Writing writing, UiWork work, Notice notice) {
        this.store = store;
        this.writing = writing;
        this.work = work;
        this.notice = notice;
        this.settings = store.load();
        store.notice().ifPresent(n -> notice.warn("notice.settings-damaged"));
    }

    Settings settings() {
        return settings;
    }

    /** Writes the settings as loaded, so a damaged or missing file is replaced by a good one. */
    void saveInBackground() {
        save(settings);
    }

    void remember(Settings changed) {
        settings = changed;
        save(changed);
    }

    /**
     * Writes the settings again if the last write failed (the window closes, say): a change made
     * while the disk was full is kept in use, and on disk once it has room.
     */
    void saveIfUnsaved() {
        if (unsaved) {
            save(settings);
        }
    }

    private void save(Settings s) {
        work.inBackground(() -> failure(s), failed -> {
            if (s != settings) {
                return; // a newer change is being written; its answer counts
            }
            unsaved = failed.isPresent();
            failed.ifPresentOrElse(
                    why -> notice.warn("notice.settings-unsaved", why),
                    () -> notice.dismiss("notice.settings-unsaved"));
        });
    }

    /** Writes the settings (off the JavaFX thread); why not, when they could not be. */
    private Optional<DiskFailure> failure(Settings s) {
        try {
            writing.save(s);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(DiskFailure.of(e, store.file()));
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
