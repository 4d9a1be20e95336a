package com.restwise.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a physiotherapist's report adds: the practice, the therapist, the notes and the change in pain. */
class ReportConsultationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static ReportRequest request(String lang, List<TrendPoint> trend) throws Exception {
        Profile p = new ProfileReader()
                .parse(Files.readString(ContractExamples.profile("back-sleeper-low-back-pain-old-mattress")));
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, lang);
        return new ReportRequest(p, a, "Anna Berg", DAY, Paper.A4, trend, "DE");
    }

    static String text(ReportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter().write(request, out);
        return ReportWriterTest.text(out.toByteArray());
    }

    private static List<TrendPoint> visits(Integer... pain) {
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < pain.length; i++) {
            points.add(new TrendPoint(LocalDate.of(2026, 9 + i, 1), pain[i], 5, 20));
        }
        return points;
    }

    @Test
    void thePracticeTheTherapistAndTheNotesArePrintedAtTheHead() throws Exception {
        String text = text(request("en", List.of())
                .withPractice("Physio am Park", "Jana Meier")
                .withNotes("Hip pain worse after long drives.\nTry the pillow between the knees."));
        assertTrue(
                text.startsWith("Physio am Park Sleep and mattress report Client: Anna Berg Therapist: Jana Meier"),
                text.substring(0, 200));
        int notes =
                text.indexOf("Consultation notes Hip pain worse after long drives. Try the pillow between the knees.");
        assertTrue(notes > 0 && notes < text.indexOf("Recommended firmness"), "the notes lead the advice: " + text);
    }

    @Test
    void withoutThemNeitherTheyNorAnEmptyLabelPrint() throws Exception {
        String text = text(request("en", List.of()).withPractice("  ", null).withNotes("\n \t"));
        assertTrue(text.startsWith("Sleep and mattress report Client: Anna Berg Date:"), text.substring(0, 120));
        assertFalse(text.contains("Therapist"), "no empty label");
        assertFalse(text.contains("Consultation notes"));
        assertFalse(text.contains("Change in morning pain"), "a first consultation has nothing to compare");
    }

    @Test
    void aFollowUpSaysWhetherMorningPainImprovedMeaningfully() throws Exception {
        String text = text(request("en", visits(8, 6, 3)));
        assertTrue(
                text.contains(
                        "Change in morning pain Since the last consultation on 1 Oct 2026: pain on waking from 6 to 3"
                                + " out of 10 (-3), a meaningful improvement. Since the first consultation on 1 Sep 2026: from 8 to 3 out of 10 (-5),"
                                + " a meaningful improvement."),
                text);
        assertTrue(text.contains("at least 2 points and of at least 30 % of the earlier score (Farrar 2001)"), text);
        assertTrue(text.indexOf("Change in morning pain") < text.indexOf("Recommended firmness"));
    }

    @Test
    void aDropTooSmallOrARiseIsSaidSoWithTheRecordsOwnRule() throws Exception {
        // 3 to 2 is one point: not meaningful; 2 to 5 is a worsening. Two visits: only "since the last".
        String small = text(request("en", visits(3, 2)));
        assertTrue(small.contains("from 3 to 2 out of 10 (-1), no meaningful change."), small);
        assertFalse(small.contains("Since the first consultation"), "the same comparison once, not twice");
        String worse = text(request("de", visits(2, 5)));
        assertTrue(
                worse.contains("Veränderung der Morgenschmerzen Seit der letzten Beratung am 01.09.2026: Schmerzen beim"
                        + " Aufwachen von 2/10 auf 5/10 (+3), eine Verschlechterung."),
                worse);
        String unknown = text(request("en", visits(null, 4)));
        assertTrue(
                unknown.contains(
                        "Since the last consultation on 1 Sep 2026: pain on waking was not scored both times."),
                unknown);
    }

    @Test
    void theGermanReportNamesTheTherapistInGerman() throws Exception {
        String text = text(
                request("de", visits(7, 4)).withPractice(null, "Jana Meier").withNotes("Kissen probieren."));
        assertTrue(text.contains("Name: Anna Berg Beraten von: Jana Meier"), text.substring(0, 200));
        assertTrue(text.contains("Notizen zur Beratung Kissen probieren."));
        assertTrue(text.contains("von 7/10 auf 4/10 (-3), eine deutliche Besserung."), text);
        assertTrue(text.startsWith("Bericht zu Schlaf und Matratze"), "no practice set, none printed");
    }
}
