package com.restwise.ui.records;

import com.restwise.records.Client;
import com.restwise.records.ConsultationLine;
import com.restwise.ui.common.ConsultationDate;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The questions about one saved consultation: correcting its day and notes, and deleting it.
 * Built apart from showing them, so a test can fill and answer them as nodes. Both carry the
 * app's stylesheet, as their windows are not the app's scene.
 */
public final class ConsultationDialogs {

    /** A corrected day and notes. */
    record Edit(LocalDate date, String notes) {}

    /**
     * The day (read as on the results page: typed in the app's language, never in the future)
     * and the notes, filled with what was saved. Save is disabled while the day is not a date.
     */
    public static Dialog<Edit> edit(I18n i18n, Window owner, ConsultationLine c, Supplier<LocalDate> today) {
        Dialog<Edit> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("records.edit.title", i18n.date(c.date())));
        dialog.setHeaderText(i18n.get("records.edit.header", i18n.date(c.date())));
        ConsultationDate date = new ConsultationDate(i18n, today);
        date.set(c.date());
        TextArea notes = new TextArea(c.notes());
        notes.setId("edit-consultation-notes");
        notes.setPromptText(i18n.get("results.notes"));
        notes.setAccessibleText(i18n.get("results.notes"));
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        VBox content = new VBox(12, date.node(), notes);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setUserData(date); // for tests: the field, to read typed text as Enter does
        ButtonType save = new ButtonType(i18n.get("records.edit.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, save);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("edit-consultation-save");
        saveButton.disableProperty().bind(date.valid().not());
        dialog.setResultConverter(b -> {
            if (b != save) {
                return null;
            }
            date.commit(); // a day typed without Enter counts, as leaving the field does
            return date.value() == null ? null : new Edit(date.value(), notes.getText());
        });
        Dialogs.own(dialog, owner);
        return dialog;
    }

    /** Asks before deleting one consultation; Cancel is the default, so Enter deletes nothing. */
    public static Alert confirmDelete(I18n i18n, Window owner, Client client, ConsultationLine c) {
        ButtonType delete = new ButtonType(i18n.get("records.delete-consultation.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", cancel, delete);
        Label text = new Label(i18n.get("records.delete-consultation.confirm", i18n.date(c.date()), client.name()));
        text.setWrapText(true);
        text.setId("delete-consultation-text");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(520);
        alert.setTitle(i18n.get("records.delete-consultation.title"));
        alert.setHeaderText(i18n.get("records.delete-consultation.title"));
        Button go = (Button) alert.getDialogPane().lookupButton(delete);
        go.setId("delete-consultation-go");
        go.setDefaultButton(false);
        go.getStyleClass().add("danger");
        Button stay = (Button) alert.getDialogPane().lookupButton(cancel);
        stay.setId("delete-consultation-cancel");
        stay.setDefaultButton(true);
        Dialogs.own(alert, owner, i18n);
        return alert;
    }

    /** Whether the answer to {@link #confirmDelete} was to delete. */
    static boolean deletes(ButtonType answer) {
        return answer != null && answer.getButtonData() == ButtonBar.ButtonData.OK_DONE;
    }

    private ConsultationDialogs() {}
}
