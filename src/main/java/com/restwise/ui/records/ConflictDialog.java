package com.restwise.ui.records;

import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks what an import does with clients already in the records: one choice for all of them,
 * each explained in a line, labels wrapping rather than cut in either language. Keeping one's
 * own is chosen at first, as it changes nothing already there.
 */
public final class ConflictDialog {

    static Optional<OnConflict> ask(I18n i18n, Window owner, Set<String> names) {
        return create(i18n, owner, names).showAndWait();
    }

    /** The dialog, themed like its owner, not shown yet. */
    public static Dialog<OnConflict> create(I18n i18n, Window owner, Set<String> names) {
        Dialog<OnConflict> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("records.import"));
        dialog.setHeaderText(i18n.get("records.conflict", shortList(i18n, names)));
        ToggleGroup group = new ToggleGroup();
        VBox content = new VBox(12);
        String[][] texts = {
            {"records.conflict.skip", "records.conflict.skip.detail"},
            {"records.conflict.replace", "records.conflict.replace.detail"},
            {"records.conflict.both", "records.conflict.both.detail"},
        };
        OnConflict[] choices = {OnConflict.SKIP, OnConflict.REPLACE, OnConflict.KEEP_BOTH};
        for (int i = 0; i < choices.length; i++) {
            OnConflict choice = choices[i];
            RadioButton option = new RadioButton(i18n.get(texts[i][0]));
            option.setId("conflict-" + choice.name().toLowerCase().replace('_', '-'));
            option.setUserData(choice);
            option.setToggleGroup(group);
            option.setWrapText(true);
            option.setSelected(choice == OnConflict.SKIP);
            Label detail = new Label(i18n.get(texts[i][1]));
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            detail.setPadding(new Insets(0, 0, 0, 28));
            content.getChildren().add(new VBox(4, option, detail));
        }
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType go = new ButtonType(i18n.get("records.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("records.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(cancel, go);
        dialog.getDialogPane().lookupButton(go).setId("conflict-ok");
        dialog.setResultConverter(
                b -> b == go ? (OnConflict) group.getSelectedToggle().getUserData() : null);
        return Dialogs.own(dialog, owner);
    }

    /** Names shown in the question: the first few, then how many more, so a big file still fits. */
    static final int NAMES_SHOWN = 8;

    static String shortList(I18n i18n, Set<String> names) {
        List<String> all = List.copyOf(names);
        if (all.size() <= NAMES_SHOWN) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, NAMES_SHOWN)) + " "
                + i18n.get("records.conflict.and-more", all.size() - NAMES_SHOWN);
    }

    private ConflictDialog() {}
}
