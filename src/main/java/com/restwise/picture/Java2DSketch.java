package com.restwise.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * A {@link Sketch} on a Java2D image, for the report. Needs no screen: {@code Main} runs Java2D
 * headless, since with DISPLAY set to a screen it cannot reach, Java2D fails before it draws.
 */
public final class Java2DSketch implements Sketch {

    private final Graphics2D g;
    private final double scale;

    private Java2DSketch(Graphics2D g, double scale) {
        this.g = g;
        this.scale = scale;
    }

    /**
     * Draws a picture of {@code width} x {@code height} units into an image {@code scale} times
     * larger, for print resolution.
     */
    public static BufferedImage render(double width, double height, double scale, Consumer<Sketch> picture) {
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(width * scale), (int) Math.ceil(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            picture.accept(new Java2DSketch(g, scale));
        } finally {
            g.dispose();
        }
        return image;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(path(xs, ys, n, true));
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n, int argb, double width, boolean dashed) {
        g.setColor(new Color(argb, true));
        float w = (float) (width * scale);
        g.setStroke(
                dashed
                        ? new BasicStroke(
                                w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {4 * w, 3 * w}, 0)
                        : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(xs, ys, n, false));
    }

    @Override
    public void fillCircle(double cx, double cy, double radius, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(new Ellipse2D.Double(
                (cx - radius) * scale, (cy - radius) * scale, 2 * radius * scale, 2 * radius * scale));
    }

    private Path2D path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0] * scale, ys[0] * scale);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i] * scale, ys[i] * scale);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }
}
