package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "Start again?" question as a node: its words, its buttons, and that keeping is the safe default. */
@ExtendWith(JavaFxToolkit.class)
class StartAgainDialogTest {

    private static Dialog<Boolean> dialog(String lang, Settings.TextSize size) {
        return JavaFxToolkit.call(
                () -> StartAgainDialog.create(new I18n(lang), StartAgain.ASK_CONSULTATION, "Anna Berger", size));
    }

    private static Button button(Dialog<Boolean> dialog, String id) {
        DialogPane pane = dialog.getDialogPane();
        return pane.getButtonTypes().stream()
                .map(t -> (Button) pane.lookupButton(t))
                .filter(b -> id.equals(b.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theButtonsSayWhatTheyDoAndKeepingIsTheDefault() {
        Dialog<Boolean> dialog = dialog("en", Settings.TextSize.NORMAL);
        DialogPane pane = dialog.getDialogPane();
        assertEquals("Start again?", pane.getHeaderText());
        assertEquals(
                "The consultation for Anna Berger is not saved yet. Starting again discards its answers and notes.",
                ((Label) pane.getContent()).getText());
        Button discard = button(dialog, "start-again-discard");
        Button keep = button(dialog, "start-again-keep");
        assertEquals("Discard answers", discard.getText());
        assertEquals("Keep answers", keep.getText());
        assertTrue(keep.isDefaultButton(), "Enter keeps");
        assertTrue(keep.isCancelButton(), "Esc and closing the window keep");
        assertFalse(discard.isDefaultButton());
        assertTrue(discard.getStyleClass().contains("danger"));
    }

    @Test
    void onlyTheDiscardButtonDiscards() {
        Dialog<Boolean> kept = dialog("en", Settings.TextSize.NORMAL);
        JavaFxToolkit.run(() -> button(kept, "start-again-keep").fire());
        assertEquals(Boolean.FALSE, kept.getResult());
        Dialog<Boolean> discarded = dialog("en", Settings.TextSize.NORMAL);
        JavaFxToolkit.run(() -> button(discarded, "start-again-discard").fire());
        assertEquals(Boolean.TRUE, discarded.getResult());
    }

    @Test
    void inGermanAtTheLargestTextNoButtonLabelIsCut() {
        Dialog<Boolean> dialog = dialog("de", Settings.TextSize.LARGEST);
        DialogPane pane = dialog.getDialogPane();
        assertTrue(
                pane.getStyleClass().contains(Theme.textSizeClass(Settings.TextSize.LARGEST)), "the app's text size");
        assertTrue(pane.getStylesheets().contains(Theme.stylesheet()), "the app's stylesheet");
        JavaFxToolkit.run(() -> {
            pane.applyCss();
            StartAgainDialog.widenForButtons(pane); // as when shown
            pane.resize(pane.prefWidth(-1), pane.prefHeight(pane.prefWidth(-1)));
            pane.layout();
        });
        for (String id : new String[] {"start-again-discard", "start-again-keep"}) {
            Button b = button(dialog, id);
            assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, id + " is cut: " + b.getText());
        }
        assertEquals(21, button(dialog, "start-again-discard").getFont().getSize(), 0.01, "150 %");
        assertEquals(21, ((Label) pane.getContent()).getFont().getSize(), 0.01, "150 %");
        assertEquals(
                "Antworten verwerfen", button(dialog, "start-again-discard").getText());
        assertEquals("Antworten behalten", button(dialog, "start-again-keep").getText());
    }
}
