package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.storage.Settings;
import com.restwise.ui.common.CutLabels;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The import's conflict question looks like the window it belongs to, and shows every label whole. */
@ExtendWith(JavaFxToolkit.class)
class ConflictDialogTest {

    private String themeBefore;
    private Stage owner;
    private Dialog<OnConflict> dialog;

    @BeforeEach
    void remember() {
        themeBefore = JavaFxToolkit.call(Application::getUserAgentStylesheet);
    }

    @AfterEach
    void close() {
        JavaFxToolkit.run(() -> {
            if (dialog != null) {
                dialog.setResult(null);
                dialog.close();
            }
            if (owner != null) {
                owner.close();
            }
            Application.setUserAgentStylesheet(themeBefore);
        });
    }

    /** The main window as the app builds it: its stylesheet on the scene, the text size on the root. */
    private void open(String lang, Settings.Theme theme, Settings.TextSize size) throws Exception {
        JavaFxToolkit.run(() -> {
            Theme.apply(theme);
            StackPane root = new StackPane();
            root.getStyleClass().addAll("wizard", Theme.textSizeClass(size));
            Scene scene = new Scene(root, 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            owner = new Stage();
            owner.setScene(scene);
            owner.show();
            dialog = ConflictDialog.create(
                    new I18n(lang), owner, Set.of("Anna Berger-Wolfenbüttel", "Jan Novák", "Hannah Annenberg"));
            dialog.show();
        });
        JavaFxToolkit.waitUntil(
                "the dialog to show",
                () -> dialog.isShowing() && dialog.getDialogPane().getWidth() > 0);
    }

    @ParameterizedTest(name = "{0}, {1}, {2} %")
    @CsvSource({"de, DARK, 150", "de, LIGHT, 100", "en, DARK, 125", "en, LIGHT, 150"})
    void usesTheMainWindowsThemeAndCutsNoLabel(String lang, Settings.Theme theme, int percent) throws Exception {
        Settings.TextSize size = Arrays.stream(Settings.TextSize.values())
                .filter(s -> s.percent() == percent)
                .findFirst()
                .orElseThrow();
        open(lang, theme, size);
        List<String> cut = JavaFxToolkit.call(() -> {
            DialogPane pane = dialog.getDialogPane();
            assertTrue(pane.getStylesheets().contains(Theme.stylesheet()), "Restwise's stylesheet");
            assertTrue(pane.getStyleClass().contains(Theme.textSizeClass(size)), "the text size chosen");
            assertEquals(
                    size.percent() * 0.14,
                    ((Labeled) pane.lookup("#conflict-skip")).getFont().getSize(),
                    0.01,
                    "the text size reaches the dialog");
            Color background = (Color) firstFill(pane.getBackground());
            if (theme == Settings.Theme.DARK) {
                assertTrue(background.getBrightness() < 0.3, "a dark dialog in the dark theme: " + background);
            } else {
                assertTrue(background.getBrightness() > 0.8, "a light dialog in the light theme: " + background);
            }
            return CutLabels.in(pane);
        });
        assertEquals(List.of(), cut, "labels cut");
        assertTrue(JavaFxToolkit.call(
                () -> dialog.getDialogPane().lookup("#conflict-ok").isVisible()));
    }

    private static Paint firstFill(Background background) {
        assertTrue(background != null && !background.getFills().isEmpty(), "the dialog has a background");
        return background.getFills().get(0).getFill();
    }
}
