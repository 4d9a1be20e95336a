package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.wizard.Step;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/**
 * A physiotherapist's day, by clicks: whose consultation the wizard runs, the change since the last
 * visit on a follow-up's results, one click back to the client after saving, and correcting or
 * deleting one consultation on the client's page.
 */
class ClientWorkflowTest extends AppWindowTest {

    private boolean shown(String query) {
        return d.robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Through the wizard to the results with this morning pain; the first time with a weight and a position. */
    private void answer(int morningPain, boolean firstTime) {
        assertEquals(firstTime, d.vm().you().weight().text().get().isBlank());
        d.toMorningsOfAConsultation();
        d.choose("#morning-pain", morningPain);
        d.toResultsWithoutSigns();
    }

    private void saveAndGoBackToTheClient(String notes) {
        TextArea field = d.find("#consultation-notes", TextArea.class);
        d.robot.interact(() -> field.setText(notes));
        d.click("#save-result");
        assertTrue(d.text("#notice").startsWith("Saved to Anna Berger"), d.text("#notice"));
        assertFalse(shown("#save-result"), "saved once");
        assertEquals("Back to Anna Berger", d.text("#show-client"));
        d.click("#show-client");
        assertEquals("Anna Berger", d.text("#client-name"), "one click leads back to her");
    }

    private String cards() {
        return WizardDriver.allText(d.find("#consultations", Node.class));
    }

    /** Starts the app, creates Anna Berger and starts her first consultation. */
    private void firstConsultation() throws Exception {
        d = WizardDriver.start(dataDir);
        d.newClient("Anna Berger");
        d.click("#new-consultation");
    }

    @Test
    void aFollowUpNamesTheClientShowsTheChangeAndLeadsBackToHer() throws Exception {
        firstConsultation();
        assertEquals("Consultation for Anna Berger", d.text("#visit-heading"));
        answer(8, true);
        assertFalse(shown("#since-last-visit"), "a first consultation has nothing to compare with");
        saveAndGoBackToTheClient("first visit");
        assertEquals("Consultations (1)", d.text("#consultations-heading"));

        d.click("#new-consultation");
        assertEquals("Follow-up for Anna Berger", d.text("#visit-heading"));
        answer(5, false);
        assertTrue(shown("#since-last-visit"));
        assertEquals(
                "Morning pain since the previous consultation: 8 to 5 (-3), a meaningful improvement.",
                d.text("#since-previous"));
        assertFalse(d.exists("#since-first"), "with one earlier visit, 'since the first' would say the same again");
        assertTrue(d.find("#since-previous", Node.class).getStyleClass().contains("improved"));
        saveAndGoBackToTheClient("second visit");
        assertEquals("Consultations (2)", d.text("#consultations-heading"));
        assertEquals(
                "Morning pain since the previous consultation: 8 to 5 (-3), a meaningful improvement.",
                d.text("#change-since-previous"),
                "the records page says the same");
    }

    @Test
    void oneConsultationIsEditedItsAnswersCorrectedAndDeleted() throws Exception {
        firstConsultation();
        answer(8, true);
        saveAndGoBackToTheClient("first visit");
        d.click("#new-consultation");
        answer(4, false);
        saveAndGoBackToTheClient("second visit, typo");

        // the notes, in a dialog
        d.click("#edit-consultation-2");
        TextArea notes = d.find("#edit-consultation-notes", TextArea.class);
        assertEquals("second visit, typo", notes.getText());
        d.robot.interact(() -> notes.setText("second visit"));
        d.click("#edit-consultation-save");
        assertTrue(cards().contains("second visit\n") && !cards().contains("typo"), cards());

        // the answers, in the wizard: pain was 7, not 4
        d.click("#open-consultation-2");
        d.click("#change-consultation-answers");
        assertTrue(d.text("#visit-heading").startsWith("Correcting the consultation of "), d.text("#visit-heading"));
        d.expectStep(Step.YOU);
        assertEquals("70", d.vm().you().weight().text().get(), "its answers are filled in");
        d.next(3);
        d.choose("#morning-pain", 7);
        d.next(3);
        d.expectStep(Step.RESULTS);
        assertEquals(
                "Morning pain since the previous consultation: 8 to 7 (-1), no meaningful change.",
                d.text("#since-previous"),
                "compared with the visit before the one corrected");
        assertTrue(d.text("#save-result").startsWith("Save the consultation of "), d.text("#save-result"));
        assertEquals(
                "second visit", d.find("#consultation-notes", TextArea.class).getText(), "its notes come along");
        d.click("#save-result");
        d.click("#show-client");
        assertEquals("Consultations (2)", d.text("#consultations-heading"), "corrected, not added");
        assertEquals(
                "Morning pain since the previous consultation: 8 to 7 (-1), no meaningful change.",
                d.text("#change-since-previous"));
        assertFalse(d.exists("#change-since-first"), "two consultations: one line, not the same one twice");

        // deleted, after saying yes
        d.click("#delete-consultation-2");
        assertTrue(d.text("#delete-consultation-text").startsWith("Delete the consultation of "));
        d.click("#delete-consultation-go");
        assertEquals("Consultations (1)", d.text("#consultations-heading"));
        assertFalse(d.exists("#change-since-previous"), "one consultation has no change");
        assertTrue(d.text("#notice").startsWith("The consultation of "), d.text("#notice"));
    }

    /**
     * The therapist types notes while asking the first questions; they are there at the results
     * and saved with them. The follow-up then opens at Mornings with the last answers, every step
     * open and the warning signs asked again; Save on Mornings shows them first, and then saves.
     */
    @Test
    void notesTypedOnAnyStepAreSavedAndAFollowUpOpensAtMornings() throws Exception {
        firstConsultation();
        d.expectStep(Step.YOU);
        TextArea field = d.find("#consultation-notes", TextArea.class);
        d.robot.interact(() -> field.setText("neck after moving house"));
        d.type("#weight", "70");
        d.next();
        d.click("#position-back-most");
        d.next(2);
        d.expectStep(Step.MORNINGS);
        d.choose("#morning-pain", 6);
        d.next();
        d.noWarningSigns();
        d.click("#sign-fever-yes");
        d.next(2);
        d.expectStep(Step.RESULTS);
        assertEquals(
                "neck after moving house",
                d.find("#consultation-notes", TextArea.class).getText(),
                "typed on the first step, still there at the results");
        saveAndGoBackToTheClient("neck after moving house");
        var records = d.app.recordsService();
        var client = records.search("Anna").get().get(0);
        assertEquals(
                "neck after moving house",
                records.consultations(client.id()).get().get(0).notes());

        d.click("#new-consultation");
        d.settle();
        assertEquals("70", d.vm().you().weight().text().get(), "the last answers");
        for (Step step : List.of(Step.YOU, Step.SLEEP, Step.MATTRESS, Step.MORNINGS, Step.WARNING_SIGNS)) {
            assertTrue(d.vm().canVisit(step), step + " is open");
        }
        assertTrue(d.vm().warningSigns().isEmpty(), "the warning signs are asked again");
        assertFalse(d.vm().canVisit(Step.RESULTS), "and the results wait for them");
        assertEquals("", d.find("#consultation-notes", TextArea.class).getText(), "a new consultation's notes");
        d.robot.interact(() -> d.find("#consultation-notes", TextArea.class).setText("better"));
        // Save on Mornings never skips the warning signs, which are about now: they come first
        d.click("#save-result");
        d.expectStep(Step.WARNING_SIGNS);
        assertEquals(1, records.consultations(client.id()).get().size(), "not saved before the signs were asked");
        d.click("#save-result");
        d.expectStep(Step.WARNING_SIGNS);
        assertEquals(
                new com.restwise.ui.common.I18n("en")
                        .get("signs.open.each", d.vm().signs().open().size() + 1),
                d.text("#next-blocked"),
                "Save goes to what is missing and says it");
        assertEquals(1, records.consultations(client.id()).get().size(), "nothing saved yet");
        d.noWarningSigns();
        d.click("#save-result");
        d.expectStep(Step.RESULTS);
        assertTrue(d.text("#notice").startsWith("Saved to Anna Berger"), d.text("#notice"));
        assertEquals(2, records.consultations(client.id()).get().size());
    }
}
