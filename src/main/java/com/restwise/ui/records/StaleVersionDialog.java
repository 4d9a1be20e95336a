package com.restwise.ui.records;

import com.restwise.records.Consultation;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A correction made on a version someone else changed meanwhile: both side by side, and the
 * therapist keeps theirs (as the newest version), takes the other, or copies their text.
 */
public final class StaleVersionDialog {

    private StaleVersionDialog() {}

    static Optional<RecordsViewModel.StaleChoice> ask(
            I18n i18n, Window owner, LocalDate myDate, String myNotes, Consultation other) {
        return create(i18n, owner, myDate, myNotes, other).showAndWait();
    }

    public static Dialog<RecordsViewModel.StaleChoice> create(
            I18n i18n, Window owner, LocalDate myDate, String myNotes, Consultation other) {
        Dialog<RecordsViewModel.StaleChoice> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("stale.title"));
        dialog.setHeaderText(i18n.get("stale.header"));
        dialog.initOwner(owner);
        GridPane both = new GridPane();
        both.setHgap(16);
        both.setVgap(8);
        both.add(heading(i18n.get("stale.mine")), 0, 0);
        both.add(heading(i18n.get("stale.other")), 1, 0);
        both.add(new Label(i18n.date(myDate)), 0, 1);
        both.add(new Label(i18n.date(other.date())), 1, 1);
        both.add(text(myNotes, "stale-mine"), 0, 2);
        both.add(text(other.notes(), "stale-other"), 1, 2);
        GridPane.setHgrow(both.getChildren().get(4), Priority.ALWAYS);
        GridPane.setHgrow(both.getChildren().get(5), Priority.ALWAYS);
        Label intro = new Label(i18n.get("stale.intro"));
        intro.setWrapText(true);
        VBox content = new VBox(12, intro, both);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("stale-dialog");
        ButtonType keep = new ButtonType(i18n.get("stale.keep-mine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType take = new ButtonType(i18n.get("stale.take-other"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType copy = new ButtonType(i18n.get("stale.copy-mine"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(copy, take, keep);
        dialog.setResultConverter(b -> {
            if (b == keep) {
                return RecordsViewModel.StaleChoice.KEEP_MINE;
            }
            if (b == copy) {
                ClipboardContent mine = new ClipboardContent();
                mine.putString(myNotes);
                Clipboard.getSystemClipboard().setContent(mine);
                return RecordsViewModel.StaleChoice.COPY_MINE;
            }
            return RecordsViewModel.StaleChoice.TAKE_OTHER;
        });
        return Dialogs.own(dialog, owner);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-title");
        return l;
    }

    private static TextArea text(String notes, String id) {
        TextArea area = new TextArea(notes);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setId(id);
        return area;
    }
}
