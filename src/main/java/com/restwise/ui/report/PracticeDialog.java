package com.restwise.ui.report;

import com.restwise.storage.ReportSettings;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The practice's and the therapist's names printed at the head of every report: set once, kept
 * in the settings. An empty field prints nothing, not an empty label.
 */
public final class PracticeDialog {

    private PracticeDialog() {}

    public static Optional<ReportSettings> ask(I18n i18n, Window owner, ReportSettings current) {
        return create(i18n, owner, current).showAndWait();
    }

    /** The dialog, not yet shown, in the window's theme and text size. */
    public static Dialog<ReportSettings> create(I18n i18n, Window owner, ReportSettings current) {
        Dialog<ReportSettings> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("practice.title"));
        dialog.setHeaderText(i18n.get("practice.title"));
        TextField practice = field(i18n.get("practice.practice"), current.practice(), "practice-name");
        TextField therapist = field(i18n.get("practice.therapist"), current.therapist(), "therapist-name");
        Label intro = new Label(i18n.get("practice.intro"));
        intro.setWrapText(true);
        VBox content = new VBox(
                12,
                intro,
                labelled(i18n.get("practice.practice"), practice),
                labelled(i18n.get("practice.therapist"), therapist));
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType save = new ButtonType(i18n.get("practice.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("practice.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, save);
        dialog.getDialogPane().lookupButton(save).setId("practice-save");
        dialog.getDialogPane().setId("practice-dialog");
        dialog.setResultConverter(
                b -> b == save ? current.withPractice(practice.getText()).withTherapist(therapist.getText()) : null);
        dialog.setOnShown(e -> practice.requestFocus());
        return Dialogs.own(dialog, owner);
    }

    private static TextField field(String name, String value, String id) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId(id);
        field.setAccessibleText(name);
        // the settings keep at most this much; typing more would be cut without a word
        field.setTextFormatter(new TextFormatter<String>(
                change -> change.getControlNewText().length() > ReportSettings.MAX_NAME ? null : change));
        return field;
    }

    private static VBox labelled(String name, TextField field) {
        Label label = new Label(name);
        label.setLabelFor(field);
        label.setWrapText(true); // "Name der Therapeutin oder des Therapeuten" at 150 %
        return new VBox(4, label, field);
    }
}
