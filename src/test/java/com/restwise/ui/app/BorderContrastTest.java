package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.Settings;
import com.restwise.ui.common.FocusRingTest;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Non-text contrast (WCAG 1.4.11): the edge of an empty field, an unticked check box and an
 * unchosen radio button stands out at least 3:1 from the ground the control sits on and from its
 * own inside, in the light and the dark theme, on the page and on a card. The colours are read
 * from the controls as the theme and the app's stylesheet paint them.
 */
@ExtendWith(JavaFxToolkit.class)
class BorderContrastTest {

    private static final double MINIMUM = 3.0;

    /** A control's edge: the node that draws it and the colours drawn. */
    record Edge(String control, Color edge, Color inside) {}

    @AfterAll
    static void backToTheDefaultTheme() {
        JavaFxToolkit.run(() -> Theme.apply(Settings.Theme.LIGHT));
    }

    @Test
    void fieldsCheckBoxesAndRadioButtonsHaveEdgesOfAtLeastThreeToOneInBothThemes() {
        int checked = 0;
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (String ground : List.of("-color-bg-default", "-color-bg-subtle")) {
                List<String> failures = new ArrayList<>();
                int count = JavaFxToolkit.call(() -> measure(theme, ground, failures));
                assertTrue(failures.isEmpty(), String.join("\n", failures));
                assertEquals(9, count, theme + " on " + ground + ": every control was measured");
                checked += count;
            }
        }
        assertTrue(checked > 0);
    }

    private static int measure(Settings.Theme theme, String ground, List<String> failures) {
        Theme.apply(theme);
        List<Control> controls = List.of(
                new TextField(),
                new PasswordField(),
                new TextArea(),
                new ComboBox<String>(),
                new DatePicker(LocalDate.of(2026, 11, 23)),
                new ChoiceBox<String>(),
                new Spinner<Integer>(0, 10, 5),
                new CheckBox("Fever"),
                new RadioButton("Side"));
        VBox page = new VBox(8);
        page.getChildren().addAll(controls);
        page.setStyle("-fx-background-color: " + ground + ";");
        Scene scene = new Scene(page, 400, 700);
        scene.getStylesheets().add(Theme.stylesheet());
        page.applyCss();
        page.layout();
        Color groundColour = solid(page.getBackground().getFills().get(0).getFill());
        int count = 0;
        for (Control control : controls) {
            Edge edge = edge(control);
            String name = theme + ", " + control.getClass().getSimpleName() + " on " + ground;
            for (Color against : List.of(groundColour, edge.inside())) {
                double ratio = FocusRingTest.contrast(edge.edge(), against);
                if (ratio < MINIMUM) {
                    failures.add(String.format("%s: edge %s against %s is %.2f:1", name, edge.edge(), against, ratio));
                }
            }
            count++;
        }
        return count;
    }

    /** The edge of the control as drawn: a border stroke, or the outer of two stacked background fills. */
    private static Edge edge(Control control) {
        Region drawn = control instanceof CheckBox
                ? (Region) control.lookup(".box")
                : control instanceof RadioButton ? (Region) control.lookup(".radio") : control;
        String name = control.getClass().getSimpleName();
        Background background = drawn.getBackground();
        if (drawn.getBorder() != null && !drawn.getBorder().getStrokes().isEmpty()) {
            Paint stroke = drawn.getBorder().getStrokes().get(0).getTopStroke();
            if (stroke instanceof Color c && c.getOpacity() > 0) {
                return new Edge(name, c, fill(background, background.getFills().size() - 1));
            }
        }
        assertTrue(
                background != null && background.getFills().size() >= 2,
                name + " draws its edge as two stacked fills: " + background);
        return new Edge(
                name,
                fill(background, 0),
                fill(background, background.getFills().size() - 1));
    }

    private static Color fill(Background background, int index) {
        return solid(background.getFills().get(index).getFill());
    }

    private static Color solid(Paint paint) {
        assertTrue(paint instanceof Color, "a plain colour: " + paint);
        return (Color) paint;
    }

    @Test
    void theContrastFormulaIsWcags() {
        assertEquals(21, FocusRingTest.contrast(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(
                1.45, FocusRingTest.contrast(Color.web("#d0d7de"), Color.WHITE), 0.01, "the theme's own field border");
    }
}
