package com.restwise.ui.advice;

import com.restwise.picture.Sketch;
import com.restwise.picture.SpinePicture;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/** A {@link Sketch} on a JavaFX canvas: the spine picture on screen. */
final class FxSketch implements Sketch {

    private final GraphicsContext g;

    FxSketch(GraphicsContext g) {
        this.g = g;
    }

    /**
     * A hidden region painted with the theme's page background. The picture's palette follows
     * it, and a theme switch (a new user-agent stylesheet) repaints it, which runs onChange.
     * Add it beside the canvas.
     */
    static Region themeProbe(Runnable onChange) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: -color-bg-default;");
        probe.setManaged(false);
        probe.setVisible(false);
        probe.backgroundProperty().addListener((obs, was, now) -> onChange.run());
        return probe;
    }

    /** The dark palette on a dark page; light otherwise, and before the probe is styled. */
    static SpinePicture.Palette palette(Region probe) {
        Background background = probe.getBackground();
        if (background != null
                && !background.getFills().isEmpty()
                && background.getFills().get(0).getFill() instanceof Color page
                && page.getBrightness() < 0.5) {
            return SpinePicture.Palette.DARK;
        }
        return SpinePicture.Palette.LIGHT;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n, int argb) {
        g.setFill(colour(argb));
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int n, int argb, double width, boolean dashed) {
        g.setStroke(colour(argb));
        g.setLineWidth(width);
        g.setLineCap(dashed ? StrokeLineCap.BUTT : StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (dashed) {
            g.setLineDashes(4 * width, 3 * width);
        }
        g.strokePolyline(xs, ys, n);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void fillCircle(double cx, double cy, double radius, int argb) {
        g.setFill(colour(argb));
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
