package com.restwise.ui.report;

import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * After a report is written: where it went, with one click to open it or the folder it is in;
 * or, when it could not be written, which file and why, so nobody walks off thinking it is there.
 * Not modal-blocking: the window behind stays as it was.
 */
public final class ReportSavedDialog {

    private ReportSavedDialog() {}

    public static Alert saved(I18n i18n, Window owner, Path file, Consumer<String> showDocument) {
        ButtonType open = new ButtonType(i18n.get("report.saved.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType folder = new ButtonType(i18n.get("report.saved.folder"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(i18n.get("report.saved.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(
                Alert.AlertType.INFORMATION, i18n.get("report.saved.text", file.toAbsolutePath()), open, folder, close);
        alert.setTitle(Dialogs.TITLE);
        alert.setHeaderText(i18n.get("report.saved.header"));
        alert.getDialogPane().setId("report-saved");
        alert.getDialogPane().lookupButton(open).setId("report-open");
        alert.getDialogPane().lookupButton(folder).setId("report-open-folder");
        alert.getDialogPane().lookupButton(close).setId("report-close");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Dialogs.own(alert, owner, i18n);
        alert.setOnHidden(e -> {
            Path absolute = file.toAbsolutePath();
            if (alert.getResult() == open) {
                showDocument.accept(absolute.toUri().toString());
            } else if (alert.getResult() == folder && absolute.getParent() != null) {
                showDocument.accept(absolute.getParent().toUri().toString());
            }
        });
        alert.show();
        return alert;
    }

    /** @param why the reason, naming the file (from StorageTexts) */
    public static Alert failed(I18n i18n, Window owner, String why) {
        ButtonType close = new ButtonType(i18n.get("report.saved.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.ERROR, why, close);
        alert.setTitle(Dialogs.TITLE);
        alert.setHeaderText(i18n.get("report.failed.header"));
        alert.getDialogPane().setId("report-failed");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Dialogs.own(alert, owner, i18n);
        alert.show();
        return alert;
    }
}
