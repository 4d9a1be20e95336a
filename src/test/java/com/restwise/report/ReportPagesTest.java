package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How the report falls onto its pages, read back with PDFBox: where each line sits, on which
 * page, and how far to the right it reaches.
 */
class ReportPagesTest {

    private static Profile example(String name) throws Exception {
        return new ProfileReader().parse(Files.readString(ContractExamples.profile(name)));
    }

    private static final List<TrendPoint> TREND = List.of(
            new TrendPoint(LocalDate.of(2026, 9, 1), 7, 4, 30),
            new TrendPoint(LocalDate.of(2026, 10, 1), 5, 5, 20),
            new TrendPoint(LocalDate.of(2026, 11, 23), 3, 7, 10));

    private static String notes(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("Note line ").append(i).append('\n');
        }
        return text.toString();
    }

    private static byte[] pdf(Profile p, Advice a, List<TrendPoint> trend, String notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter()
                .write(
                        new ReportRequest(p, a, "Anna Berg", LocalDate.of(2026, 12, 1), Paper.A4, trend, "DE")
                                .withPractice("Physio am Park", "Jana Meier")
                                .withNotes(notes),
                        out);
        return out.toByteArray();
    }

    private static boolean isFooter(KeepWithNextTest.Line line) {
        return line.text().matches("(Page|Seite) \\d+ (of|von) \\d+");
    }

    @Test
    void noTextRunsPastTheRightMarginInEitherLanguage() throws Exception {
        for (String name :
                List.of("back-sleeper-low-back-pain-old-mattress", "couple-different-needs", "saddle-numbness")) {
            Profile p = example(name);
            for (String lang : List.of("en", "de")) {
                Advice a = KeepWithNextTest.withoutPictures(new Advisor().assess(p, CatalogReader.shipped(), 8, lang));
                for (KeepWithNextTest.Line line : KeepWithNextTest.lines(pdf(p, a, TREND, "A short note."))) {
                    assertTrue(
                            line.right() <= Paper.A4.size().getWidth() - PdfCanvas.MARGIN + 0.5f,
                            name + ", " + lang + ": \"" + line.text() + "\" reaches " + line.right());
                }
            }
        }
    }

    /**
     * Notes of 0 to 30 lines shift the end of the report down line by line, so each citation and
     * the report's last lines meet the foot of a page somewhere in the run.
     */
    @Test
    void noCitationIsSplitAndTheLastPageHoldsMoreThanALine() throws Exception {
        // warning signs give the longest list of sources
        Profile p = example("saddle-numbness");
        int citationsSeen = 0;
        for (String lang : List.of("en", "de")) {
            Advice a = KeepWithNextTest.withoutPictures(new Advisor().assess(p, CatalogReader.shipped(), 8, lang));
            for (int notes = 0; notes <= 30; notes++) {
                List<KeepWithNextTest.Line> lines = KeepWithNextTest.lines(pdf(p, a, List.of(), notes(notes)));
                KeepWithNextTest.Line citation = null;
                for (KeepWithNextTest.Line line : lines) {
                    if (isFooter(line) || line.size() > 9) {
                        continue;
                    }
                    if (line.text().matches("\\d+\\. .*")) {
                        citation = line;
                        citationsSeen++;
                    } else if (citation != null) {
                        assertEquals(
                                citation.page(),
                                line.page(),
                                lang + ", " + notes + " lines of notes: \"" + citation.text()
                                        + "\" goes on over the page with \"" + line.text() + "\"");
                    }
                }
                TreeMap<Integer, Integer> perPage = new TreeMap<>();
                lines.stream()
                        .filter(line -> !isFooter(line))
                        .forEach(line -> perPage.merge(line.page(), 1, Integer::sum));
                assertTrue(
                        perPage.lastEntry().getValue() >= 3,
                        lang + ", " + notes + " lines of notes: the last page holds "
                                + perPage.lastEntry().getValue() + " line(s)");
            }
        }
        assertTrue(citationsSeen > 100, "the test sees the citations: " + citationsSeen);
    }

    @Test
    void aFollowUpShowsItsPainChartOnTheFirstPage() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        for (String lang : List.of("en", "de")) {
            Advice a = new Advisor().assess(p, CatalogReader.shipped(), 8, lang);
            assertFalse(AdviceOrder.of(a).medicalFirst(), "the usual follow-up: nothing pressing comes first");
            String heading = new ReportTexts(lang).get("trend");
            KeepWithNextTest.Line chart = KeepWithNextTest.lines(pdf(p, a, TREND, notes(4))).stream()
                    .filter(line -> line.text().equals(heading))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, chart.page(), lang + ": the chart is on page " + chart.page());
        }
    }

    @Test
    void onlyTheSourcesOfWhatTheReportShowsArePrinted() throws Exception {
        Profile man = example("back-sleeper-low-back-pain-old-mattress");
        Advice manAdvice =
                KeepWithNextTest.withoutPictures(new Advisor().assess(man, CatalogReader.shipped(), 8, "en"));
        assertTrue(manAdvice.posture().stream().noneMatch(tip -> tip.code() == PostureCode.PREGNANCY_SIDE));
        String text = ReportWriterTest.text(pdf(man, manAdvice, List.of(), null));
        assertFalse(text.contains("Cronin RS"), "no stillbirth study for a man");
        assertTrue(text.contains("Kovacs FM"), "the firmness advice's own trial");
        boolean finucane =
                manAdvice.medical().flags().stream().anyMatch(f -> f.sources().contains("Finucane 2020"));
        assertEquals(finucane, text.contains("Finucane LM"), "the red-flag framework only when a flag cites it");
        assertFalse(text.contains("Rushton A"), "no neck-artery framework without a neck flag");

        Profile pregnant = example("pregnant-third-trimester");
        Advice pregnantAdvice =
                KeepWithNextTest.withoutPictures(new Advisor().assess(pregnant, CatalogReader.shipped(), 8, "en"));
        assertTrue(pregnantAdvice.posture().stream().anyMatch(tip -> tip.code() == PostureCode.PREGNANCY_SIDE));
        assertTrue(
                ReportWriterTest.text(pdf(pregnant, pregnantAdvice, List.of(), null))
                        .contains("Cronin RS"),
                "the side-sleeping tip's study");

        Profile numb = example("saddle-numbness");
        String numbText = ReportWriterTest.text(pdf(
                numb,
                KeepWithNextTest.withoutPictures(new Advisor().assess(numb, CatalogReader.shipped(), 8, "en")),
                List.of(),
                null));
        assertTrue(numbText.contains("Finucane LM") && numbText.contains("GIRFT"), "the cauda equina flag's sources");
        // numbered in the order printed, with no gaps where a source was left out
        for (int i = 1; i <= 5; i++) {
            assertTrue(numbText.contains(" " + i + ". "), "citation " + i + " in " + numbText);
        }
    }

    @Test
    void everyReferenceInTheTextsHasARuleForWhenItIsPrinted() {
        for (String lang : List.of("en", "de")) {
            ReportTexts t = new ReportTexts(lang);
            int count = 0;
            for (int i = 1; t.has("source." + i); i++) {
                assertTrue(ReportSources.numbers().contains(i), lang + ": source." + i + " would never print");
                count++;
            }
            assertEquals(ReportSources.numbers().size(), count, lang);
        }
    }

    /** Where each glyph of the chart's date labels (7.5 pt) sits across the page. */
    private static List<float[]> dateGlyphs(byte[] pdf) throws IOException {
        List<float[]> glyphs = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition g) {
                    if (Math.abs(g.getFontSize() - 7.5f) < 0.01f
                            && !g.getUnicode().isBlank()) {
                        glyphs.add(new float[] {
                            getCurrentPageNo(), g.getYDirAdj(), g.getXDirAdj(), g.getXDirAdj() + g.getWidthDirAdj()
                        });
                    }
                }
            };
            stripper.getText(doc);
        }
        return glyphs;
    }

    @Test
    void aLongFollowUpsChartDatesDoNotRunIntoEachOther() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        List<TrendPoint> visits = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            visits.add(new TrendPoint(LocalDate.of(2025, 1, 10).plusWeeks(2L * i), 8 - i / 4, 3 + i / 4, 20));
        }
        for (String lang : List.of("en", "de")) {
            Advice a = KeepWithNextTest.withoutPictures(new Advisor().assess(p, CatalogReader.shipped(), 8, lang));
            List<float[]> glyphs = dateGlyphs(pdf(p, a, visits, null));
            glyphs.sort((g, h) -> g[0] != h[0]
                    ? Float.compare(g[0], h[0])
                    : g[1] != h[1] ? Float.compare(g[1], h[1]) : Float.compare(g[2], h[2]));
            assertTrue(glyphs.size() > 20, lang + ": the dates are there");
            for (int i = 1; i < glyphs.size(); i++) {
                float[] before = glyphs.get(i - 1);
                float[] now = glyphs.get(i);
                if (before[0] == now[0] && Math.abs(before[1] - now[1]) < 1) {
                    assertTrue(now[2] >= before[3] - 0.5f, lang + ": two dates overlap at x " + now[2]);
                }
            }
            String last = new ReportTexts(lang)
                    .engine()
                    .date(visits.get(visits.size() - 1).date());
            assertTrue(
                    ReportWriterTest.text(pdf(p, a, visits, null)).contains(last),
                    lang + ": the latest visit is named");
        }
    }
}
