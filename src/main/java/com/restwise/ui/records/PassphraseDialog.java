package com.restwise.ui.records;

import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for the passphrase of a protected export; says so when the last one did not open it. */
public final class PassphraseDialog {

    static Optional<char[]> ask(I18n i18n, Window owner, String fileName, boolean wrongBefore) {
        return create(i18n, owner, fileName, wrongBefore).showAndWait();
    }

    /** The dialog, not yet shown, in the window's theme and text size. */
    public static Dialog<char[]> create(I18n i18n, Window owner, String fileName, boolean wrongBefore) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("records.import"));
        dialog.setHeaderText(i18n.get("records.import.protected", fileName));
        PasswordField field = new PasswordField();
        field.setId("import-passphrase");
        field.setPromptText(i18n.get("records.export.passphrase"));
        field.setAccessibleText(i18n.get("records.export.passphrase"));
        Label label = new Label(i18n.get("records.export.passphrase"));
        label.setLabelFor(field);
        VBox content = new VBox(6, label, field);
        if (wrongBefore) {
            Label wrong = new Label(i18n.get("records.import.wrong-passphrase"));
            wrong.setId("import-passphrase-wrong");
            wrong.setWrapText(true);
            wrong.getStyleClass().add("danger");
            content.getChildren().add(0, wrong);
            content.setSpacing(10);
        }
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(i18n.get("records.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, open);
        dialog.getDialogPane()
                .lookupButton(open)
                .disableProperty()
                .bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return Dialogs.own(dialog, owner);
    }

    private PassphraseDialog() {}
}
