package com.restwise.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Every dialog's owner and look, set in one place. The owner keeps it in front of the window;
 * the look is that of the window it belongs to: the theme (AtlantaFX, light or dark, is
 * the application's user-agent stylesheet and reaches every window by itself), Restwise's own
 * stylesheet and the text size chosen, which are the main window's scene and root and would
 * otherwise stop at its edge. Button labels are sized to their text, so none is cut in German or
 * at 150 %.
 */
public final class Dialogs {

    /** Every window's and dialog's title. */
    public static final String TITLE = "Restwise";

    /** Makes the dialog the window's own: it stays in front of it, and looks like it. */
    public static <T> Dialog<T> own(Dialog<T> dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        DialogPane pane = dialog.getDialogPane();
        Scene scene = owner == null ? null : owner.getScene();
        if (scene != null) {
            for (String sheet : scene.getStylesheets()) {
                if (!pane.getStylesheets().contains(sheet)) {
                    pane.getStylesheets().add(sheet);
                }
            }
            Parent root = scene.getRoot();
            if (root != null) {
                root.getStyleClass().stream()
                        .filter(c -> c.startsWith("text-size-"))
                        .filter(c -> !pane.getStyleClass().contains(c))
                        .forEach(pane.getStyleClass()::add);
            }
        }
        if (!pane.getStylesheets().contains(Theme.stylesheet())) {
            pane.getStylesheets().add(Theme.stylesheet());
        }
        pane.getStyleClass().add("restwise-dialog");
        pane.setMinHeight(Region.USE_PREF_SIZE);
        if (pane.getContent() != null) {
            wrapChoices(pane.getContent());
        }
        for (var type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return dialog;
    }

    /**
     * As {@link #own(Dialog, Window)}, and the icon an alert shows beside its header (a question
     * mark, an error sign) is named for a screen reader: "Question", "Error", ...
     */
    public static <T> Dialog<T> own(Dialog<T> dialog, Window owner, I18n i18n) {
        own(dialog, owner);
        String words = iconWords(dialog, i18n);
        DialogPane pane = dialog.getDialogPane();
        java.util.function.Consumer<Node> name = icon -> {
            if (icon != null
                    && (icon.getAccessibleText() == null
                            || icon.getAccessibleText().isBlank())) {
                icon.setAccessibleText(words);
            }
        };
        // the theme's stylesheet puts the icon in when the dialog is styled, or changes it
        name.accept(pane.getGraphic());
        pane.graphicProperty().addListener((obs, was, now) -> name.accept(now));
        return dialog;
    }

    /** What the icon of an alert of this kind says; a dialog that asks for text asks a question. */
    private static String iconWords(Dialog<?> dialog, I18n i18n) {
        Alert.AlertType type = dialog instanceof Alert alert ? alert.getAlertType() : Alert.AlertType.CONFIRMATION;
        return switch (type) {
            case ERROR -> i18n.get("dialog.icon.error");
            case WARNING -> i18n.get("dialog.icon.warning");
            case INFORMATION -> i18n.get("dialog.icon.information");
            case CONFIRMATION, NONE -> i18n.get("dialog.icon.question");
        };
    }

    /**
     * Radio buttons and check boxes take a second line rather than an ellipsis ("Mit einer
     * Passphrase schützen (empfohl…"): wrapped, and as wide as their box lets them be.
     */
    private static void wrapChoices(Node node) {
        if (node instanceof RadioButton || node instanceof CheckBox) {
            Labeled choice = (Labeled) node;
            choice.setWrapText(true);
            choice.setMaxWidth(Double.MAX_VALUE);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(Dialogs::wrapChoices);
        }
    }

    private Dialogs() {}
}
