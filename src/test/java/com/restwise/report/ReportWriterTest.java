package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.EngineTexts;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.AlignmentSentence;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

public class ReportWriterTest {

    private static Profile example(String name) throws Exception {
        return new ProfileReader().parse(Files.readString(ContractExamples.profile(name)));
    }

    private static byte[] pdf(Profile p, Advice a, String client, Paper paper, List<TrendPoint> trend) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter().write(new ReportRequest(p, a, client, LocalDate.of(2026, 11, 22), paper, trend), out);
        return out.toByteArray();
    }

    /** The report's text with line breaks folded, so wrapped sentences can be found whole. */
    public static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String folded(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void theReportShowsTheNameTheRangeEveryPostureSentenceAndTheMedicalText() throws Exception {
        Profile p = example("light-side-sleeper-hip-pain");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        String text = text(pdf(p, a, "Σοφία Петрова-Müller", Paper.A4, List.of()));
        assertTrue(text.contains("Client: Σοφία Петрова-Müller"), "Greek and Cyrillic print: " + text.substring(0, 200));
        assertTrue(text.contains("range " + num(a.firmness().min()) + " to " + num(a.firmness().max())), text);
        for (PostureTip tip : a.posture()) {
            assertTrue(text.contains(folded(tip.text())), "missing: " + tip.text());
        }
        assertTrue(text.contains(folded(a.medical().advice())));
        assertTrue(text.contains("Kovacs FM"), "sources");
        assertTrue(text.contains("not a diagnosis"), "disclaimer");
        for (var option : a.options()) {
            assertTrue(text.contains(option.name()), option.name());
        }
    }

    @Test
    void theReportShowsTheSpineAtTheTargetAndOnTheCurrentMattressWithItsSentences() throws Exception {
        Profile p = example("light-side-sleeper-hip-pain");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        byte[] pdf = pdf(p, a, null, Paper.A4, List.of());
        String text = text(pdf);
        EngineTexts en = EngineTexts.of("en");
        assertTrue(text.contains(folded(AlignmentSentence.describe(a.alignment().atTarget(), a.firmness(), p, en))), text);
        assertTrue(text.contains(folded(AlignmentSentence.describe(a.alignment().atCurrent(), a.firmness(), p, en))), text);
        assertTrue(text.contains("your waist is unsupported"), "the current mattress (9) is too firm for her");
        assertTrue(text.contains(folded(AlignmentSentence.illustration(en))), "the model's caveat");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                images += doc.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
            }
            assertEquals(2, images, "two pictures: at the target and on the current mattress");
        }
    }

    @Test
    void withoutTheCurrentFirmnessTheReportDrawsOnlyTheTarget() throws Exception {
        Profile p = ProfileBuilder.profile().weight(56).only(Position.SIDE).build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
        String text = text(pdf(p, a, null, Paper.A4, List.of()));
        assertTrue(text.contains("So liegt Ihre Wirbelsäule"), text);
        assertTrue(text.contains(folded(AlignmentSentence.describe(a.alignment().atTarget(), a.firmness(), p, EngineTexts.of("de")))));
        assertFalse(text.contains("Auf Ihrer jetzigen Matratze"));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    @Test
    void anAnonymousReportNamesNobody() throws Exception {
        Profile p = example("night-only-pain");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        String text = text(pdf(p, a, null, Paper.A4, List.of()));
        assertTrue(text.contains("Anonymous report"));
        assertFalse(text.contains("Client:"));
        for (MedicalFlag f : a.medical().flags()) {
            assertTrue(text.contains(folded(f.text())), f.text());
        }
        assertTrue(text.contains("See a doctor within days"));
    }

    @Test
    void anUrgentReportPutsTheMedicalBoxFirst() throws Exception {
        Profile p = example("saddle-numbness");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        String text = text(pdf(p, a, "A. Client", Paper.A4, List.of()));
        assertTrue(text.indexOf("Seek medical care now") < text.indexOf("Your answers"));
        assertTrue(text.contains("emergency department"));
    }

    @Test
    void theReportFollowsTheLanguageAndThePaper() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
        byte[] letter = pdf(p, a, null, Paper.LETTER, List.of());
        String text = text(letter);
        assertTrue(text.contains("Bericht zu Schlaf und Matratze") && text.contains("Empfohlene Härte"), text);
        try (PDDocument doc = Loader.loadPDF(letter)) {
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.1);
        }
    }

    @Test
    void aFollowUpReportAddsThePainChart() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        List<TrendPoint> trend = List.of(new TrendPoint(LocalDate.of(2026, 9, 1), 7, 4, 30),
                new TrendPoint(LocalDate.of(2026, 10, 1), 5, 5, 20), new TrendPoint(LocalDate.of(2026, 11, 1), 3, 7, 10));
        assertTrue(text(pdf(p, a, "B", Paper.A4, trend)).contains("Pain and sleep over time"));
        assertFalse(text(pdf(p, a, "B", Paper.A4, List.of())).contains("Pain and sleep over time"));
    }

    @Test
    void theFontIsEmbeddedSoTheReportPrintsAnywhere() throws Exception {
        Profile p = example("night-only-pain");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        try (PDDocument doc = Loader.loadPDF(pdf(p, a, "x", Paper.A4, List.of()))) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).isEmbedded(), name.getName());
            }
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkInsteadOfFailing() throws Exception {
        Profile p = example("night-only-pain");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        assertTrue(text(pdf(p, a, "Ann \u6F22", Paper.A4, List.of())).contains("Client: Ann ?"), "a Chinese character");
    }

    @Test
    void arcsBecomeCurvesThatEndWhereTheArcEnds() throws Exception {
        double[] last = new double[2];
        SvgPicture.arc(new SvgPicture.Sink() {
            public void moveTo(double x, double y) { }
            public void lineTo(double x, double y) { }
            public void curveTo(double a, double b, double c, double d, double x, double y) {
                last[0] = x;
                last[1] = y;
            }
            public void closeAndFill(java.awt.Color f) { }
        }, 0, 0, 10, 10, 0, true, false, 20, 0);
        assertEquals(20, last[0], 1e-9);
        assertEquals(0, last[1], 1e-9);
        assertTrue(SvgPicture.load("posture-log-roll") != null);
    }
}
