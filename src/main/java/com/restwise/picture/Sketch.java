package com.restwise.picture;

/**
 * The few drawing operations a picture needs, in pixels with y pointing down, so that one
 * picture can be drawn by JavaFX on screen and by Java2D into the report. Colours are ARGB.
 * No text: words stay with the host, in its fonts and language, so Java2D needs no fonts.
 */
public interface Sketch {

    void fillPolygon(double[] xs, double[] ys, int n, int argb);

    void strokePolyline(double[] xs, double[] ys, int n, int argb, double width, boolean dashed);

    void fillCircle(double cx, double cy, double radius, int argb);
}
