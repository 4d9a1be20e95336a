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

    /** Told of every announcement, as a screen reader is: tests listen here (no screen reader runs in them). */
    private static volatile java.util.function.Consumer<Node> heard = node -> {};

    /**
     * Hears every announcement from now on, on the JavaFX thread, until {@code null} is given;
     * for tests, which have no screen reader to ask.
     */
    public static void listen(java.util.function.Consumer<Node> listener) {
        heard = listener == null ? node -> {} : listener;
    }

    /** Tells the screen reader that the node's words are new: it reads them out. */
    private static void announce(Node node) {
        node.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        heard.accept(node);
    }

    /**
     * Announced each time it appears above the page (a warning banner that no one should miss,
     * raised by the answer just given): its words are read out, while the focus stays on the
     * answer. The words follow what it says.
     */
    public static void whenVisible(Node node, javafx.beans.value.ObservableStringValue words) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.accessibleTextProperty().bind(words);
        node.visibleProperty().addListener((obs, was, now) -> {
            if (now && node.getScene() != null) {
                // once the change that raised it is done: its words are filled in by then
                Platform.runLater(() -> {
                    if (node.isVisible() && node.getScene() != null) {
                        announce(node);
                    }
                });
            }
        });
    }

    /** Announced each time the node comes on screen. */
    public static void whenShown(Node node, String words) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.setAccessibleText(words);
        node.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                Platform.runLater(() -> announce(node));
            }
        });
    }

    /** Announced whenever its words change (a notice that replaces another). */
    public static void onChange(Node node, javafx.beans.value.ObservableStringValue words) {
        node.setAccessibleRole(AccessibleRole.TEXT);
        node.accessibleTextProperty().bind(words);
        words.addListener((obs, was, now) -> {
            if (now != null && !now.isEmpty()) {
                announce(node);
            }
        });
    }
}
