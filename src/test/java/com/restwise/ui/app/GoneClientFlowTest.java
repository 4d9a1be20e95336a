package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.Client;
import com.restwise.records.ConsultationStore;
import com.restwise.ui.wizard.Step;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/**
 * A consultation saved for a client the command line replaced meanwhile: it is saved to nobody,
 * the window says why, and the answers and notes stay in the wizard.
 */
class GoneClientFlowTest extends AppWindowTest {

    @Test
    void aConsultationForAClientReplacedElsewhereIsSavedToNobodyAndKeptOnScreen() throws Exception {
        d = WizardDriver.start(dataDir);
        d.newClient("Carol Weber");
        d.click("#new-consultation");
        d.type("#weight", "70");
        d.next();
        d.click("#position-back-most");
        d.next(3);
        d.toResultsWithoutSigns();
        d.expectStep(Step.RESULTS);
        TextArea notes = d.find("#consultation-notes", TextArea.class);
        d.robot.interact(() -> notes.setText("advised a softer topper"));

        Client newCarol;
        try (ConsultationStore commandLine = ConsultationStore.open(dataDir)) {
            commandLine.deleteClient(
                    commandLine.clientNamed("Carol Weber").orElseThrow().id());
            newCarol = commandLine.createClient("Carol Weber", "from the import");
        }
        d.click("#save-result");
        assertTrue(d.text("#notice").contains("no longer in the records"), d.text("#notice"));
        d.expectStep(Step.RESULTS);
        assertEquals(
                "advised a softer topper",
                d.find("#consultation-notes", TextArea.class).getText());
        assertEquals(
                0, d.app.recordsService().consultations(newCarol.id()).get().size(), "nothing landed on the new Carol");
    }
}
