package com.restwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Labelled controls whose text is cut after layout: the skin shows a shorter text than the
 * control's (an ellipsis, or a clipped last line). Call on the JavaFX thread, after layout.
 */
public final class CutLabels {

    public static List<String> in(Node node) {
        List<String> cut = new ArrayList<>();
        collect(node, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && !shown.getText().equals(labeled.getText())) {
                    cut.add((labeled.getId() == null ? labeled.getClass().getSimpleName() : "#" + labeled.getId())
                            + " shows \"" + shown.getText() + "\" of \"" + labeled.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    private CutLabels() {}
}
