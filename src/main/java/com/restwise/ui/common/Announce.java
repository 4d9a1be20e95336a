package com.restwise.ui.common;

import javafx.application.Platform;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;

/**
 * Tells a screen reader (Narrator, VoiceOver) about something that appeared without the focus
 * moving to it: the results, the medical panel, a notice. The node reads as text with the given
 * words, and a change of them is announced.
 */
public final class Announce {

    private Announce() {}

    /** Announced each time the node comes on screen. */
    public static void whenShown(Node node, String words) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.setAccessibleText(words);
        node.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
            }
        });
    }

    /** Announced whenever its words change (a notice that replaces another). */
    public static void onChange(Node node, javafx.beans.value.ObservableStringValue words) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.accessibleTextProperty().bind(words);
        words.addListener((obs, was, now) -> {
            if (now != null && !now.isEmpty()) {
                node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        });
    }
}
