package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.wizard.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A physiotherapist's consultations across app restarts: records, follow-up, chart and change. */
class ConsultationFlowTest extends AppWindowTest {

    /** Starts the app, creates a client and starts their first consultation. */
    private void startConsultationForNewClient(String name) throws Exception {
        d = WizardDriver.start(dataDir);
        d.newClient(name);
        d.click("#new-consultation");
    }

    private void runWizard(int morningPain, int sleepQuality, boolean firstTime) {
        if (!firstTime) {
            assertEquals("70", d.vm().you().weight().text().get(), "the last profile is filled in");
        }
        d.toMorningsOfAConsultation();
        d.choose("#morning-pain", morningPain);
        d.choose("#sleep-quality", sleepQuality);
        if (firstTime) {
            d.click("#area-lower-back");
            d.type("#stiffness", "30");
        }
        d.toResultsWithoutSigns();
        javafx.scene.control.TextArea notes = d.find("#consultation-notes", javafx.scene.control.TextArea.class);
        d.robot.interact(() -> notes.setText("pain " + morningPain + ", advised a pillow between the knees"));
        d.click("#save-result");
        assertTrue(d.text("#notice").startsWith("Saved to Anna Berger"), d.text("#notice"));
    }

    @Test
    void aConsultationRecordedAfterwardsKeepsItsOwnDateAndAFutureOrBrokenDateIsRefused() throws Exception {
        startConsultationForNewClient("Ben Ortiz");
        d.type("#weight", "77");
        d.next();
        d.click("#position-back-most");
        d.next(3);
        d.toResultsWithoutSigns();
        javafx.scene.control.DatePicker picker = d.find("#consultation-date", javafx.scene.control.DatePicker.class);
        assertEquals(java.time.LocalDate.now(), picker.getValue(), "today unless changed");

        typeDate(picker, "not a date");
        assertTrue(
                d.text("#consultation-date-problem").startsWith("This is not a date Restwise can read."),
                d.text("#consultation-date-problem"));
        assertEquals("not a date", picker.getEditor().getText(), "what was typed stays");
        assertTrue(d.find("#save-result", Button.class).isDisabled());

        typeDate(picker, picker.getConverter().toString(LocalDate.now().plusDays(3)));
        assertTrue(
                d.text("#consultation-date-problem")
                        .endsWith(" is in the future: the consultation date cannot be later than today."),
                d.text("#consultation-date-problem"));
        assertTrue(d.find("#save-result", Button.class).isDisabled());

        LocalDate lastWeek = LocalDate.now().minusDays(7);
        typeDate(picker, picker.getConverter().toString(lastWeek));
        assertFalse(d.find("#consultation-date-problem", Label.class).isVisible());
        d.click("#save-result");
        assertTrue(d.text("#notice").startsWith("Saved to Ben Ortiz"), d.text("#notice"));
        var records = d.app.recordsService();
        var saved =
                records.consultations(records.search("Ben").get().get(0).id()).get();
        assertEquals(lastWeek, saved.get(0).date());
    }

