package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.Settings;
import com.restwise.ui.common.FocusRingTest;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A medical warning is readable (WCAG 1.4.3, 4.5:1) whether its words sit in a panel (the
 * results page) or the label is the panel itself (the client page's "Medical note", today's
 * screen): the client page's red note had dark text on red in the light theme.
 */
@ExtendWith(JavaFxToolkit.class)
class MedicalTextContrastTest {

    @AfterAll
    static void backToTheDefaultTheme() {
        JavaFxToolkit.run(() -> Theme.apply(Settings.Theme.LIGHT));
    }

    @Test
    void urgentAndSoonWarningsAreReadableAsPanelsAndAsLabelsInBothThemes() {
        List<String> failures = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (String level : List.of("medical-urgent", "medical-soon")) {
                failures.addAll(JavaFxToolkit.call(() -> measure(theme, level)));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> measure(Settings.Theme theme, String level) {
        Theme.apply(theme);
        Label alone = new Label("Medical note: urgent");
        alone.getStyleClass().addAll("medical-panel", level);
        Label inside = new Label("See a doctor today");
        VBox panel = new VBox(inside);
        panel.getStyleClass().addAll("medical-panel", level);
        VBox page = new VBox(alone, panel);
        Scene scene = new Scene(page, 400, 200);
        scene.getStylesheets().add(Theme.stylesheet());
        page.applyCss();
        page.layout();
        List<String> failures = new ArrayList<>();
        check(theme + " " + level + " label", alone, alone.getBackground(), failures);
        check(theme + " " + level + " in a panel", inside, panel.getBackground(), failures);
        return failures;
    }

    private static void check(String what, Label label, Background background, List<String> failures) {
        Color ground = (Color) background.getFills().get(0).getFill();
        Color text = (Color) label.getTextFill();
        double ratio = FocusRingTest.contrast(text, ground);
        if (ratio < 4.5) {
            failures.add(what + ": text " + text + " on " + ground + " is " + String.format("%.2f", ratio) + ":1");
        }
    }
}
