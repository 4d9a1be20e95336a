package com.restwise.ui.wizard;

import com.restwise.storage.Settings;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * "Start again?" before unfinished answers are thrown away: two buttons that say what they do,
 * "Discard answers" and "Keep answers". Keeping is the default (Enter) and what Esc or closing
 * the window means, so only a deliberate choice loses anything. In the app's stylesheet and
 * text size, like the window it belongs to.
 */
public final class StartAgainDialog {

    /** Whether the person chose to discard the answers. */
    public static boolean ask(I18n i18n, Window owner, StartAgain question, String client, Settings.TextSize size) {
        Dialog<Boolean> dialog = create(i18n, question, client, size);
        Dialogs.own(dialog, owner);
        return dialog.showAndWait().orElse(false);
    }

    /** The dialog, not yet shown. */
    public static Dialog<Boolean> create(I18n i18n, StartAgain question, String client, Settings.TextSize size) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("start-again.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("start-again-dialog");
        pane.getStylesheets().add(Theme.stylesheet());
        pane.getStyleClass().add(Theme.textSizeClass(size));
        pane.setHeaderText(i18n.get("start-again.title"));
        Label text = new Label(question.question(i18n, client));
        text.setId("start-again-text");
        text.setWrapText(true);
        text.setPrefWidth(440);
        text.setMinHeight(Region.USE_PREF_SIZE);
        pane.setContent(text);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        ButtonType discard = new ButtonType(i18n.get("start-again.discard"), ButtonData.OTHER);
        ButtonType keep = new ButtonType(i18n.get("start-again.keep"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().addAll(discard, keep);
        Button discardButton = (Button) pane.lookupButton(discard);
        discardButton.setId("start-again-discard");
        discardButton.getStyleClass().add("danger");
        discardButton.setDefaultButton(false);
        Button keepButton = (Button) pane.lookupButton(keep);
        keepButton.setId("start-again-keep");
        keepButton.setDefaultButton(true);
        for (Button b : new Button[] {discardButton, keepButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // whole words, never "Discard ans..."
        }
        dialog.setResultConverter(b -> b == discard);
        dialog.setOnShowing(e -> widenForButtons(pane));
        dialog.setOnShown(e -> keepButton.requestFocus());
        return dialog;
    }

    /**
     * A dialog pane leaves part of its button bar out of its preferred width, so long labels
     * (German at 150 %) would be cut: the pane is made as wide as its buttons need, once its
     * stylesheet applies (as it is shown).
     */
    static void widenForButtons(DialogPane pane) {
        pane.applyCss();
        pane.layout();
        if (pane.lookup(".button-bar") instanceof Region bar) {
            double need = bar.prefWidth(-1) + pane.snappedLeftInset() + pane.snappedRightInset();
            pane.setPrefWidth(Math.max(pane.prefWidth(-1), need));
        }
    }

    private StartAgainDialog() {}
}
