package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * No heading is left alone at the foot of a page. Notes of 0 to 16 lines at the head shift every
 * later section down, so each heading meets the foot of a page somewhere in the run; the lowest
 * line of every page must never be a heading.
 */
class KeepWithNextTest {

    /**
     * A printed line: its page, how far down and how far right it reaches, its words, its size
     * and whether it is set as a heading.
     */
    record Line(int page, float y, float right, String text, float size, boolean heading) {}

    /** The lines of the PDF as PDFBox reads them, with their font: headings are bold and 11 pt or more. */
    static List<Line> lines(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    boolean bold = first.getFont().getName().contains("Bold");
                    lines.add(new Line(
                            getCurrentPageNo(),
                            first.getYDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(),
                            text,
                            first.getFontSizeInPt(),
                            bold && first.getFontSizeInPt() >= 11));
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
        }
        return lines;
    }

    private static final float A4_HEIGHT = 842;

    /** The lowest line of each page above its footer ("Page 2 of 4"). */
    static TreeMap<Integer, Line> lastLines(List<Line> lines) {
        TreeMap<Integer, Line> last = new TreeMap<>();
        for (Line line : lines) {
            if (line.text().matches("(Page|Seite) \\d+ (of|von) \\d+")) {
                continue;
            }
            Line lowest = last.get(line.page());
            if (lowest == null || line.y() >= lowest.y()) {
                last.put(line.page(), line);
            }
        }
        return last;
    }

    /**
     * The advice without the spine pictures, which take most of the time to draw (their own
     * heading reserves their height before it is set, and is seen in every other report test).
     */
    static Advice withoutPictures(Advice a) {
        return new Advice(
                a.schemaVersion(),
                a.engineVersion(),
                a.lang(),
                a.firmness(),
                a.partnerFirmness(),
                a.mattressVerdict(),
                a.options(),
                a.posture(),
                a.medical(),
                a.explanation(),
                null);
    }

    @Test
    void noPageEndsWithAHeadingWhereverTheSectionsFall() throws Exception {
        Profile p = new ProfileReader()
                .parse(Files.readString(ContractExamples.profile("back-sleeper-low-back-pain-old-mattress")));
        List<TrendPoint> trend = List.of(
                new TrendPoint(LocalDate.of(2026, 9, 1), 7, 4, 30),
                new TrendPoint(LocalDate.of(2026, 10, 1), 5, 5, 20),
                new TrendPoint(LocalDate.of(2026, 11, 1), 3, 7, 10));
        int headingsSeen = 0;
        for (String lang : List.of("en", "de")) {
            Advice a = withoutPictures(new Advisor().assess(p, CatalogReader.shipped(), 8, lang));
            // two lines at a time: each heading keeps at least two lines with it, so every heading
            // still lands once in the band above the foot where it would be left alone
            for (int notes = 0; notes <= 17; notes += 2) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= notes; i++) {
                    text.append("Note line ").append(i).append('\n');
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new ReportWriter()
                        .write(
                                new ReportRequest(p, a, "Anna Berg", LocalDate.of(2026, 12, 1), Paper.A4, trend, "DE")
                                        .withPractice("Physio am Park", "Jana Meier")
                                        .withNotes(text.toString()),
                                out);
                List<Line> lines = lines(out.toByteArray());
                headingsSeen += (int) lines.stream().filter(Line::heading).count();
                TreeMap<Integer, Line> last = lastLines(lines);
                for (Line line : last.values()) {
                    // and nothing pushed below the foot of the page, over the page number
                    assertTrue(line.y() < A4_HEIGHT - 35, lang + ", " + notes + " lines of notes: " + line);
                }
                for (Line line : last.headMap(last.lastKey()).values()) {
                    assertTrue(
                            !line.heading(),
                            lang + ", " + notes + " lines of notes: page " + line.page() + " ends with the heading \""
                                    + line.text() + "\"");
                }
            }
        }
        assertTrue(headingsSeen > 100, "the test sees the headings (bold, 11 pt or more): " + headingsSeen);
    }
}
