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

/**
 * Asks the login's password when the practice's records are opened, or again after they locked.
 * The password goes from the field to the connection and is written nowhere.
 */
public final class PracticePasswordDialog {

    private PracticePasswordDialog() {}

    /**
     * @param why what to say above the field: why it is asked (first opening, a lock, a refusal)
     */
    public static Optional<char[]> ask(I18n i18n, Window owner, String who, String why) {
        return create(i18n, owner, who, why).showAndWait();
    }

    public static Dialog<char[]> create(I18n i18n, Window owner, String who, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("place.password.title"));
        dialog.setHeaderText(i18n.get("place.password.header", who));
        dialog.initOwner(owner);
        Label intro = new Label(why);
        intro.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("practice-password");
        password.setAccessibleText(i18n.get("place.password.header", who));
        // the field's name for a screen reader: a password field never says its text
        Label label = new Label(i18n.get("place.password.label"));
        label.setLabelFor(password);
        VBox content = new VBox(12, intro, new VBox(6, label, password));
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("practice-password-dialog");
        ButtonType open = new ButtonType(i18n.get("place.password.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("place.password.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, open);
        dialog.getDialogPane()
                .lookupButton(open)
                .disableProperty()
                .bind(password.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(open).setId("practice-password-open");
        dialog.setResultConverter(b -> {
            char[] typed = b == open ? password.getText().toCharArray() : null;
            password.clear();
            return typed;
        });
        dialog.setOnShown(e -> password.requestFocus());
        return Dialogs.own(dialog, owner);
    }
}
