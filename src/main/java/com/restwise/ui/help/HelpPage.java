package com.restwise.ui.help;

import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.ui.common.FirstRunNote;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Help: what Restwise does and does not do, the keyboard shortcuts, and how to read the 1-10
 * firmness scale beside the H1-H5 labels of shops. Opened with F1 anywhere, or from the welcome
 * page; Back (or Esc) returns to the page it was opened from, answers untouched.
 */
public final class HelpPage {

    public static final String ID = "help-page";

    /** The keys, as WizardView and the default and cancel buttons make them work: help.keyname.* and help.key.*. */
    private static final String[] KEYS = {
        "f1", "enter", "back", "tab", "space", "arrows", "home-end", "steps", "dropdown"
    };

    private HelpPage() {}

    /** F1 opens help from whatever the window shows; the filter sits on the scene, which outlives its pages. */
    public static void openOnF1(Scene scene, Supplier<I18n> i18n) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                show(scene, i18n.get());
                e.consume();
            }
        });
    }

    public static void show(Scene scene, I18n i18n) {
        Parent previous = scene.getRoot();
        if (ID.equals(previous.getId())) {
            return;
        }
        Label title = QuestionControls.title(i18n.get("help.title"));
        title.getStyleClass().add("title-1");
        Button back = new Button(i18n.get("about.back"));
        back.setId("help-back");
        back.setCancelButton(true);
        back.setOnAction(e -> scene.setRoot(previous));

        VBox content = new VBox(
                18,
                title,
                FirstRunNote.box(i18n),
                section(i18n.get("help.keys"), keys(i18n)),
                section(i18n.get("help.scale"), scale(i18n)),
                back);
        content.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        // the root a pane, not the scroll pane itself, so it takes the theme's background
        BorderPane root = new BorderPane(scroll);
        root.setId(ID);
        // the same text size as the page it came from
        previous.getStyleClass().stream()
                .filter(s -> s.startsWith("text-size-"))
                .forEach(root.getStyleClass()::add);
        scene.setRoot(root);
        // read from the top: the scroll pane takes the keys (arrows scroll); Esc still means Back
        scroll.requestFocus();
    }

    private static VBox section(String heading, Node... body) {
        Label h = new Label(heading);
        h.getStyleClass().add("title-3");
        VBox box = new VBox(8, h);
        box.getChildren().addAll(body);
        return box;
    }

    private static GridPane keys(I18n i18n) {
        GridPane grid = grid();
        grid.setId("help-keys");
        for (int row = 0; row < KEYS.length; row++) {
            Label key = bold(i18n.get("help.keyname." + KEYS[row]));
            GridPane.setValignment(key, VPos.TOP);
            grid.add(key, 0, row);
            grid.add(wrapped(i18n.get("help.key." + KEYS[row])), 1, row);
        }
        return grid;
    }

    /** Each step of the scale with its word and its H label, from the same rule the advice uses. */
    private static Node[] scale(I18n i18n) {
        GridPane grid = grid();
        grid.setId("help-scale");
        grid.add(bold(i18n.get("help.scale.step")), 0, 0);
        grid.add(bold(i18n.get("help.scale.word")), 1, 0);
        grid.add(bold(i18n.get("help.scale.shop")), 2, 0);
        for (int step = 1; step <= 10; step++) {
            Label number = new Label(Integer.toString(step));
            GridPane.setHalignment(number, HPos.RIGHT);
            grid.add(number, 0, step);
            grid.add(new Label(i18n.get("firmness.word." + step)), 1, step);
            grid.add(new Label(FirmnessLabel.european(step)), 2, step);
        }
        return new Node[] {wrapped(i18n.get("help.scale.text")), grid, wrapped(i18n.get("help.scale.shops"))};
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(first);
        return grid;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
