package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing answered is lost without asking, and the notice line goes when it no longer applies. */
class DraftsAndNoticesTest extends AppWindowTest {

    private Path draft() {
        return dataDir.resolve("draft.json");
    }

    private boolean noticeShown() {
        return d.exists("#notice") && d.find("#notice", Node.class).getParent().isVisible();
    }

    /** A run that leaves a draft on the mattress step, then a new start of the app. */
    private void restartWithADraft() throws Exception {
        d = WizardDriver.start(dataDir);
        d.toMattress("81", "stomach");
        d.stop();
        d = WizardDriver.start(dataDir);
        assertTrue(d.exists("#resume"));
    }

    @Test
    void anAnswerGivenOnMorningsJustBeforeClosingIsThereAfterResuming() throws Exception {
        d = WizardDriver.start(dataDir);
        d.toMattress("81", "side");
        d.next();
        d.expectStep(Step.MORNINGS);
        d.choose("#morning-pain", 6);
        d.stop(); // at once: no step change, no quiet moment
        d = WizardDriver.start(dataDir);
        d.click("#resume");
        d.expectStep(Step.MORNINGS);
        assertEquals(6, d.vm().mornings().morningPain().get());
    }

    @Test
    void startAgainBesideResumeAsksAndKeepingKeepsTheAnswers() throws Exception {
        restartWithADraft();
        d.click("#start");
        assertTrue(d.exists("#start-again-dialog"), "asked before the answers go");
        assertEquals("Keep answers", d.text("#start-again-keep"));
        d.click("#start-again-keep");
        assertTrue(d.exists("#resume"), "still offered");
        assertTrue(Files.exists(draft()));

        d.click("#start");
        d.click("#start-again-discard");
        d.expectStep(Step.YOU);
        assertEquals("", d.vm().you().weight().text().get(), "a fresh start, at the first question");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.exists(draft()));
    }

    @Test
    void backToTheStartFromTheRecordsReturnsToUnfinishedAnswers() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.type("#weight", "70");
        d.next();
        d.click("#back");
        d.click("#back");
        d.expectStep(Step.WELCOME);
        d.click("#records");
        d.click("#records-back");
        assertFalse(d.exists("#start-again-dialog"));
        d.click("#start");
        d.expectStep(Step.YOU);
        assertEquals("70", d.find("#weight", TextField.class).getText());
    }

    @Test
    void anUnsavedConsultationIsNotThrownAwayUnasked() throws Exception {
        d = WizardDriver.start(dataDir);
        d.newClient("Anna Berger");
        d.click("#new-consultation");
        d.type("#weight", "70");
        d.next();
        d.click("#position-back-most");
        d.next(3);
        d.toResultsWithoutSigns();
        d.click("#start-over");
        assertTrue(d.text("#start-again-text").startsWith("The consultation for Anna Berger is not saved yet."));
        d.click("#start-again-keep");
        d.expectStep(Step.RESULTS);
        d.click("#save-result");
        assertEquals("Saved to Anna Berger.", d.text("#notice"));
        d.click("#start-over");
        assertFalse(d.exists("#start-again-dialog"), "saved: nothing to lose");
        d.expectStep(Step.WELCOME);
        assertFalse(noticeShown(), "the notice stays with the wizard it was about");
    }

    @Test
    void theNoticeCanBeClosedAndFollowsTheLanguage() throws Exception {
        Files.writeString(draft(), "{\"you\": {\"weight\": \"8");
        d = WizardDriver.start(dataDir);
        assertTrue(d.text("#notice").startsWith("Your unfinished answers could not be read"), d.text("#notice"));
        d.click("#language-de");
        assertTrue(d.text("#notice").startsWith("Ihre unfertigen Antworten waren nicht lesbar"), d.text("#notice"));
        assertEquals("Meldung schließen", d.find("#notice-close", Node.class).getAccessibleText());
        d.click("#notice-close");
        assertFalse(noticeShown());
    }

    @Test
    void aNoticeLeavesWhenThePersonMovesOn() throws Exception {
        Files.writeString(draft(), "{\"you\": {\"weight\": \"8");
        d = WizardDriver.start(dataDir);
        assertTrue(noticeShown());
        d.click("#start");
        assertFalse(noticeShown(), "it was about the welcome page");
    }
}
