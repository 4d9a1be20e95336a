package com.restwise.ui.common;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.AppVersion;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Consultation;
import com.restwise.records.SavedResult;
import com.restwise.report.Paper;
import com.restwise.report.ReportRequest;
import com.restwise.report.ReportWriter;
import com.restwise.report.ReportWriterTest;
import com.restwise.report.TrendPoint;
import com.restwise.ui.records.TrendCharts;
import com.restwise.ui.saved.SavedResultFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A day is written one way per language wherever it appears: the notices and dialogs, the date
 * field and its messages on a computer set to any region, the saved results, the follow-up
 * charts' axis and the PDF report. Each output is searched for anything that looks like a date,
 * and every one found must be in the language's one form.
 */
@ExtendWith(JavaFxToolkit.class)
class DatesOneWayTest {

    /** Anything a reader would take for a date: 23.11.26, 11/23/2026, Nov 23, 2026, 23 Nov 2026, 23. November 2026. */
    private static final Pattern DATE_LIKE = Pattern.compile("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b"
            + "|\\b\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}\\b"
            + "|\\b\\d{1,2}\\.? \\p{L}{3,9}\\.? \\d{4}\\b");

    private static final Pattern ENGLISH =
            Pattern.compile("\\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}");
    private static final Pattern GERMAN = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static String expected(String lang) {
        return "de".equals(lang) ? "23.11.2026" : "23 Nov 2026";
    }

    /** Every date-like piece of the text is in the language's form; returns how many there were. */
    private static int assertOneForm(String lang, String where, String text) {
        Pattern form = "de".equals(lang) ? GERMAN : ENGLISH;
        Matcher m = DATE_LIKE.matcher(text);
        int found = 0;
        while (m.find()) {
            // "Seite 1 von 4" and the like are no dates: only pieces with a year of this century
            if (!m.group().matches(".*20\\d\\d$") && !m.group().matches(".*\\d\\.\\d\\d$")) {
                continue;
            }
            assertTrue(
                    form.matcher(m.group()).matches(),
                    lang + ", " + where + ": \"" + m.group() + "\" in \"" + text + "\"");
            found++;
        }
        return found;
    }

    @Test
    void theDateFieldWritesTheDayAsTheAppDoesOnAComputerSetToAnyRegion() {
        for (String lang : List.of("en", "de")) {
            I18n i18n = new I18n(lang);
            assertEquals(expected(lang), i18n.date(DAY));
            for (Locale region : List.of(Locale.US, Locale.UK, Locale.GERMANY, new Locale("en", "AU"))) {
                TypedDate field = new TypedDate(i18n, region, () -> DAY);
                assertEquals(expected(lang), field.format(DAY), lang + " on a " + region + " computer");
                assertEquals(DAY, field.read(field.format(DAY)).date(), "the field reads back what it writes");
                assertOneForm(
                        lang,
                        "the future-date message",
                        field.read(field.format(DAY.plusDays(1))).problem());
                assertOneForm(lang, "the unreadable message", field.read("soon").problem());
            }
        }
    }

    @Test
    void savedResultsSayTheirDayTheSameWay() {
        Profile p = profile().morningPain(4).build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        for (String lang : List.of("en", "de")) {
            SavedResultFacts facts = new SavedResultFacts(new I18n(lang));
            String when = facts.when(new SavedResult(1, DAY, LocalTime.of(8, 0), p, a, Advisor.ENGINE_VERSION, 4));
            assertTrue(when.startsWith(expected(lang)), when);
            assertEquals(expected(lang), facts.when(new SavedResult(1, DAY, null, p, a, Advisor.ENGINE_VERSION, 4)));
        }
    }

    @Test
    void theFollowUpChartsAxisWritesTheDaysTheSameWay() throws Exception {
        List<Consultation> visits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Profile p = profile().morningPain(7 - 2 * i).sleepQuality(4 + i).build();
            visits.add(new Consultation(
                    i + 1,
                    1,
                    DAY.minusMonths(2 - i),
                    p,
                    new Advisor().assess(p, CatalogReader.shipped(), 3, "en"),
                    Advisor.ENGINE_VERSION,
                    "",
                    7 - 2 * i));
        }
        for (String lang : List.of("en", "de")) {
            List<String> texts = JavaFxToolkit.call(() -> {
                Parent charts = (Parent) TrendCharts.of(new I18n(lang), visits);
                Scene scene = new Scene(charts, 1000, 400);
                scene.getStylesheets().add(Theme.stylesheet());
                charts.applyCss();
                charts.layout();
                List<String> shown = new ArrayList<>();
                collect(charts, shown);
                return shown;
            });
            String all = String.join(" | ", texts);
            assertTrue(all.contains(expected(lang)), lang + ": " + all);
            assertTrue(assertOneForm(lang, "the chart", all) >= 3, lang + ": the three days on the axis: " + all);
        }
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Text text && text.getText() != null) {
            out.add(text.getText());
        } else if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, out));
        }
    }

    @Test
    void theReportWritesItsDateTheProgressAndTheChartAxisTheSameWay() throws Exception {
        Profile p = profile().weight(80).morningPain(3).build();
        List<TrendPoint> trend = List.of(
                new TrendPoint(DAY.minusMonths(2), 7, 4, 30),
                new TrendPoint(DAY.minusMonths(1), 5, 5, 20),
                new TrendPoint(DAY, 3, 7, 10));
        for (String lang : List.of("en", "de")) {
            Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, lang);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ReportWriter().write(new ReportRequest(p, a, "Anna Berg", DAY, Paper.A4, trend, "DE"), out);
            String text = ReportWriterTest.text(out.toByteArray())
                    .replace(AppVersion.app(), "")
                    .replace(a.engineVersion(), "");
            String firstVisit = "de".equals(lang) ? "23.09.2026" : "23 Sep 2026";
            assertTrue(text.contains(expected(lang)) && text.contains(firstVisit), lang + ": " + text);
            // the heading's date, two in the progress lines, three on the chart's axis
            assertTrue(assertOneForm(lang, "the report", text) >= 6, lang + ": " + text);
        }
    }

    /** One formatter: nothing else in the app asks the JDK for its own way of writing a day. */
    @Test
    void noCodeFormatsADayItsOwnWay() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("ofLocalizedDate")
                        || source.contains("FormatStyle.LONG")
                        || Pattern.compile("ofPattern\\(\"[^\"]*(d|M)[^\"]*\"")
                                .matcher(source)
                                .find()) {
                    offenders.add(file.toString());
                }
            }
        }
        // the backup and log files' time stamps are for machines and sorting, not for readers
        offenders.removeIf(f -> f.endsWith("AtomicFile.java") || f.endsWith("AppLog.java"));
        assertTrue(offenders.isEmpty(), "dates written their own way in " + offenders);
    }
}
