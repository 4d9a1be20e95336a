package com.restwise.ui.records;

import com.restwise.records.ClientTransfer;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Before an export: protect the file with a passphrase (chosen at first, and recommended) or
 * write it plain, with a plain statement that a plain file holds health data anyone can read.
 */
public final class ExportDialog extends Dialog<ExportDialog.Choice> {

    /** The passphrase to seal the file with, or null for a plain export. */
    record Choice(char[] passphrase) {}

    public ExportDialog(I18n i18n, Window owner) {
        PassphraseChoice choice = new PassphraseChoice(i18n);
        setTitle(i18n.get("records.export.title"));
        setHeaderText(i18n.get("records.export.question"));
        ToggleGroup group = new ToggleGroup();
        RadioButton protect = new RadioButton(i18n.get("records.export.protect"));
        protect.setId("export-protect");
        protect.setToggleGroup(group);
        protect.setSelected(true);
        RadioButton plain = new RadioButton(i18n.get("records.export.plain"));
        plain.setId("export-plain");
        plain.setToggleGroup(group);
        for (RadioButton option : new RadioButton[] {protect, plain}) {
            option.setWrapText(true); // German at 150 % takes two lines
            option.setMaxWidth(Double.MAX_VALUE);
        }
        choice.protect().bind(protect.selectedProperty());

        PasswordField passphrase = new PasswordField();
        passphrase.setId("export-passphrase");
        passphrase.setPromptText(i18n.get("records.export.passphrase"));
        passphrase.setAccessibleText(i18n.get("records.export.passphrase"));
        PasswordField again = new PasswordField();
        again.setId("export-passphrase-again");
        again.setPromptText(i18n.get("records.export.passphrase-again"));
        again.setAccessibleText(i18n.get("records.export.passphrase-again"));
        choice.passphrase().bind(passphrase.textProperty());
        choice.again().bind(again.textProperty());
        again.focusedProperty()
                .addListener((obs, was, now) -> choice.againLeft().set(!now));
        passphrase.disableProperty().bind(plain.selectedProperty());
        again.disableProperty().bind(plain.selectedProperty());
        Label keep = new Label(i18n.get("records.export.keep-apart"));
        keep.setWrapText(true);
        keep.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.setId("export-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(choice.problem());
        // the same sentence the command line prints for a plain export
        Label warning = new Label(ClientTransfer.plainExportWarning(i18n.lang()));
        warning.setId("export-plain-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning");

        // labels in view, not only prompts that go as soon as typing starts
        Label passphraseLabel = new Label(i18n.get("records.export.passphrase"));
        passphraseLabel.setLabelFor(passphrase);
        passphraseLabel.setWrapText(true);
        Label againLabel = new Label(i18n.get("records.export.passphrase-again"));
        againLabel.setLabelFor(again);
        againLabel.setWrapText(true);
        VBox protectedPart = new VBox(8, passphraseLabel, passphrase, againLabel, again, keep, problem);
        protectedPart.setPadding(new Insets(0, 0, 0, 28));
        VBox content = new VBox(12, protect, protectedPart, plain, warning);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        ButtonType export = new ButtonType(i18n.get("records.export.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(cancel, export);
        getDialogPane()
                .lookupButton(export)
                .disableProperty()
                .bind(choice.ready().not());
        getDialogPane().lookupButton(export).setId("export-ok");
        setResultConverter(b -> b == export ? new Choice(choice.chosen()) : null);
        setOnShown(e -> passphrase.requestFocus());
        Dialogs.own(this, owner);
    }
}
