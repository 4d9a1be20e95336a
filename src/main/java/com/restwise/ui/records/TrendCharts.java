package com.restwise.ui.records;

import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.report.TrendPalette;
import com.restwise.ui.common.I18n;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;

/**
 * A client's morning figures over their consultations: pain and sleep quality on the 0-10 scale
 * in one chart, stiffness in minutes in another. Each series takes its colour and marker from
 * {@link TrendPalette}: the colour through the theme's chart colours (so the legend follows), the
 * marker through a style class that {@code restwise.css} draws as that shape.
 */
public final class TrendCharts {

    public static Node of(I18n i18n, List<Consultation> consultations) {
        return ofLines(i18n, consultations.stream().map(ConsultationLine::of).toList());
    }

    /** The charts of a client's page, from its lines (no answers or advice read). */
    public static Node ofLines(I18n i18n, List<ConsultationLine> consultations) {
        // pain and sleep quality apart: on one chart their lines crossed, and better is down for
        // one and up for the other; each title says which way is better
        javafx.scene.layout.VBox charts = new javafx.scene.layout.VBox(16);
        addIfAnswered(
                charts,
                i18n,
                consultations,
                "chart-pain",
                "records.chart.pain-title",
                10,
                TrendPalette.PAIN,
                i18n.get("records.chart.pain"),
                ConsultationLine::morningPain);
        addIfAnswered(
                charts,
                i18n,
                consultations,
                "chart-quality",
                "records.chart.quality-title",
                10,
                TrendPalette.QUALITY,
                i18n.get("records.chart.quality"),
                ConsultationLine::sleepQuality);
        addIfAnswered(
                charts,
                i18n,
                consultations,
                "chart-stiffness",
                "records.chart.stiffness-title",
                -1,
                TrendPalette.STIFFNESS,
                i18n.get("records.chart.stiffness"),
                ConsultationLine::stiffnessMinutes);
        // one above the other, each as wide as the page: side by side, their titles and legends
        // were cut at a large text size
        return charts;
    }

    /** A chart of one figure, drawn only when some consultation answered it: an empty chart says nothing. */
    private static void addIfAnswered(
            javafx.scene.layout.VBox charts,
            I18n i18n,
            List<ConsultationLine> consultations,
            String id,
            String titleKey,
            int upper,
            TrendPalette look,
            String name,
            Function<ConsultationLine, Integer> value) {
        XYChart.Series<String, Number> series = series(i18n, name, consultations, value);
        if (series.getData().isEmpty()) {
            return;
        }
        LineChart<String, Number> chart = chart(i18n.get(titleKey), upper);
        chart.setId(id);
        chart.setLegendVisible(false); // one line: the title names it
        add(chart, look, series);
        charts.getChildren().add(chart);
    }

    private static LineChart<String, Number> chart(String title, int upper) {
        NumberAxis y = upper > 0 ? new NumberAxis(0, upper, 2) : new NumberAxis();
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), y);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinWidth(260);
        chart.getStyleClass().add("trend-chart");
        // a long title (German at 150 %) wraps rather than being cut; the chart asks the title for
        // its height at the chart's width
        ((Label) chart.lookup(".chart-title")).setWrapText(true);
        return chart;
    }

    /**
     * Adds the series as the chart's next one. The theme colours series n with its looked-up
     * colour {@code -color-chart-(n+1)}, here set to the palette's; the chart's style class
     * {@code series<n>-<marker>} gives its points (and its legend entry) the palette's shape.
     */
    private static void add(LineChart<String, Number> chart, TrendPalette look, XYChart.Series<String, Number> series) {
        int n = chart.getData().size();
        chart.getData().add(series);
        String colours = chart.getStyle() == null ? "" : chart.getStyle();
        chart.setStyle(colours + "-color-chart-" + (n + 1) + ": " + look.hex() + ";");
        chart.getStyleClass().add("series" + n + "-" + look.marker().name().toLowerCase());
    }

    private static XYChart.Series<String, Number> series(
            I18n i18n, String name, List<ConsultationLine> consultations, Function<ConsultationLine, Integer> value) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < consultations.size(); i++) {
            Integer v = value.apply(consultations.get(i));
            if (v != null) {
                // numbered so two consultations on one day stay two points
                s.getData()
                        .add(new XYChart.Data<>(
                                (i + 1) + ". " + i18n.date(consultations.get(i).date()), v));
            }
        }
        return s;
    }

    private TrendCharts() {}
}
