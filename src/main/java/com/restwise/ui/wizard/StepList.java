package com.restwise.ui.wizard;

import com.restwise.ui.common.I18n;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The wizard's steps on the left. A mouse click on a step the answers allow goes there (a step
 * after one not answered yet, such as the results before the warning signs, is disabled); the
 * keyboard reaches the list as one Tab stop (the current step), Up / Down (Home / End) move
 * among the steps that may be visited, and Enter or Space goes to the one with the focus, as a
 * list of links works. Enter is taken here, so it never also means Next.
 */
final class StepList {

    private final WizardViewModel vm;
    private final Map<Step, Button> buttons = new EnumMap<>(Step.class);
    private final VBox list = new VBox(4);
    private javafx.scene.control.ScrollPane scroll;

    StepList(WizardViewModel vm) {
        this.vm = vm;
        I18n i18n = vm.i18n();
        list.getStyleClass().add("step-list");
        list.setId("step-list");
        list.setPadding(new Insets(20, 12, 20, 16));
        for (Step s : Step.values()) {
            Button b = new Button((s.ordinal() + 1) + "  " + i18n.get("step." + s));
            b.setId("goto-" + s.name().toLowerCase().replace('_', '-'));
            b.getStyleClass().addAll("flat", "step-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.goTo(s));
            // follows the answers as they are given: answering the warning signs opens the results
            b.disableProperty().bind(vm.visitable(s).not());
            b.addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(s, e));
            buttons.put(s, b);
            list.getChildren().add(b);
        }
    }

    /** The list, scrolling when a low screen at a large text size cannot hold all the steps. */
    Node node() {
        if (scroll == null) {
            scroll = new javafx.scene.control.ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
            scroll.setFocusTraversable(false);
            scroll.getStyleClass().addAll("edge-to-edge", "step-scroll");
        }
        return scroll;
    }

    /** Marks the step shown and makes it the list's Tab stop. */
    void show(Step step) {
        buttons.forEach((s, b) -> {
            b.getStyleClass().remove("current");
            if (s == step) {
                b.getStyleClass().add("current");
            }
            b.setFocusTraversable(s == step);
        });
    }

    private void onKey(Step from, KeyEvent e) {
        int last = Step.values().length - 1;
        switch (e.getCode()) {
            case UP, KP_UP -> focusFrom(from.ordinal() - 1, -1);
            case DOWN, KP_DOWN -> focusFrom(from.ordinal() + 1, +1);
            case HOME -> focusFrom(0, +1);
            case END -> focusFrom(last, -1);
            case ENTER -> buttons.get(from).fire();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Focuses the first step from index on, in the direction, that may be visited; else the focus stays. */
    private void focusFrom(int index, int direction) {
        Step[] steps = Step.values();
        for (int i = index; i >= 0 && i < steps.length; i += direction) {
            Button b = buttons.get(steps[i]);
            if (!b.isDisabled()) {
                b.requestFocus();
                return;
            }
        }
    }
}
