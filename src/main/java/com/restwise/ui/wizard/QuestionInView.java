package com.restwise.ui.wizard;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * When the keyboard reaches a field, its question comes into view with it: the scroll pane alone
 * shows only the field, and "minutes stiff" sat at the top edge with its question hidden above.
 */
final class QuestionInView {

    /** Room left above a question, so it does not touch the edge. */
    private static final double MARGIN = 12;

    private final ScrollPane scroll;

    private QuestionInView(ScrollPane scroll) {
        this.scroll = scroll;
    }

    /** Follows the focus in the scene the scroll pane is in, for as long as it is in one. */
    static void follow(ScrollPane scroll) {
        QuestionInView follower = new QuestionInView(scroll);
        javafx.beans.value.ChangeListener<Node> onFocus = (obs, was, now) -> {
            if (now != null && follower.inPage(now)) {
                // after the scroll pane's own move to the field, at the next pulse
                Platform.runLater(() -> follower.show(now));
            }
        };
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(onFocus);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(onFocus);
            }
        });
        if (scroll.getScene() != null) {
            scroll.getScene().focusOwnerProperty().addListener(onFocus);
        }
        // The page's height changes under the focused field (a banner appears, a question opens,
        // the heading moves into the page on a low window): the field and its question stay in view.
        javafx.beans.InvalidationListener reshown = obs -> Platform.runLater(() -> {
            // the focus as it is then: a part of a step just changed has put it on its first question
            javafx.scene.Scene scene = scroll.getScene();
            Node owner = scene == null ? null : scene.getFocusOwner();
            if (owner != null && follower.inPage(owner)) {
                follower.show(owner);
            }
        });
        scroll.contentProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.layoutBoundsProperty().removeListener(reshown);
            }
            if (now != null) {
                now.layoutBoundsProperty().addListener(reshown);
            }
        });
        if (scroll.getContent() != null) {
            scroll.getContent().layoutBoundsProperty().addListener(reshown);
        }
        // a first window's scroll pane has no viewport until its own skin comes (FirstRunNote)
        scroll.skinProperty().addListener(reshown);
        // the view itself gets lower (a fixed line appears above it: the urgent strip)
        scroll.viewportBoundsProperty().addListener((obs, was, now) -> {
            if (was.getHeight() != now.getHeight()) {
                reshown.invalidated(obs);
            }
        });
    }

    private boolean inPage(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up == scroll) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node and every box around it show: a hidden group's field has no place to scroll to. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The field's question: the nearest box around it that starts with a question's label. */
    static Node question(Node field) {
        for (Node up = field; up != null && up.getParent() != null; up = up.getParent()) {
            if (up instanceof Parent p
                    && !p.getChildrenUnmodifiable().isEmpty()
                    && p.getChildrenUnmodifiable().get(0) instanceof Label l
                    && l.getStyleClass().contains("question")) {
                return p;
            }
        }
        return field;
    }

    private void show(Node field) {
        if (field.getScene() == null || scroll.getContent() == null || !inPage(field) || !shown(field)) {
            return;
        }
        // a page just shown may not have been laid out by the pulse yet
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Node block = question(field);
        Bounds b = content.sceneToLocal(block.localToScene(block.getLayoutBounds()));
        Bounds f = content.sceneToLocal(field.localToScene(field.getLayoutBounds()));
        double viewHeight = scroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - viewHeight;
        if (scrollable <= 0 || viewHeight <= 0) {
            return;
        }
        double top = scroll.getVvalue() * scrollable;
        // From the question's words down to the field when that fits, else the field alone; moved
        // only as far as it takes. Not the whole question: the rest of a long list below the field
        // would scroll the step's heading (and "part 2 of 4") away on a low window for nothing.
        double shownTop = Math.min(b.getMinY(), f.getMinY());
        double shownBottom = f.getMaxY();
        if (shownBottom - shownTop + 2 * MARGIN > viewHeight) {
            shownTop = f.getMinY();
        }
        double wantedTop = top;
        if (shownTop - MARGIN < top) {
            wantedTop = shownTop - MARGIN;
        } else if (shownBottom + MARGIN > top + viewHeight) {
            wantedTop = shownBottom + MARGIN - viewHeight;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wantedTop / scrollable)));
    }
}
