package com.restwise.ui.records;

import com.restwise.records.practice.PracticeStore;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Every version of a consultation in the practice's records, the first first: a correction never
 * overwrites, so the original and the time and author of each change stay readable.
 */
public final class VersionsDialog {

    private VersionsDialog() {}

    static void show(I18n i18n, Window owner, List<PracticeStore.ConsultationVersion> versions) {
        create(i18n, owner, versions).showAndWait();
    }

    /** What made the version, in the person's language; a kind this Restwise does not know, as stored. */
    private static String change(I18n i18n, String change) {
        String key = CHANGES.get(change);
        return key == null ? change : i18n.get(key);
    }

    private static final java.util.Map<String, String> CHANGES = java.util.Map.of(
            "saved",
            "versions.change.saved",
            "corrected",
            "versions.change.corrected",
            "imported",
            "versions.change.imported",
            "deleted",
            "versions.change.deleted",
            "replaced by an import",
            "versions.change.replaced");

    public static Dialog<Void> create(I18n i18n, Window owner, List<PracticeStore.ConsultationVersion> versions) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("versions.title"));
        dialog.setHeaderText(i18n.get("versions.title"));
        dialog.initOwner(owner);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        VBox list = new VBox(14);
        for (PracticeStore.ConsultationVersion v : versions) {
            var at = v.savedAt().atZone(ZoneId.systemDefault());
            String who = v.savedByName() == null || v.savedByName().isBlank() ? v.savedBy() : v.savedByName();
            Label head = new Label(i18n.get(
                    "versions.version",
                    v.version(),
                    i18n.date(at.toLocalDate()),
                    time.format(at),
                    who,
                    change(i18n, v.change())));
            head.getStyleClass().add("card-title");
            head.setWrapText(true);
            Label day = new Label(i18n.get("versions.day", i18n.date(v.date())));
            Label notes =
                    new Label(v.notes() == null || v.notes().isBlank() ? i18n.get("versions.no-notes") : v.notes());
            notes.setWrapText(true);
            VBox one = new VBox(4, head, day, notes);
            one.getStyleClass().add("option-card");
            one.setMaxWidth(Double.MAX_VALUE); // each version as wide as the dialog, not as its words
            list.getChildren().add(one);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 420);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("versions-dialog");
        dialog.getDialogPane()
                .getButtonTypes()
                .add(new ButtonType(i18n.get("versions.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return Dialogs.own(dialog, owner);
    }
}
