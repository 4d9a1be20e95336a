package com.restwise.ui.common;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * A drawing made in fixed units (a picture's view box, the gauge's pixels at 100 %) in a frame
 * whose width the stylesheet sets in em through its style class: the drawing scales to fill the
 * frame inside its padding, so it grows with the text size like the words around it. Where there
 * is less room the frame gives way down to {@link #MIN_SHARE} of that width; its height always
 * follows the drawing's proportions.
 */
public final class ScaledFrame extends Region {

    static final double MIN_SHARE = 0.6;

    private final Node drawing;
    private final double drawingWidth;
    private final double drawingHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public ScaledFrame(Node drawing, double drawingWidth, double drawingHeight, String styleClass) {
        this.drawing = drawing;
        this.drawingWidth = drawingWidth;
        this.drawingHeight = drawingHeight;
        drawing.getTransforms().add(scale);
        getChildren().add(drawing);
        getStyleClass().add(styleClass);
        // the stylesheet's width in em replaces this; without the stylesheet the drawing keeps its size
        setPrefWidth(drawingWidth);
    }

    /** The scale at which the drawing is shown: 1 at its own size. */
    double scale() {
        return scale.getX();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return getPrefWidth() * MIN_SHARE;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return getPrefWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double outer = width < 0 ? getPrefWidth() : width;
        return inner(outer) * drawingHeight / drawingWidth + in.getTop() + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double k = inner(getWidth()) / drawingWidth;
        scale.setX(k);
        scale.setY(k);
        drawing.autosize();
        drawing.setLayoutX(getInsets().getLeft());
        drawing.setLayoutY(getInsets().getTop());
    }

    private double inner(double outer) {
        Insets in = getInsets();
        return Math.max(0, outer - in.getLeft() - in.getRight());
    }
}
