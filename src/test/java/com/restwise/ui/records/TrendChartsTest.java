package com.restwise.ui.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Consultation;
import com.restwise.report.TrendPalette;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The follow-up charts as drawn, in both themes: each series, its points and its legend entry in
 * the palette's colour, and the two series of one chart told apart by the markers' shape too.
 */
@ExtendWith(JavaFxToolkit.class)
class TrendChartsTest {

    private static List<Consultation> consultations() {
        List<Consultation> list = new ArrayList<>();
        int[][] scores = {{8, 3, 30}, {6, 5, 20}, {4, 7, 10}};
        for (int i = 0; i < scores.length; i++) {
            Profile p = profile()
                    .morningPain(scores[i][0])
                    .sleepQuality(scores[i][1])
                    .stiffness(scores[i][2])
                    .build();
            list.add(new Consultation(
                    i + 1,
                    1,
                    LocalDate.of(2026, 9, 1).plusMonths(i),
                    p,
                    new Advisor().assess(p, CatalogReader.shipped(), 3, "en"),
                    Advisor.ENGINE_VERSION,
                    "",
                    scores[i][0]));
        }
        return list;
    }

    /** The charts laid out in a scene with the theme and the app's stylesheet. */
    private static Parent drawn(Settings.Theme theme) {
        Theme.apply(theme);
        Parent charts = (Parent) TrendCharts.of(new I18n("en"), consultations());
        Scene scene = new Scene(charts, 1000, 400);
        scene.getStylesheets().add(Theme.stylesheet());
        charts.applyCss();
        charts.layout();
        return charts;
    }

    /** Every marker of series n in the chart: its points and its legend entry. */
    private static List<Region> markers(Parent charts, String chart, int n) {
        Set<Node> found = charts.lookup("#" + chart).lookupAll(".chart-line-symbol.default-color" + n);
        return found.stream()
                .filter(TrendChartsTest::shown)
                .map(Region.class::cast)
                .toList();
    }

    /** Drawn: the hidden legend's entries are not. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Paint colour(Region marker) {
        return marker.getBackground().getFills().get(0).getFill();
    }

    private static void assertLooks(List<Region> markers, TrendPalette look, int points) {
        assertEquals(points, markers.size(), look + ": a marker per point (one line a chart: no legend)");
        for (Region m : markers) {
            assertEquals(Color.web(look.hex()), colour(m), look + " colour");
            assertEquals(look.marker() == TrendPalette.Marker.CIRCLE, m.getShape() == null, look + " shape");
        }
    }

    @Test
    void eachSeriesHasThePalettesColourAndShapeInBothThemes() {
        String before = Application.getUserAgentStylesheet();
        try {
            for (Settings.Theme theme : Settings.Theme.values()) {
                JavaFxToolkit.run(() -> {
                    Parent charts = drawn(theme);
                    assertLooks(markers(charts, "chart-pain", 0), TrendPalette.PAIN, 3);
                    assertLooks(markers(charts, "chart-quality", 0), TrendPalette.QUALITY, 3);
                    assertLooks(markers(charts, "chart-stiffness", 0), TrendPalette.STIFFNESS, 3);
                    Region pain = markers(charts, "chart-pain", 0).get(0);
                    Region quality = markers(charts, "chart-quality", 0).get(0);
                    assertNull(pain.getShape(), "pain: round");
                    assertFalse(quality.getShape() == null, "quality: a square");
                    assertNotEquals(colour(pain), colour(quality));
                });
            }
        } finally {
            JavaFxToolkit.run(() -> Application.setUserAgentStylesheet(before));
        }
    }

    @Test
    void thePaletteIsOkabeItoBlueAndVermillionForTheLinesDrawnTogether() {
        assertEquals("#0072B2", TrendPalette.PAIN.hex());
        assertEquals("#D55E00", TrendPalette.QUALITY.hex());
        assertTrue(TrendPalette.PAIN.marker() != TrendPalette.QUALITY.marker());
    }

    /** Pain and sleep quality apart, each saying which way is better; a figure never answered gets no chart. */
    @Test
    void eachChartSaysWhichWayIsBetterAndAnUnansweredFigureIsNotDrawn() {
        JavaFxToolkit.run(() -> {
            Parent charts = drawn(Settings.Theme.LIGHT);
            assertEquals(
                    "Pain on waking (0-10): lower is better",
                    ((javafx.scene.chart.Chart) charts.lookup("#chart-pain")).getTitle());
            assertEquals(
                    "Sleep quality (0-10): higher is better",
                    ((javafx.scene.chart.Chart) charts.lookup("#chart-quality")).getTitle());
            List<Consultation> noStiffness = new ArrayList<>();
            for (Consultation c : consultations()) {
                Profile p = profile().morningPain(c.morningPain()).build();
                noStiffness.add(
                        new Consultation(c.id(), 1, c.date(), p, c.advice(), c.engineVersion(), "", c.morningPain()));
            }
            Parent some = (Parent) TrendCharts.of(new I18n("en"), noStiffness);
            assertTrue(some.lookup("#chart-pain") != null, "pain was answered");
            assertNull(some.lookup("#chart-stiffness"), "stiffness never was: no empty chart");
            assertNull(some.lookup("#chart-quality"), "nor sleep quality");
        });
    }
}
