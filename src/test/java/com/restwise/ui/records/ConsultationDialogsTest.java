package com.restwise.ui.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.storage.Settings;
import com.restwise.ui.common.ConsultationDate;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The questions about one consultation, as nodes: filled with what was saved, answered without a robot. */
@ExtendWith(JavaFxToolkit.class)
class ConsultationDialogsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Client ANNA = new Client(3, "Anna Berger", "");
    private static final Consultation SAVED = saved();

    private static Consultation saved() {
        Profile p = profile().morningPain(6).build();
        return new Consultation(
                11,
                ANNA.id(),
                LocalDate.of(2026, 11, 2),
                p,
                new Advisor().assess(p, CatalogReader.shipped(), 3, "en"),
                Advisor.ENGINE_VERSION,
                "pillow advised",
                6);
    }

    private static Button button(Dialog<?> dialog, String id) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .map(t -> (Button) dialog.getDialogPane().lookupButton(t))
                .filter(b -> id.equals(b.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + id));
    }

    /** What pressing the button would return, as the dialog's result converter gives it. */
    private static <T> T press(Dialog<T> dialog, String id) {
        Button b = button(dialog, id);
        ButtonType type = dialog.getDialogPane().getButtonTypes().stream()
                .filter(t -> dialog.getDialogPane().lookupButton(t) == b)
                .findFirst()
                .orElseThrow();
        // an alert has no converter: its answer is the button pressed
        @SuppressWarnings("unchecked")
        T answer = dialog.getResultConverter() == null
                ? (T) type
                : dialog.getResultConverter().call(type);
        return answer;
    }

    private static void typeDate(Dialog<?> dialog, String text) {
        DatePicker picker = (DatePicker) dialog.getDialogPane().lookup("#consultation-date");
        picker.getEditor().setText(text);
        ((ConsultationDate) dialog.getDialogPane().getUserData()).commit(); // as Enter or leaving the field does
    }

    @Test
    void editingStartsFromWhatWasSavedAndReturnsTheCorrectedDayAndNotes() {
        JavaFxToolkit.run(() -> {
            Dialog<ConsultationDialogs.Edit> dialog =
                    ConsultationDialogs.edit(new I18n("en"), null, ConsultationLine.of(SAVED), () -> TODAY);
            assertEquals("Consultation of 2 Nov 2026", dialog.getTitle());
            assertTrue(
                    dialog.getHeaderText().startsWith("Consultation of 2 Nov 2026: correct the date"),
                    "named in the dialog too, where a window has no title bar");
            DatePicker picker = (DatePicker) dialog.getDialogPane().lookup("#consultation-date");
            TextArea notes = (TextArea) dialog.getDialogPane().lookup("#edit-consultation-notes");
            assertEquals(SAVED.date(), picker.getValue());
            assertEquals("pillow advised", notes.getText());

            notes.setText("pillow advised; seen on the 3rd");
            typeDate(dialog, "2026-11-03");
            assertEquals(
                    new ConsultationDialogs.Edit(LocalDate.of(2026, 11, 3), "pillow advised; seen on the 3rd"),
                    press(dialog, "edit-consultation-save"));
        });
    }

    @Test
    void aDayThatIsNotADateOrInTheFutureCannotBeSavedAndIsNamed() {
        JavaFxToolkit.run(() -> {
            Dialog<ConsultationDialogs.Edit> dialog =
                    ConsultationDialogs.edit(new I18n("de"), null, ConsultationLine.of(SAVED), () -> TODAY);
            typeDate(dialog, "31.02.2026");
            assertTrue(button(dialog, "edit-consultation-save").isDisabled());
            Label problem = (Label) dialog.getDialogPane().lookup("#consultation-date-problem");
            assertEquals("Einen 31. Februar 2026 gibt es nicht.", problem.getText());
            typeDate(dialog, "03.12.2026");
            assertTrue(button(dialog, "edit-consultation-save").isDisabled(), "the future is refused");
            typeDate(dialog, "30.11.2026");
            assertFalse(button(dialog, "edit-consultation-save").isDisabled());
            assertEquals("Speichern", button(dialog, "edit-consultation-save").getText());
        });
    }

    @Test
    void theDialogsTakeTheWindowsTextSize() {
        JavaFxToolkit.run(() -> {
            Stage window = new Stage();
            StackPane root = new StackPane();
            root.getStyleClass().add(Theme.textSizeClass(Settings.TextSize.LARGEST));
            window.setScene(new Scene(root));
            assertTrue(ConsultationDialogs.edit(new I18n("de"), window, ConsultationLine.of(SAVED), () -> TODAY)
                    .getDialogPane()
                    .getStyleClass()
                    .contains("text-size-150"));
            assertTrue(ConsultationDialogs.confirmDelete(new I18n("de"), window, ANNA, ConsultationLine.of(SAVED))
                    .getDialogPane()
                    .getStyleClass()
                    .contains("text-size-150"));
        });
    }

    @Test
    void cancellingTheEditReturnsNothing() {
        JavaFxToolkit.run(() -> {
            Dialog<ConsultationDialogs.Edit> dialog =
                    ConsultationDialogs.edit(new I18n("en"), null, ConsultationLine.of(SAVED), () -> TODAY);
            ButtonType cancel = dialog.getDialogPane().getButtonTypes().stream()
                    .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                    .findFirst()
                    .orElseThrow();
            assertNull(dialog.getResultConverter().call(cancel));
        });
    }

    @Test
    void deletingAsksFirstNamesTheDayAndTheClientAndEnterKeepsIt() {
        JavaFxToolkit.run(() -> {
            Alert alert = ConsultationDialogs.confirmDelete(new I18n("en"), null, ANNA, ConsultationLine.of(SAVED));
            assertEquals(
                    "Delete the consultation of 2 Nov 2026 for Anna Berger? Its answers, advice and notes will be deleted; "
                            + "Anna Berger and the other consultations stay. This cannot be undone.",
                    ((Label) alert.getDialogPane().lookup("#delete-consultation-text")).getText());
            Button go = button(alert, "delete-consultation-go");
            Button cancel = button(alert, "delete-consultation-cancel");
            assertEquals("Delete consultation", go.getText());
            assertTrue(cancel.isDefaultButton(), "Enter keeps the consultation");
            assertFalse(go.isDefaultButton());
            assertTrue(ConsultationDialogs.deletes(press(alert, "delete-consultation-go")));
            assertFalse(ConsultationDialogs.deletes(press(alert, "delete-consultation-cancel")));

            Alert german = ConsultationDialogs.confirmDelete(new I18n("de"), null, ANNA, ConsultationLine.of(SAVED));
            assertEquals(
                    "Beratung löschen", button(german, "delete-consultation-go").getText());
            assertEquals(
                    "Abbrechen", button(german, "delete-consultation-cancel").getText());
        });
    }
}