    private void typeDate(DatePicker picker, String text) {
        d.scrollIntoView(picker);
        d.robot.interact(() -> picker.getEditor().clear());
        d.robot.clickOn(picker.getEditor()).write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void threeConsultationsAcrossRestartsShowTheTrend() throws Exception {
        d = WizardDriver.start(dataDir);
        d.newClient("Anna Berger");
        assertEquals("Anna Berger", d.text("#client-name"));
        d.click("#new-consultation");
        runWizard(8, 3, true);

        d.stop();
        d = WizardDriver.start(dataDir);
        d.openClient("Anna Berger");
        assertTrue(d.exists("#open-consultation-1"));
        d.click("#open-consultation-1");
        assertTrue(d.text("#stored-when").contains("as Restwise " + Advisor.ENGINE_VERSION + " advised then"));
        assertTrue(d.text("#firmness-summary").startsWith("Target"));
        d.click("#back-to-client");
        d.click("#new-consultation");
        runWizard(6, 5, false);

        d.stop();
        d = WizardDriver.start(dataDir);
        d.openClient("Anna Berger");
        d.click("#new-consultation");
        runWizard(4, 7, false);
        d.click("#start-over");
        d.openClient("Anna Berger");

        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = d.find("#chart-pain", LineChart.class);
        assertEquals(3, chart.getData().get(0).getData().size(), "three morning pain points");
        assertEquals(4, chart.getData().get(0).getData().get(2).getYValue().intValue());
        assertEquals(
                "Morning pain since the first consultation: 8 to 4 (-4), a meaningful improvement.",
                d.text("#change-since-first"));
        assertEquals(
                "Morning pain since the previous consultation: 6 to 4 (-2), a meaningful improvement.",
                d.text("#change-since-previous"));
        assertTrue(d.exists("#chart-stiffness"));
        assertTrue(
                WizardDriver.allText(d.find("#consultations", Node.class))
                        .contains("pain 8, advised a pillow between the knees"),
                "the therapist's notes are kept");
    }

    @Test
    void aShopperSavesAndReopensTheirOwnResultsApartFromTheClients() throws Exception {
        d = WizardDriver.start(dataDir);
        d.quickRun("64", "side");
        d.click("#save-result");
        assertEquals("Saved to \"My saved results\".", d.text("#notice"));
        d.click("#start-over");
        d.quickRun("90", "back");
        d.click("#save-result");
        d.stop();
        d = WizardDriver.start(dataDir);
        d.click("#saved-results");
        assertTrue(
                d.text("#saved-firmness-2").matches("Firmness \\d+(\\.5)? to \\d+(\\.5)? \\(target .*, H\\d\\)"),
                d.text("#saved-firmness-2"));
        assertTrue(d.text("#saved-top-1").startsWith("Top option: "), d.text("#saved-top-1"));
        d.click("#choose-result-1");
        d.click("#choose-result-2");
        d.click("#compare-results");
        assertEquals("not answered", d.text("#compare-pain-earlier"), "the quick run skips the pain score: never 0");
        assertTrue(WizardDriver.allText(d.find("#what-changed", Node.class)).contains("Weight: 64 kg, then 90 kg."));
        d.click("#back-to-saved");
        d.click("#open-result-1");
        assertTrue(d.text("#firmness-summary").startsWith("Target"));
        assertTrue(d.text("#saved-when").contains("as Restwise " + Advisor.ENGINE_VERSION + " advised then"));
        d.click("#saved-back");
        d.click("#records");
        @SuppressWarnings("unchecked")
        ListView<Client> clients = d.find("#client-list", ListView.class);
        assertTrue(clients.getItems().isEmpty(), "a shopper's results are not a client: " + clients.getItems());
    }

    @Test
    void aDataDirectoryThatCannotHoldRecordsSaysSoAndKeepsTheAnswers() throws Exception {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        d = WizardDriver.start(blocked);
        // Nothing can be written here, so a notice comes after the window (the records) and after
        // each answer (the draft, 400 ms later), and moves the page: each step waits for it to
        // settle, as a person reads it before clicking on.
        d.noticeSettled();
        for (String click : List.of(
                "#start",
                "#next",
                "#position-side-most",
                "#next",
                "#next",
                "#next",
                "#trauma-none",
                "#signs-none",
                "#next",
                "#next")) {
            if (click.equals("#next")
                    && d.vm().step().get() == Step.YOU
                    && d.vm().you().weight().text().get().isBlank()) {
                d.type("#weight", "64");
                d.noticeSettled();
            }
            if (click.equals("#next")) {
                d.next(); // on to the next step: through Mornings' groups
            } else {
                d.click(click);
            }
            d.noticeSettled();
        }
        d.expectStep(Step.RESULTS);
        d.click("#save-result");
        assertTrue(
                d.text("#notice").startsWith("Restwise cannot create its records in")
                        && d.text("#notice").contains("A file is in the way"),
                d.text("#notice"));
        d.expectStep(Step.RESULTS);
        assertEquals("64", d.vm().you().weight().text().get(), "the answers stay on screen");
    }

    @TempDir
    Path otherComputer;

    @Test
    void aClientExportedHereIsImportedThereAndABadFileChangesNothing() throws Exception {
        startConsultationForNewClient("Anna Berger");
        runWizard(8, 3, true);
        d.click("#start-over");
        d.click("#records");
        Path file = dataDir.resolve("anna.restwise");
        var records = d.app.records().viewModel();
        d.robot.interact(() -> records.export(file, null, "correct horse".toCharArray()));
        d.settle();
        assertTrue(d.text("#notice").contains("Clients in the file: 1."), d.text("#notice"));
        assertTrue(
                d.text("#notice").contains("protected with your passphrase. Clients in the file: 1."),
                d.text("#notice"));
        assertFalse(
                new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Anna"),
                "the protected file does not show her name");
        Path plain = dataDir.resolve("anna.json");
        d.robot.interact(() -> records.export(plain, null, null));
        d.settle();
        assertTrue(
                d.text("#notice").contains("without a passphrase. Clients in the file: 1. The file holds health data"),
                d.text("#notice"));
        d.stop();

        d = WizardDriver.start(otherComputer);
        d.click("#records");
        d.type("#new-client-name", "Anna Berger");
        d.click("#new-client");
        Files.writeString(otherComputer.resolve("bad.json"), "{\"restwiseExport\":1,\"clients\":[{\"name\":\"\"}]}");
        var there = d.app.records().viewModel();
        List<String> asked = new ArrayList<>();
        RecordsViewModel.ImportQuestions questions = new RecordsViewModel.ImportQuestions() {
            @Override
            public Optional<char[]> passphrase(String fileName, boolean wrongBefore) {
                asked.add("passphrase for " + fileName + (wrongBefore ? " again" : ""));
                return Optional.of((wrongBefore ? "correct horse" : "wrong horse").toCharArray());
            }

            @Override
            public Optional<ClientTransfer.OnConflict> onConflict(Set<String> names) {
                asked.add("conflicts " + names);
                return Optional.of(ClientTransfer.OnConflict.REPLACE);
            }
        };
        d.robot.interact(() -> there.importFile(otherComputer.resolve("bad.json"), questions));
        d.settle();
        assertTrue(
                d.text("#notice").startsWith("Nothing was imported: ")
                        && d.text("#notice").contains("bad.json has 2 problems. clients[0].name: must not be empty"),
                d.text("#notice"));
        d.robot.interact(() -> there.importFile(file, questions));
        d.settle();
        assertEquals(
                List.of(
                        "passphrase for anna.restwise",
                        "passphrase for anna.restwise again",
                        "conflicts [Anna Berger]"),
                asked,
                "asked for the passphrase, again after a wrong one, then before overwriting");
        assertTrue(
                d.text("#notice").startsWith("Imported from anna.restwise. New clients: 0; replaced: 1;"),
                d.text("#notice"));
        d.selectClient("Anna Berger");
        assertTrue(d.exists("#chart-pain"), "her consultation came along");
    }
}
