package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.PainArea;
import com.restwise.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * A simple figure seen from behind; clicking an area marks it as painful. The same choice is
 * offered as a list of check boxes for keyboard users, both bound to one set.
 */
final class BodyFigure {

    private static final Color SKIN = Color.web("#e9c4a6");
    private static final Color PAINFUL = Color.web("#d9534f");
    private final Pane pane = new Pane();

    BodyFigure(I18n i18n, ObservableSet<PainArea> selected) {
        pane.setPrefSize(180, 330);
        pane.setMinSize(180, 330);
        pane.setMaxSize(180, 330);
        List<Shape> outline = new ArrayList<>();
        outline.add(new Circle(90, 30, 22)); // head
        outline.add(rect(35, 150, 16, 110)); // arms
        outline.add(rect(129, 150, 16, 110));
        for (Shape s : outline) {
            s.setFill(SKIN.deriveColor(0, 1, 1.05, 1));
        }
        pane.getChildren().addAll(outline);
        area(i18n, selected, PainArea.NECK, rect(78, 50, 24, 22));
        area(i18n, selected, PainArea.SHOULDER, rect(38, 72, 40, 26), rect(102, 72, 40, 26));
        area(i18n, selected, PainArea.UPPER_BACK, rect(56, 98, 68, 56));
        area(i18n, selected, PainArea.LOWER_BACK, rect(58, 154, 64, 40));
        area(i18n, selected, PainArea.HIP, rect(52, 194, 76, 32));
        area(i18n, selected, PainArea.LEG, rect(56, 226, 30, 100), rect(94, 226, 30, 100));
        pane.setId("body-figure");
        pane.setAccessibleText(i18n.get("mornings.body.accessible"));
    }

    private void area(I18n i18n, ObservableSet<PainArea> selected, PainArea area, Shape... shapes) {
        Runnable paint = () -> {
            for (Shape s : shapes) {
                s.setFill(selected.contains(area) ? PAINFUL : SKIN);
            }
        };
        for (Shape s : shapes) {
            s.setStroke(Color.web("#7a6a5a"));
            s.setCursor(Cursor.HAND);
            s.setId("body-" + area.name().toLowerCase().replace('_', '-'));
            Tooltip.install(s, new Tooltip(i18n.get("painArea." + area)));
            s.setOnMouseClicked(e -> {
                if (!selected.remove(area)) {
                    selected.add(area);
                }
            });
            pane.getChildren().add(s);
        }
        selected.addListener((SetChangeListener<PainArea>) c -> paint.run());
        paint.run();
    }

    private static Rectangle rect(double x, double y, double w, double h) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(14);
        r.setArcHeight(14);
        return r;
    }

    Node node() {
        return pane;
    }
}
