package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.ToggleSwitch;
import com.restwise.storage.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of control the app lets the keyboard reach shows where the focus is: rendered with
 * the app's theme and stylesheet, the focused control has a ring around all four sides that
 * stands out from what was there before by at least 3:1 (the WCAG contrast for focus
 * indicators), in the light and the dark theme.
 */
@ExtendWith(JavaFxToolkit.class)
public class FocusRingTest {

    /** How far outside the control the ring is looked for, in pixels. */
    private static final int BAND = 6;

    private Stage stage;

    @AfterEach
    void close() {
        JavaFxToolkit.run(() -> {
            if (stage != null) {
                stage.close();
            }
            Theme.apply(Settings.Theme.LIGHT);
        });
    }

    /** The controls, each as the app makes it, on the page's background. */
    private static List<Supplier<Control>> controls() {
        List<Supplier<Control>> list = new ArrayList<>();
        list.add(() -> new RadioButton("Side"));
        list.add(() -> new CheckBox("Losing weight without trying"));
        list.add(() -> {
            ToggleSwitch s = new ToggleSwitch();
            s.setSelected(true);
            return s;
        });
        list.add(() -> new Slider(1, 10, 5));
        list.add(() -> {
            SegmentedButton units = new SegmentedButton(new ToggleButton("kg"), new ToggleButton("lb"));
            units.getButtons().get(0).setSelected(true);
            units.setUserData(units.getButtons().get(0)); // the selected part takes the focus
            return units;
        });
        list.add(() -> new Button("Next"));
        list.add(() -> {
            Button step = new Button("2  How you sleep");
            step.getStyleClass().addAll("flat", "step-button", "current");
            return step;
        });
        list.add(() -> {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().addAll("Medium", "Firm");
            return box;
        });
        list.add(TextField::new);
        list.add(DatePicker::new);
        list.add(() -> new Hyperlink("Help"));
        list.add(() -> {
            ListView<String> clients = new ListView<>();
            clients.getItems().addAll("Anna Berger", "Jonas Keller");
            clients.setPrefHeight(80);
            return clients;
        });
        return list;
    }

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theFocusedControlHasAVisibleRingInEitherTheme(Settings.Theme theme) {
        List<String> missing = JavaFxToolkit.call(() -> {
            Theme.apply(theme);
            List<Control> shown = new ArrayList<>();
            controls().forEach(c -> shown.add(c.get()));
            VBox page = new VBox(16);
            page.getChildren().addAll(shown);
            page.setPadding(new Insets(20));
            page.getStyleClass().add("page");
            VBox wizard = new VBox(page);
            wizard.getStyleClass().add("wizard");
            stage = new Stage();
            Scene scene = new Scene(wizard, 420, 700);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            List<String> without = new ArrayList<>();
            for (Control c : shown) {
                Node target = c.getUserData() instanceof Node part ? part : c;
                page.requestFocus();
                WritableImage before = render(scene);
                target.requestFocus();
                assertTrue(target.isFocused(), target + " takes the focus");
                WritableImage after = render(scene);
                // a slider's ring is around its thumb, the part the arrow keys move
                Node ringed = c instanceof Slider ? c.lookup(".thumb") : target;
                String sides = sidesWithoutRing(before, after, ringed.localToScene(ringed.getLayoutBounds()));
                if (!sides.isEmpty()) {
                    without.add(c.getClass().getSimpleName() + c.getStyleClass() + " (" + sides + ")");
                }
            }
            return without;
        });
        assertTrue(missing.isEmpty(), "no focus ring in the " + theme + " theme on: " + missing);
    }

    private static WritableImage render(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene.snapshot(null);
    }

    /**
     * The sides of the control (top, right, bottom, left) along which fewer than four in five
     * positions have a pixel, in the band just outside the control, that changed by 3:1 or more.
     */
    public static String sidesWithoutRing(WritableImage before, WritableImage after, Bounds b) {
        PixelReader was = before.getPixelReader();
        PixelReader now = after.getPixelReader();
        int x0 = (int) Math.floor(b.getMinX());
        int y0 = (int) Math.floor(b.getMinY());
        int x1 = (int) Math.ceil(b.getMaxX());
        int y1 = (int) Math.ceil(b.getMaxY());
        StringBuilder sides = new StringBuilder();
        // positions along each side, corners left out (rounded)
        int ringed = 0;
        int total = 0;
        for (int x = x0 + 8; x < x1 - 8; x++) {
            total++;
            ringed += changed(was, now, x, y0 - BAND, x, y0) ? 1 : 0;
        }
        note(sides, "top", ringed, total);
        ringed = 0;
        total = 0;
        for (int x = x0 + 8; x < x1 - 8; x++) {
            total++;
            ringed += changed(was, now, x, y1, x, y1 + BAND) ? 1 : 0;
        }
        note(sides, "bottom", ringed, total);
        ringed = 0;
        total = 0;
        for (int y = y0 + 4; y < y1 - 4; y++) {
            total++;
            ringed += changed(was, now, x0 - BAND, y, x0, y) ? 1 : 0;
        }
        note(sides, "left", ringed, total);
        ringed = 0;
        total = 0;
        for (int y = y0 + 4; y < y1 - 4; y++) {
            total++;
            ringed += changed(was, now, x1, y, x1 + BAND, y) ? 1 : 0;
        }
        note(sides, "right", ringed, total);
        return sides.toString();
    }

    private static void note(StringBuilder sides, String side, int ringed, int total) {
        if (total == 0 || ringed * 5 < total * 4) {
            sides.append(sides.length() == 0 ? "" : ", ")
                    .append(side)
                    .append(' ')
                    .append(ringed)
                    .append('/')
                    .append(total);
        }
    }

    private static boolean changed(PixelReader was, PixelReader now, int xa, int ya, int xb, int yb) {
        for (int x = xa; x <= xb; x++) {
            for (int y = ya; y <= yb; y++) {
                if (contrast(was.getColor(x, y), now.getColor(x, y)) >= 3) {
                    return true;
                }
            }
        }
        return false;
    }

    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
