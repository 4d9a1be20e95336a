package com.restwise.ui.app;

import com.restwise.storage.DataDirectory;
import com.restwise.storage.InstanceLock;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.I18n;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * Starts the desktop app; the only way in from {@code Main} to anything JavaFX. One Restwise per
 * data directory: a second start brings the first one's window forward and ends, before it
 * has loaded anything of JavaFX.
 */
public final class DesktopLauncher {

    private static InstanceLock held;

    private DesktopLauncher() {}

    public static void launch(String dataDirOption) {
        Path dataDir = DataDirectory.resolve(dataDirOption);
        try {
            InstanceLock.Outcome outcome = InstanceLock.acquire(dataDir);
            if (outcome instanceof InstanceLock.AlreadyOpen open) {
                if (!open.broughtToFront()) {
                    sayAlreadyOpen(dataDir);
                }
                return;
            }
            held = ((InstanceLock.Acquired) outcome).lock();
        } catch (IOException e) {
            // a data directory we cannot write to: the app itself says so once its window is up
        }
        // from here on a window opens: its classes load on the second core while JavaFX starts
        FirstWindowClasses.loadInBackground();
        String[] args = dataDirOption == null ? new String[0] : new String[] {"--data-dir=" + dataDirOption};
        Application.launch(RestwiseApp.class, args);
    }

    /** Called by the app once its window exists: a later start asks, the window comes forward. */
    static void bringForwardOnRequest(Stage stage) {
        if (held != null) {
            held.onShowRequest(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        }
    }

    /** The first Restwise did not answer (it may be hanging): say so rather than open a second window. */
    private static void sayAlreadyOpen(Path dataDir) {
        I18n i18n =
                new I18n(new SettingsStore(dataDir, Locale.getDefault()).load().language());
        String text = i18n.get("instance.already-open", dataDir);
        System.err.println(text);
        Platform.startup(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
            alert.setTitle(RestwiseApp.TITLE);
            alert.setHeaderText(i18n.get("instance.already-open.header"));
            alert.setOnHidden(e -> Platform.exit());
            alert.show();
        });
    }
}
