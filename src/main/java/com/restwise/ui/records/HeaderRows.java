package com.restwise.ui.records;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Region;

/**
 * A header of two parts, what it is (a title and the place of the records) and its buttons: on
 * one row while both fit at their full width, else the buttons on a row of their own below, so
 * a long title or place never squeezes a button and no text breaks inside a word. What is
 * before the buttons takes the room left on its row.
 */
final class HeaderRows extends Region {

    private final Region start;
    private final Region end;
    private final double gap;

    HeaderRows(Region start, Region end, double gap) {
        this.start = start;
        this.end = end;
        this.gap = gap;
        getChildren().addAll(start, end);
    }

    /** True when both parts fit side by side at their preferred widths in this width. */
    boolean oneRow(double width) {
        return start.prefWidth(-1) + gap + end.prefWidth(-1) <= inner(width) + 0.5;
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(start.minWidth(-1), end.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + start.prefWidth(-1) + gap + end.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? prefWidth(-1) : width;
        double rows = oneRow(w)
                ? Math.max(start.prefHeight(-1), end.prefHeight(-1))
                : start.prefHeight(inner(w)) + gap + end.prefHeight(inner(w));
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = inner(getWidth());
        double h = getHeight() - y - snappedBottomInset();
        if (oneRow(getWidth())) {
            double ew = snapSizeX(end.prefWidth(-1));
            layoutInArea(start, x, y, w - ew - gap, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x + w - ew, y, ew, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double sh = snapSizeY(start.prefHeight(w));
            layoutInArea(start, x, y, w, sh, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(end, x, y + sh + gap, w, h - sh - gap, 0, HPos.RIGHT, VPos.CENTER);
        }
    }
}
