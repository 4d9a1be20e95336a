package com.restwise.ui.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The firmness gauge as a node: its shapes sit where the numbers say, and it says them in words. */
@ExtendWith(JavaFxToolkit.class)
class FirmnessGaugeTest {

    private static Parent gauge(String lang, FirmnessRange range) {
        return new FirmnessGauge(new I18n(lang), range, "g").drawing();
    }

    /** Where the tick for each whole firmness 1-10 stands, by the number written under it. */
    private static Map<Integer, Double> ticks(Parent gauge) {
        Map<Integer, Double> labels = gauge.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text t && t.getText().matches("\\d+") && !"g-target".equals(t.getId()))
                .collect(Collectors.toMap(n -> Integer.parseInt(((Text) n).getText()), n -> centreX(n)));
        // the tick line nearest each label
        return labels.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> gauge.getChildrenUnmodifiable().stream()
                        .filter(n -> n instanceof Line)
                        .map(n -> ((Line) n).getStartX())
                        .min((a, b) -> Double.compare(Math.abs(a - e.getValue()), Math.abs(b - e.getValue())))
                        .orElseThrow()));
    }

    private static double centreX(Node n) {
        Bounds b = n.getBoundsInParent();
        return (b.getMinX() + b.getMaxX()) / 2;
    }

    private static double at(Map<Integer, Double> ticks, double firmness) {
        int below = (int) Math.floor(firmness);
        if (below == 10) {
            return ticks.get(10);
        }
        return ticks.get(below) + (firmness - below) * (ticks.get(below + 1) - ticks.get(below));
    }

    @Test
    void theScaleRunsFromOneToTenEvenlyLeftToRight() {
        JavaFxToolkit.run(() -> {
            Map<Integer, Double> ticks = ticks(gauge("en", new FirmnessRange(5, 4, 6, FirmnessLabel.MEDIUM)));
            assertEquals(10, ticks.size());
            double step = ticks.get(2) - ticks.get(1);
            assertTrue(step > 30, "ticks far enough apart to read: " + step);
            for (int i = 2; i <= 10; i++) {
                assertEquals(step, ticks.get(i) - ticks.get(i - 1), 1e-6, "tick " + i);
            }
        });
    }

    @Test
    void theRangeAndTheMarkerStandWhereTheNumbersSay() {
        for (FirmnessRange range : new FirmnessRange[] {
            new FirmnessRange(5.5, 4, 6.5, FirmnessLabel.MEDIUM),
            new FirmnessRange(1.5, 1, 2.5, FirmnessLabel.SOFT),
            new FirmnessRange(9.5, 8.5, 10, FirmnessLabel.FIRM)
        }) {
            JavaFxToolkit.run(() -> {
                Parent g = gauge("en", range);
                Map<Integer, Double> ticks = ticks(g);
                Bounds band = g.lookup("#g-range").getBoundsInParent();
                double stroke = 1; // half the band's outline sticks out on each side
                assertEquals(at(ticks, range.min()), band.getMinX() + stroke, 0.5, "range starts at " + range.min());
                assertEquals(at(ticks, range.max()), band.getMaxX() - stroke, 0.5, "range ends at " + range.max());
                Node marker = g.lookup(".gauge-marker");
                assertEquals(at(ticks, range.target()), centreX(marker), 0.5, "marker at " + range.target());
                assertEquals(
                        at(ticks, range.target()),
                        centreX(g.lookup("#g-target")),
                        12,
                        "the number stands over the marker");
            });
        }
    }

    @Test
    void theTargetIsWrittenInTheAppsLanguage() {
        JavaFxToolkit.run(() -> {
            FirmnessRange range = new FirmnessRange(6.5, 5.5, 7.5, FirmnessLabel.MEDIUM_FIRM);
            assertEquals("6.5", ((Text) gauge("en", range).lookup("#g-target")).getText());
            assertEquals("6,5", ((Text) gauge("de", range).lookup("#g-target")).getText());
        });
    }

    @Test
    void itsAccessibleTextNamesTheTargetAndTheRange() {
        JavaFxToolkit.run(() -> {
            FirmnessRange range = new FirmnessRange(6.5, 5.5, 7.5, FirmnessLabel.MEDIUM_FIRM);
            assertEquals(
                    "Recommended firmness 6.5, range 5.5 to 7.5, on a scale from 1 (soft) to 10 (firm)",
                    gauge("en", range).getAccessibleText());
            assertEquals(
                    "Empfohlene Härte 6,5, Bereich 5,5 bis 7,5, auf einer Skala von 1 (weich) bis 10 (fest)",
                    gauge("de", range).getAccessibleText());
        });
    }
}
