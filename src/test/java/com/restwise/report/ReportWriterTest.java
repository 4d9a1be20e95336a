package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.AlignmentSentence;
import com.restwise.engine.EngineTexts;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

public class ReportWriterTest {

    private static Profile example(String name) throws Exception {
        return new ProfileReader().parse(Files.readString(ContractExamples.profile(name)));
    }

    private static byte[] pdf(Profile p, Advice a, String client, Paper paper, List<TrendPoint> trend)
            throws Exception {
        return pdf(p, a, client, paper, trend, "DE");
    }

    private static byte[] pdf(Profile p, Advice a, String client, Paper paper, List<TrendPoint> trend, String country)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter()
                .write(new ReportRequest(p, a, client, LocalDate.of(2026, 11, 22), paper, trend, country), out);
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
        assertTrue(
                text.contains("Client: Σοφία Петрова-Müller"), "Greek and Cyrillic print: " + text.substring(0, 200));
        assertTrue(
                text.contains("range " + num(a.firmness().min()) + " to "
                        + num(a.firmness().max())),
                text);
        for (PostureTip tip : a.posture()) {
            assertTrue(text.contains(folded(tip.text())), "missing: " + tip.text());
        }
        assertTrue(text.contains(folded(a.medical().advice())));
        assertTrue(text.contains("Kovacs FM"), "sources");
        assertFalse(
                text.contains("Rushton A et al."), "no neck-artery framework without a neck flag (ReportPagesTest)");
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
        assertTrue(
                text.contains(folded(AlignmentSentence.describe(a.alignment().atTarget(), a.firmness(), p, en))), text);
        assertTrue(
                text.contains(folded(AlignmentSentence.describe(a.alignment().atCurrent(), a.firmness(), p, en))),
                text);
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
        assertTrue(text.contains(
                folded(AlignmentSentence.describe(a.alignment().atTarget(), a.firmness(), p, EngineTexts.of("de")))));
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
        assertTrue(
                text.contains("Have it checked soon " + folded(a.medical().advice())),
                "the SOON heading, then its advice");
    }

    @Test
    void anUrgentReportPutsTheMedicalBoxFirst() throws Exception {
        Profile p = example("saddle-numbness");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        String text = text(pdf(p, a, "A. Client", Paper.A4, List.of()));
        int box = text.indexOf("Urgent " + folded(a.medical().advice()) + " Emergency number – Germany: 112");
        assertTrue(box > 0 && box < text.indexOf("Your answers"), text);
        assertTrue(text.contains("emergency department"));
    }

    /**
     * The number to call is named with its country, as the setting offers it: a reader abroad, or
     * one whose country's number is 112 as in most of Europe, sees whose number it is.
     */
    @Test
    void anUrgentReportNamesTheCountryWithTheNumberInTheReportsLanguage() throws Exception {
        Profile p = example("saddle-numbness");
        Advice de = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
        assertTrue(
                text(pdf(p, de, null, Paper.A4, List.of(), "AT")).contains("Notrufnummer – Österreich: 112"), "German");
        assertTrue(
                text(pdf(p, de, null, Paper.A4, List.of(), "ZZ")).contains("Notrufnummer – Ein anderes Land: 112"),
                "a country the table does not name");
        Advice en = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        assertTrue(
                text(pdf(p, en, null, Paper.A4, List.of(), "US")).contains("Emergency number – United States: 911"),
                "English");
    }

    @Test
    void theReportFollowsTheLanguageAndThePaper() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
        byte[] letter = pdf(p, a, null, Paper.LETTER, List.of());
        String text = text(letter);
        assertTrue(text.contains("Bericht zu Schlaf und Matratze") && text.contains("Empfohlene Härte"), text);
        try (PDDocument doc = Loader.loadPDF(letter)) {
            assertEquals(
                    PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.1);
        }
    }

    @Test
    void aGermanReportGroupsPricesTheGermanWayOnAnEnglishComputer() throws Exception {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Profile p = example("couple-different-needs");
            Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
            String text = text(pdf(p, a, null, Paper.A4, List.of()));
            assertTrue(text.contains("1.259 EUR") && !text.matches("(?s).*\\d,\\d{3} EUR.*"), text);
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void aFollowUpReportAddsThePainChart() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        List<TrendPoint> trend = List.of(
                new TrendPoint(LocalDate.of(2026, 9, 1), 7, 4, 30),
                new TrendPoint(LocalDate.of(2026, 10, 1), 5, 5, 20),
                new TrendPoint(LocalDate.of(2026, 11, 1), 3, 7, 10));
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
        SvgPicture.arc(
                new SvgPicture.Sink() {
                    public void moveTo(double x, double y) {}

                    public void lineTo(double x, double y) {}

                    public void curveTo(double a, double b, double c, double d, double x, double y) {
                        last[0] = x;
                        last[1] = y;
                    }

                    public void closeAndFill(Color f) {}
                },
                0,
                0,
                10,
                10,
                0,
                true,
                false,
                20,
                0);
        assertEquals(20, last[0], 1e-9);
        assertEquals(0, last[1], 1e-9);
        assertTrue(SvgPicture.load("posture-log-roll") != null);
    }

    /** The advice with another medical result and verdict, to see how the report lays each out. */
    private static Advice with(Advice a, MedicalResult medical, MattressVerdict verdict) {
        return new Advice(
                a.schemaVersion(),
                a.engineVersion(),
                a.lang(),
                a.firmness(),
                a.partnerFirmness(),
                verdict,
                a.options(),
                a.posture(),
                medical,
                a.explanation(),
                a.alignment());
    }

    private static String pageText(byte[] pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static final MedicalFlag FRACTURE = new MedicalFlag(
            FlagCode.FRACTURE,
            MedicalLevel.URGENT,
            "A fall from a height with new back pain can break a bone in the spine. Go to an emergency department now.",
            "a fall from higher than standing height within the last 4 weeks",
            List.of("Finucane 2020", "NICE NG41"));

    @Test
    void anUrgentReportSaysWhatToDoAloneOnTheFirstPageWithTheNumberTheRuleAndTheSources() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice base = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        MedicalResult urgent = new MedicalResult(
                MedicalLevel.URGENT,
                List.of(FRACTURE),
                "Seek medical care now.",
                "Get care at once if numbness between your legs appears.",
                true);
        byte[] pdf = pdf(p, with(base, urgent, base.mattressVerdict()), "A", Paper.A4, List.of(), "GB");
        String first = pageText(pdf, 1);
        assertTrue(first.contains("Emergency number – United Kingdom: 999"), "the country with its number: " + first);
        assertTrue(first.contains("Rule: a fall from higher than standing height within the last 4 weeks"), first);
        assertTrue(first.contains("Sources: Finucane 2020; NICE NG41"), first);
        assertTrue(first.contains("Get care at once if numbness between your legs appears."), "the safety net");
        assertFalse(
                first.contains("Mattresses that fit") || first.contains("Recommended firmness"),
                "no mattress on the page that sends the reader to hospital: " + first);
        String second = pageText(pdf, 2);
        assertTrue(second.startsWith("Your mattress can wait") || second.contains(" Your mattress can wait "), second);
        assertTrue(text(pdf).indexOf("Your mattress can wait") < text(pdf).indexOf("Recommended firmness"));
    }

    @Test
    void whenTheMattressCanWaitAtSoonItFollowsALineSayingToSeeADoctorFirst() throws Exception {
        Profile p = example("back-sleeper-low-back-pain-old-mattress");
        Advice base = new Advisor().assess(p, CatalogReader.shipped(), 5, "de");
        MedicalFlag soon = new MedicalFlag(
                FlagCode.INFECTION,
                MedicalLevel.SOON,
                "Gehen Sie innerhalb von ein, zwei Tagen " + "zur Ärztin oder zum Arzt.",
                "Fieber mit Schmerzen",
                List.of("NICE NG59"));
        MedicalResult medical = new MedicalResult(
                MedicalLevel.SOON, List.of(soon), "Gehen Sie bald zum Arzt.", "Holen Sie sofort Hilfe, wenn ...", true);
        String text = text(pdf(p, with(base, medical, base.mattressVerdict()), null, Paper.A4, List.of(), "112"));
        int medicalAt = text.indexOf("Regel: Fieber mit Schmerzen");
        int first = text.indexOf("Gehen Sie zuerst zur Ärztin oder zum Arzt.");
        int firmness = text.indexOf("Empfohlene Härte");
        assertTrue(medicalAt >= 0 && medicalAt < first && first < firmness, text);
        assertTrue(text.contains("Quellen: NICE NG59"));
        assertFalse(text.contains("Notrufnummer"), "the number to call is for URGENT only");
    }

    @Test
    void aKeepVerdictLeadsTheMattressAdviceAndTheOptionsAreForBuyingAnyway() throws Exception {
        Profile p = example("light-side-sleeper-hip-pain");
        Advice base = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        MattressVerdict keep = new MattressVerdict(
                MattressVerdict.Verdict.KEEP,
                "Your mattress (firmness 5, 2 years old) is within your range: keep it; no purchase is needed.");
        String text = text(pdf(p, with(base, base.medical(), keep), null, Paper.A4, List.of(), "112"));
        int verdict = text.indexOf("Keep your mattress Your mattress (firmness 5, 2 years old) is within your range");
        assertTrue(verdict > 0 && verdict < text.indexOf("Recommended firmness"), text);
        assertTrue(text.contains("If you want to buy anyway"));
        assertFalse(text.contains("Mattresses that fit"));
        long step = Math.round(base.firmness().target());
        assertTrue(
                text.contains("In a shop: firmness " + step + " of 10, often labelled "
                        + FirmnessLabel.european(base.firmness().target()) + "."),
                text);
    }

    @Test
    void everyAnswerIsPrintedInWordsNeverAsACode() throws Exception {
        Profile p = new ProfileReader()
                .parse(
                        """
                {"schemaVersion": 1,
                 "sleeper": {"weightKg": 79, "heightCm": 168, "ageYears": 31, "sex": "FEMALE", "pregnancyWeeks": 30},
                 "positions": {"SIDE": 0.5, "BACK": 0.3, "STOMACH": 0.2},
                 "currentMattress": {"firmness": 8, "type": "POCKET_SPRING", "ageYears": 3, "sagCm": 0.5},
                 "preferences": {"size": "160x200", "budgetMax": 900, "sleepsHot": false, "avoidLatex": true},
                 "symptoms": {"morningPain": 4, "sleepQuality": 6, "painAreas": ["LOWER_BACK", "HIP"],
                   "morningStiffnessMinutes": 20, "easesAfterGettingUp": true, "durationWeeks": 5, "nightPain": "WAKES_ME",
                   "daytimePain": true, "worseWithActivity": false, "improvesWithExercise": true, "improvesWithRest": false,
                   "gradualOnset": true, "legPainBelowKnee": false, "stress": 7, "afterExertion": false,
                   "warningSigns": ["BLADDER_OR_BOWEL_CHANGE", "RECENT_TRAUMA", "MAJOR_TRAUMA", "NIGHT_SWEATS"]}}
                """);
        for (String lang : List.of("en", "de")) {
            Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, lang);
            String text = text(pdf(p, a, null, Paper.A4, List.of(), "112"));
            assertFalse(Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b").matcher(text).find(), lang + ": " + text);
            assertFalse(text.contains("wakes them"), lang);
            ReportTexts t = new ReportTexts(lang);
            for (String line : ReportAnswers.lines(t, p)) {
                assertTrue(text.contains(folded(line)), lang + " misses the answer line: " + line);
            }
        }
        String en = String.join("\n", ReportAnswers.lines(new ReportTexts("en"), p));
        for (String words : List.of(
                "Pregnant, in week 30",
                "pocket spring",
                "Night pain: it wakes you up",
                "Stress lately: 7 of 10",
                "Began gradually",
                "Better with rest: no",
                "new trouble with the bladder or bowel since the pain began",
                "no latex",
                "not too warm at night",
                "a fall from height, a fast road accident or a hard blow")) {
            assertTrue(en.contains(words), words + " in " + en);
        }
        assertFalse(en.contains("a trip, slip or fall from standing"), "both injury signs are read as major");
        String de = String.join("\n", ReportAnswers.lines(new ReportTexts("de"), p));
        assertTrue(de.contains("Seite 50 %") && de.contains("Taschenfederkernmatratze"), de);
    }

    @Test
    void anUnansweredQuestionIsLeftOutNotPrintedAsNo() throws Exception {
        Profile p = ProfileBuilder.profile().weight(70).only(Position.BACK).build();
        String all = String.join("\n", ReportAnswers.lines(new ReportTexts("en"), p));
        assertEquals(2, ReportAnswers.lines(new ReportTexts("en"), p).size(), all);
        assertFalse(all.contains(": no"));
    }

    @Test
    void theReportListsTheSignsAnsweredNoAndThoseNotAnswered() throws Exception {
        Profile p = ProfileBuilder.profile()
                .weight(70)
                .only(Position.BACK)
                .pain(com.restwise.engine.profile.PainArea.LOWER_BACK)
                .signsNo(
                        com.restwise.engine.profile.WarningSign.FEVER,
                        com.restwise.engine.profile.WarningSign.SADDLE_NUMBNESS)
                .build();
        String answers = String.join("\n", ReportAnswers.lines(new ReportTexts("en"), p));
        assertTrue(answers.contains("Warning signs answered no: a temperature"), answers);
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        String text = text(pdf(p, a, null, Paper.A4, List.of()));
        assertTrue(text.contains("Not answered yet:"), text);
        assertTrue(text.contains(folded("Warning signs answered no:")), text);
    }
}
