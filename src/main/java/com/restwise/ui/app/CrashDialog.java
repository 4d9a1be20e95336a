package com.restwise.ui.app;

import com.restwise.ui.common.I18n;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * What an uncaught exception (a bug) does: it goes into the log, the user's answers are saved as
 * the draft, and a calm dialog says so and offers to open the log folder. The app carries on;
 * the next start offers to resume the answers if it does not.
 */
final class CrashDialog {

    private static final System.Logger LOG = System.getLogger("com.restwise.ui");

    private final Window owner;
    private final Runnable saveAnswers;
    private final Supplier<I18n> i18n;
    private final Path logFolder;
    private final HostServices host;
    /** One dialog at a time: a bug that repeats on every frame must not pile up windows. */
    private Alert shown;

    CrashDialog(Window owner, Runnable saveAnswers, Supplier<I18n> i18n, Path logFolder, HostServices host) {
        this.owner = owner;
        this.saveAnswers = saveAnswers;
        this.i18n = i18n;
        this.logFolder = logFolder;
        this.host = host;
    }

    /** From the JavaFX thread, once the window is up: catches what every thread leaves uncaught. */
    static void install(Window owner, Runnable saveAnswers, Supplier<I18n> i18n, Path logFolder, HostServices host) {
        CrashDialog dialog = new CrashDialog(owner, saveAnswers, i18n, logFolder, host);
        Thread.setDefaultUncaughtExceptionHandler(dialog::uncaught);
        Thread.currentThread().setUncaughtExceptionHandler(dialog::uncaught);
    }

    private void uncaught(Thread thread, Throwable e) {
        LOG.log(System.Logger.Level.ERROR, "uncaught exception in thread " + thread.getName(), e);
        // later, not now: the exception may have come in the middle of a layout or a pulse
        Platform.runLater(() -> {
            try {
                saveAnswers.run();
            } catch (RuntimeException again) {
                LOG.log(System.Logger.Level.ERROR, "saving the answers after it failed too", again);
            }
            show();
        });
    }

    /** Shows the dialog (package-private for the tests of what it says). */
    void show() {
        if (shown != null) {
            return;
        }
        I18n texts = i18n.get();
        ButtonType openLog = new ButtonType(texts.get("crash.open-log"), ButtonBar.ButtonData.LEFT);
        ButtonType carryOn = new ButtonType(texts.get("crash.continue"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, texts.get("crash.text", logFolder), carryOn, openLog);
        alert.setTitle(RestwiseApp.TITLE);
        alert.setHeaderText(texts.get("crash.header"));
        com.restwise.ui.common.Dialogs.own(alert, owner, texts);
        alert.getDialogPane().setId("crash-dialog");
        alert.setOnHidden(e -> {
            if (alert.getResult() == openLog) {
                host.showDocument(logFolder.toUri().toString());
            }
            shown = null;
        });
        shown = alert;
        alert.show();
    }
}
