package com.restwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.image.ImageView;

/**
 * What a screen reader would find unnamed (Narrator and VoiceOver read JavaFX; Linux has no
 * bridge, so this is the check): each control the keyboard can reach without an accessible name
 * ({@code queryAccessibleAttribute(TEXT)}, or the text of the label it is labelled by, which is
 * how a password field is named), each picture without a description. Call on the
 * JavaFX thread, after CSS and layout, with the page as it shows (hidden parts are skipped).
 */
public final class AccessibleNames {

    private AccessibleNames() {}

    public static List<String> missing(String page, Node root) {
        List<String> problems = new ArrayList<>();
        walk(page, root, problems);
        return problems;
    }

    private static void walk(String page, Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control && node.isFocusTraversable() && !node.isDisabled()) {
            Object name = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
            if (name == null || name.toString().isBlank()) {
                // a field a label names (Label.setLabelFor): what the screen reader says for it;
                // a password field, which never tells its text, is named only so
                Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
                name = label instanceof Node by ? by.queryAccessibleAttribute(AccessibleAttribute.TEXT) : null;
            }
            if (name == null || name.toString().isBlank()) {
                problems.add(page + ": " + describe(node) + " has no accessible name");
            }
        }
        boolean picture = node instanceof ImageView
                || node instanceof Canvas
                || node.getStyleClass().contains("picture");
        if (picture
                && (node.getAccessibleText() == null || node.getAccessibleText().isBlank())
                && !describedAbove(node)) {
            problems.add(page + ": the picture " + describe(node) + " has no description");
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(page, child, problems);
            }
        }
    }

    /**
     * A picture inside a node that says what it shows (the gauge, the body figure, a button
     * named for the picture it holds) is described by it.
     */
    private static boolean describedAbove(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            boolean says =
                    up.getAccessibleText() != null && !up.getAccessibleText().isBlank();
            if (says && up.getAccessibleRole() == AccessibleRole.IMAGE_VIEW) {
                return true;
            }
        }
        return false;
    }

    /** The node's class and id, and the nearest id above it. */
    public static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        for (Node up = n.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                s.append(" in #").append(up.getId());
                break;
            }
        }
        if (n.getId() == null && !n.getStyleClass().isEmpty()) {
            s.append(" .").append(String.join(".", n.getStyleClass()));
        }
        return s.toString();
    }
}
