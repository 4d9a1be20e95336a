package com.restwise.ui.app;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;
import com.restwise.ui.common.CutLabels;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import com.restwise.ui.records.ConflictDialog;
import com.restwise.ui.records.ConsultationDialogs;
import com.restwise.ui.records.ExportDialog;
import com.restwise.ui.records.PassphraseDialog;
import com.restwise.ui.report.PracticeDialog;
import com.restwise.ui.report.ReportSavedDialog;
import com.restwise.ui.wizard.StartAgain;
import com.restwise.ui.wizard.StartAgainDialog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every dialog shown from a German window at 150 %: no label, radio button or check box is cut
 * short, every option wraps rather than cut its text on a wider font, and the dialog's text is the window's size, not the theme's smaller default.
 */
@ExtendWith(JavaFxToolkit.class)
class DialogsAtTextSizeTest {

    /** The root font size at 150 % (restwise.css, .text-size-150). */
    private static final double LARGEST = 21;

    @Test
    void everyDialogAtGerman150PercentWrapsItsTextAndTakesTheWindowsSize() {
        I18n de = new I18n("de");
        Client client = new Client(3, "Maria-Theresa Schönberger-Wittgenstein-Hohenlohe", "");
        Profile p = profile().morningPain(6).build();
        Consultation saved = new Consultation(
                11,
                client.id(),
                LocalDate.of(2026, 11, 2),
                p,
                new Advisor().assess(p, CatalogReader.shipped(), 3, "de"),
                Advisor.ENGINE_VERSION,
                "Kissen",
                6);
        List<String> problems = JavaFxToolkit.call(() -> {
            Stage window = new Stage();
            StackPane root = new StackPane();
            root.getStyleClass().add(Theme.textSizeClass(Settings.TextSize.LARGEST));
            Scene scene = new Scene(root, 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            window.setScene(scene);
            window.show();
            Map<String, Supplier<Dialog<?>>> dialogs = new LinkedHashMap<>();
            dialogs.put("export", () -> new ExportDialog(de, window));
            dialogs.put("passphrase", () -> PassphraseDialog.create(de, window, "akten.restwise", true));
            dialogs.put("conflict", () -> ConflictDialog.create(de, window, Set.of(client.name(), "Anna Berger")));
            dialogs.put("practice", () -> PracticeDialog.create(de, window, ReportSettings.NONE));
            dialogs.put(
                    "report saved",
                    () -> ReportSavedDialog.saved(
                            de, window, Path.of("Berichte", "restwise-bericht-2026-11-02.pdf"), uri -> {}));
            dialogs.put(
                    "report failed",
                    () -> ReportSavedDialog.failed(
                            de,
                            window,
                            "Der Bericht konnte nicht nach Berichte/restwise.pdf geschrieben werden: kein Platz mehr."));
            dialogs.put(
                    "edit consultation",
                    () -> ConsultationDialogs.edit(
                            de, window, com.restwise.records.ConsultationLine.of(saved), LocalDate::now));
            dialogs.put(
                    "delete consultation",
                    () -> ConsultationDialogs.confirmDelete(
                            de, window, client, com.restwise.records.ConsultationLine.of(saved)));
            dialogs.put(
                    "start again",
                    () -> StartAgainDialog.create(
                            de, StartAgain.ASK_CONSULTATION, client.name(), Settings.TextSize.LARGEST));
            List<String> found = new ArrayList<>();
            for (var entry : dialogs.entrySet()) {
                Dialog<?> dialog = entry.getValue().get();
                if (!dialog.isShowing()) {
                    dialog.show();
                }
                DialogPane pane = dialog.getDialogPane();
                for (int i = 0; i < 3; i++) {
                    pane.applyCss();
                    pane.layout();
                }
                CutLabels.in(pane).forEach(cut -> found.add(entry.getKey() + ": " + cut));
                smallText(pane, found, entry.getKey());
                pane.getScene().getWindow().hide();
            }
            window.hide();
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A label in the dialog's text smaller than the window's text size (a hint is meant a little smaller). */
    private static void smallText(Node node, List<String> found, String dialog) {
        if (node instanceof Labeled l
                && l.isVisible()
                && l.getText() != null
                && !l.getText().isBlank()
                && !l.getStyleClass().contains("hint")
                && l.getFont().getSize() < LARGEST - 0.5) {
            found.add(dialog + ": \"" + l.getText() + "\" is " + l.getFont().getSize() + " px, not " + LARGEST);
        }
        // fonts differ in width between machines: an option that fits here may not on a wider font
        if ((node instanceof RadioButton || node instanceof CheckBox) && !((Labeled) node).isWrapText()) {
            found.add(dialog + ": the option \"" + ((Labeled) node).getText() + "\" does not wrap");
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> smallText(c, found, dialog));
        }
    }
}
