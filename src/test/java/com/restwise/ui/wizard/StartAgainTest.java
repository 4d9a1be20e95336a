package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Position;
import com.restwise.json.CatalogReader;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.Trauma;
import org.junit.jupiter.api.Test;

/** When "Start again" and "Back to the start" ask before answers are thrown away. */
class StartAgainTest {

    private final WizardViewModel vm = new WizardViewModel(new I18n("en"), new Advisor());

    private void answerUpToMornings() {
        vm.next();
        vm.you().weight().text().set("70");
        vm.next();
        vm.sleep().mine().frequency(Position.SIDE).set(Frequency.MOST);
        vm.next();
        vm.next();
        assertEquals(Step.MORNINGS, vm.step().get());
    }

    private void answerToResults() {
        vm.catalog().set(CatalogReader.shipped());
        answerUpToMornings();
        while (vm.step().get() == Step.MORNINGS) {
            assertTrue(vm.next()); // through its groups, then on
        }
        assertEquals(Step.WARNING_SIGNS, vm.step().get());
        // Results wait until the warning signs are answered, as a shopper does: no injury, "None of these".
        vm.trauma().set(Trauma.NONE);
        vm.signs().noneOfThese(true);
        while (vm.next()) {
            // on to the results
        }
        assertEquals(Step.RESULTS, vm.step().get());
        assertNotNull(vm.advice().get());
    }

    @Test
    void aFreshWizardStartsAgainAtOnce() {
        assertEquals(StartAgain.AT_ONCE, StartAgain.decide(vm, true, false, false, false));
        assertEquals(StartAgain.AT_ONCE, StartAgain.decide(vm, false, false, false, false), "back from the records");
    }

    @Test
    void unfinishedAnswersAreNeverThrownAwayUnasked() {
        answerUpToMornings();
        StartAgain what = StartAgain.decide(vm, true, false, false, false);
        assertEquals(StartAgain.ASK_UNFINISHED, what);
        assertTrue(what.asks());
        assertEquals("Your answers are not finished. Starting again discards them.", what.question(vm.i18n(), ""));
    }

    @Test
    void theAnswersOfAnEarlierRunAreNotDiscardedUnasked() {
        StartAgain what = StartAgain.decide(vm, true, true, false, false);
        assertEquals(StartAgain.ASK_EARLIER, what);
        assertTrue(what.asks());
        assertEquals(
                "Ihre Antworten vom letzten Mal sind zum Fortsetzen aufbewahrt. Wenn Sie neu beginnen, werden sie verworfen.",
                what.question(new I18n("de"), ""));
    }

    @Test
    void leavingTheRecordsGoesBackToUnfinishedAnswersRatherThanAsking() {
        answerUpToMornings();
        StartAgain what = StartAgain.decide(vm, false, false, false, false);
        assertEquals(StartAgain.BACK_TO_ANSWERS, what);
        assertFalse(what.asks());
        WizardViewModel fresh = new WizardViewModel(new I18n("en"), new Advisor());
        assertEquals(
                StartAgain.BACK_TO_ANSWERS,
                StartAgain.decide(fresh, false, true, false, false),
                "a draft waiting to be resumed is still offered");
    }

    @Test
    void aShopperWhoSawTheAdviceStartsAgainWithoutAQuestion() {
        answerToResults();
        assertEquals(StartAgain.AT_ONCE, StartAgain.decide(vm, true, false, false, false));
    }

    @Test
    void aConsultationIsFinishedOnlyOnceSavedToItsClient() {
        answerToResults();
        StartAgain unsaved = StartAgain.decide(vm, true, false, true, false);
        assertEquals(StartAgain.ASK_CONSULTATION, unsaved);
        assertEquals(
                "The consultation for Anna Berger is not saved yet. Starting again discards its answers and notes.",
                unsaved.question(vm.i18n(), "Anna Berger"));
        assertEquals(StartAgain.AT_ONCE, StartAgain.decide(vm, true, false, true, true));
    }
}
