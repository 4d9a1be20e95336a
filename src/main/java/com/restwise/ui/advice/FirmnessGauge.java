package com.restwise.ui.advice;

import com.restwise.engine.advice.FirmnessRange;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ScaledFrame;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The 1-10 firmness scale with the recommended range shaded and the target marked. */
final class FirmnessGauge {

    static final double WIDTH = 460;
    /** The recommended range's green, here and on the spine picture's slider. */
    static final Color RANGE_COLOUR = Color.web("#2e9d5b");

    private static final double LEFT = 20;
    private static final double SCALE = WIDTH - 2 * LEFT;
    private static final double BAR_Y = 44;
    private static final double BAR_H = 18;
    private static final double HEIGHT = 96;
    /**
     * The words and numbers are set at the 100 % sizes like the rest of the drawing, which
     * {@link ScaledFrame} then scales with the text: a size of their own would grow twice.
     */
    private static final Font NUMBERS = Font.font(13);

    private static final Font VALUE = Font.font(null, FontWeight.BOLD, 17);
    private final Pane pane = new Pane();
    private final ScaledFrame frame;

    FirmnessGauge(I18n i18n, FirmnessRange range, String id) {
        pane.setPrefSize(WIDTH, HEIGHT);
        pane.setMinSize(WIDTH, HEIGHT);
        pane.setId(id);
        Rectangle track = new Rectangle(LEFT, BAR_Y, SCALE, BAR_H);
        track.setArcWidth(BAR_H);
        track.setArcHeight(BAR_H);
        track.setFill(new LinearGradient(
                0,
                0,
                1,
                0,
                true,
                CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#dbe9f6")),
                new Stop(1, Color.web("#3b5b85"))));
        Rectangle band = new Rectangle(x(range.min()), BAR_Y - 6, x(range.max()) - x(range.min()), BAR_H + 12);
        band.setArcWidth(10);
        band.setArcHeight(10);
        band.setFill(RANGE_COLOUR.deriveColor(0, 1, 1, 0.35));
        band.setStroke(RANGE_COLOUR);
        band.setStrokeWidth(2);
        band.setId(id + "-range");
        pane.getChildren().addAll(track, band);
        for (int i = 1; i <= 10; i++) {
            Line tick = new Line(x(i), BAR_Y + BAR_H + 2, x(i), BAR_Y + BAR_H + 7);
            tick.setStroke(Color.GRAY);
            Text label = new Text(x(i) - 4, BAR_Y + BAR_H + 22, Integer.toString(i));
            label.setFont(NUMBERS);
            label.getStyleClass().add("gauge-text");
            pane.getChildren().addAll(tick, label);
        }
        double tx = x(range.target());
        Polygon marker = new Polygon(tx - 9, BAR_Y - 16, tx + 9, BAR_Y - 16, tx, BAR_Y - 2);
        marker.getStyleClass().add("gauge-marker");
        Text target = new Text(tx - 14, BAR_Y - 22, i18n.number(range.target()));
        target.setFont(VALUE);
        target.getStyleClass().add("gauge-text");
        target.setId(id + "-target");
        Text soft = new Text(LEFT, 14, i18n.get("gauge.soft"));
        Text firm = new Text(WIDTH - LEFT - 30, 14, i18n.get("gauge.firm"));
        for (Text word : new Text[] {soft, firm}) {
            word.setFont(NUMBERS);
            word.getStyleClass().add("gauge-text");
        }
        pane.getChildren().addAll(marker, target, soft, firm);
        pane.setAccessibleText(i18n.get(
                "gauge.accessible", i18n.number(range.target()), i18n.number(range.min()), i18n.number(range.max())));
        frame = new ScaledFrame(pane, WIDTH, HEIGHT, "firmness-gauge");
    }

    private static double x(double firmness) {
        return LEFT + (firmness - 1) / 9 * SCALE;
    }

    /** The gauge in its frame, which scales it with the text size. */
    Node node() {
        return frame;
    }

    /** The drawing itself, at the 100 % size. */
    Pane drawing() {
        return pane;
    }
}
