package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ManualDelay;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A settings change made while the disk is full: the notice says the disk is full (not only
 * "cannot save"), the change stays in use, and it reaches the file once the disk has room.
 */
class SettingsOnAFullDiskTest {

    @TempDir
    Path dataDir;

    private final Notice notice = new Notice(new ManualDelay());
    private boolean full;

    {
        notice.translate(new I18n("en"));
    }

    @Test
    void aChangeOnAFullDiskIsSaidKeptAndWrittenOnceThereIsRoom() throws Exception {
        SettingsStore store = new SettingsStore(dataDir, Locale.UK);
        SettingsActions settings = new SettingsActions(
                store,
                s -> {
                    if (full) {
                        throw new FileSystemException(store.file().toString(), null, "No space left on device");
                    }
                    store.save(s);
                },
                new UiWork(Runnable::run, Runnable::run, new ManualDelay()),
                notice);
        Settings.TextSize before = store.load().textSize();
        Settings.TextSize bigger =
                before == Settings.TextSize.LARGEST ? Settings.TextSize.NORMAL : Settings.TextSize.LARGEST;

        full = true;
        settings.remember(settings.settings().withTextSize(bigger));
        assertTrue(
                notice.get().startsWith("Your settings could not be saved. The disk is full: " + store.file()),
                notice.get());
        assertTrue(notice.get().contains("They stay in use"), notice.get());
        assertEquals(bigger, settings.settings().textSize(), "the change is in use");
        assertEquals(before, store.load().textSize(), "and not pretended saved");

        full = false;
        settings.saveIfUnsaved(); // as the window closes
        assertEquals(bigger, store.load().textSize(), "written once the disk has room");
        assertEquals("", notice.get(), "the warning leaves once it is no longer true");
    }

    @Test
    void settingsWrittenAtOnceAreNotWrittenAgain() throws Exception {
        SettingsStore store = new SettingsStore(dataDir, Locale.UK);
        int[] writes = {0};
        SettingsActions settings = new SettingsActions(
                store,
                s -> {
                    writes[0]++;
                    store.save(s);
                },
                new UiWork(Runnable::run, Runnable::run, new ManualDelay()),
                notice);
        settings.remember(settings.settings().withIntroSeen(true));
        settings.saveIfUnsaved();
        assertEquals(1, writes[0]);
        assertEquals("", notice.get());
    }
}
