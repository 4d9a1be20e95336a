package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.RecordsService;
import com.restwise.report.ReportWriterTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A physiotherapist sets the practice and their name once, prints a follow-up's report, and is
 * offered the PDF or its folder; a report that cannot be written says so. Across a restart the
 * names and the folder are still there.
 */
class ReportFlowTest extends AppWindowTest {

    /** The app with the system's "open this file" recorded instead of starting a PDF viewer. */
    public static class OpeningApp extends RestwiseApp {
        static final List<String> OPENED = new CopyOnWriteArrayList<>();

        @Override
        protected void showDocument(String uri) {
            OPENED.add(uri);
        }
    }

    @TempDir
    Path reports;

    private static Profile visit(int pain) {
        return ProfileBuilder.profile()
                .weight(70)
                .only(Position.BACK)
                .morningPain(pain)
                .sleepQuality(5)
                .build();
    }

    private Consultation save(RecordsService records, Client client, LocalDate day, int pain, String notes)
            throws Exception {
        Profile p = visit(pain);
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 5, "en");
        records.saveConsultation(client, day, p, a, notes).get();
        List<Consultation> all = records.consultations(client.id()).get();
        return all.get(all.size() - 1);
    }

    private DialogPane dialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> d.exists("#" + id));
        return d.find("#" + id, DialogPane.class);
    }

    @Test
    void aFollowUpsReportHasThePracticeTheNotesAndTheVerdictAndOffersToOpenIt() throws Exception {
        OpeningApp.OPENED.clear();
        d = WizardDriver.start(dataDir, OpeningApp.class);
        d.click("#practice-details");
        d.type("#practice-name", "Physio am Park");
        d.type("#therapist-name", "Jana Meier");
        d.click("#practice-save");

        RecordsService records = d.app.recordsService();
        Client anna = records.createClient("Anna Berg", "").get();
        save(records, anna, LocalDate.of(2026, 10, 1), 7, "first visit");
        Consultation followUp = save(records, anna, LocalDate.of(2026, 11, 2), 3, "Pillow between the knees helps.");
        save(records, anna, LocalDate.of(2026, 11, 20), 6, "a later visit the report must not show");

        Path target = reports.resolve("Restwise - Anna Berg - 2026-11-02.pdf");
        d.robot.interact(() -> d.app.reports().report(anna, followUp, target));
        DialogPane saved = dialog("report-saved");
        assertTrue(saved.getContentText().contains(target.toString()), saved.getContentText());
        String text = ReportWriterTest.text(Files.readAllBytes(target));
        assertTrue(
                text.startsWith("Physio am Park Sleep and mattress report Client: Anna Berg Therapist: Jana Meier"),
                text.substring(0, 120));
        assertTrue(text.contains("Consultation notes Pillow between the knees helps."), text);
        assertTrue(
                text.contains("Since the last consultation on 1 Oct 2026: pain on waking from 7 to 3 out of 10 (-4),"
                        + " a meaningful improvement."),
                text);
        assertTrue(
                !text.contains("a later visit") && !text.contains("from 3 to 6"), "the report stops at its own visit");

        d.click("#report-open-folder");
        assertEquals(List.of(reports.toUri().toString()), OpeningApp.OPENED, "the folder opens");
        assertEquals(reports.toString(), d.app.settings().report().lastFolder(), "the next report is offered here");

        Path nowhere = reports.resolve("gone/report.pdf");
        d.robot.interact(() -> d.app.reports().report(anna, followUp, nowhere));
        DialogPane failed = dialog("report-failed");
        assertEquals("The report was not saved.", failed.getHeaderText());
        assertTrue(failed.getContentText().contains("does not exist"), failed.getContentText());
        d.robot.interact(() -> failed.getScene().getWindow().hide());

        d.stop();
        d = WizardDriver.start(dataDir, OpeningApp.class);
        assertEquals(reports.toString(), d.app.settings().report().lastFolder(), "remembered across a restart");
        d.click("#practice-details");
        assertEquals("Physio am Park", d.find("#practice-name", TextField.class).getText());
        assertEquals("Jana Meier", d.find("#therapist-name", TextField.class).getText());
        DialogPane practice = d.find("#practice-dialog", DialogPane.class);
        d.robot.interact(() -> practice.getScene().getWindow().hide());
    }
}
