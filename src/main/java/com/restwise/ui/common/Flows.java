package com.restwise.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Flows of cards and entries that fit the room they are given. A flow lays each child out at its
 * preferred width and asks for the widest child's as its own least width, so one wide child (an
 * option card of 26 em at 150 %) widened the whole page past the window's edge in the records'
 * narrower column. Here a child is never wider than its flow's line: it wraps its text instead.
 */
public final class Flows {

    private Flows() {}

    /** Each child of the flow, now and later, at most as wide as the flow's line. */
    public static <F extends FlowPane> F withinWidth(F flow) {
        return withinWidth(flow, Double.MAX_VALUE);
    }

    /** Each child of the flow at most {@code widest} and at most as wide as the flow's line. */
    public static <F extends FlowPane> F withinWidth(F flow, double widest) {
        flow.setMinWidth(0);
        // before its first layout the flow has no width: its children keep theirs until then
        DoubleBinding line = Bindings.createDoubleBinding(
                () -> flow.getWidth() <= 0
                        ? widest
                        : Math.min(
                                widest,
                                Math.max(0, flow.getWidth() - flow.snappedLeftInset() - flow.snappedRightInset())),
                flow.widthProperty(),
                flow.insetsProperty());
        flow.getChildren().forEach(child -> bound(child, line));
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(child -> bound(child, line));
                change.getRemoved().forEach(Flows::unbound);
            }
        });
        return flow;
    }

    private static void bound(Node child, DoubleBinding line) {
        if (child instanceof Region r && !r.maxWidthProperty().isBound()) {
            r.maxWidthProperty().bind(line);
        }
    }

    private static void unbound(Node child) {
        if (child instanceof Region r) {
            r.maxWidthProperty().unbind();
        }
    }
}
