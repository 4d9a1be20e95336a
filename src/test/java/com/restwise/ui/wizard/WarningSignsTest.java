package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.StrictJson;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The warning signs page without a window: what answers it, what the profile records of it (the
 * signs ticked, the ones answered "no", never both, the unanswered absent), the gate before the
 * results, and the 2.1 questions on the other pages.
 */
class WarningSignsTest {

    private final I18n i18n = new I18n("en");
    private final WizardViewModel vm = new WizardViewModel(i18n, new Advisor());

    private void toWarningSigns() {
        vm.next();
        vm.you().weight().text().set("70");
        vm.next();
        vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
        vm.next();
        vm.next();
        vm.mornings().painAreas().add(PainArea.LOWER_BACK);
        while (vm.step().get() == Step.MORNINGS) {
            assertTrue(vm.next()); // through its groups, then on
        }
        assertEquals(Step.WARNING_SIGNS, vm.step().get());
    }

    private static Set<WarningSign> allBut(WarningSign... left) {
        Set<WarningSign> all = EnumSet.allOf(WarningSign.class);
        all.removeAll(List.of(left));
        return all;
    }

    @Test
    void theResultsWaitUntilEverySignAskedAndTheInjuryQuestionAreAnswered() {
        toWarningSigns();
        assertFalse(vm.next(), "nothing answered");
        assertFalse(vm.goTo(Step.RESULTS));
        assertFalse(vm.goTo(Step.PREFERENCES));
        assertFalse(vm.visitable(Step.RESULTS).get());
        assertEquals(i18n.get("signs.open.list"), vm.nextBlockedNotice().get());
        vm.signs().noneOfThese(true);
        assertFalse(vm.goTo(Step.RESULTS), "the injury question is still open");
        assertEquals(i18n.get("signs.open.trauma"), vm.nextBlockedReason().get());
        vm.trauma().set(Trauma.NONE);
        assertTrue(vm.visitable(Step.RESULTS).get());
        assertTrue(vm.goTo(Step.RESULTS));
        Profile p = vm.profile();
        assertEquals(Set.of(), p.symptoms().warningSigns());
        assertEquals(
                allBut(WarningSign.NECK_ARTERY_SIGNS, WarningSign.NECK_CORD_SIGNS),
                p.symptoms().warningSignsNo(),
                "every sign asked is no; the neck signs were not asked");
        assertNull(new Advisor().screen(p, "en").notAnswered());
    }

    @Test
    void aSaveFromAnEarlierStepLeadsToTheSignsStillOpenAndSaysWhatTheyNeed() {
        toWarningSigns();
        vm.goTo(Step.YOU);
        vm.showWhatIsMissing();
        assertEquals(Step.WARNING_SIGNS, vm.step().get());
        assertEquals(i18n.get("signs.open.list"), vm.nextBlockedNotice().get());
    }

    @Test
    void anUntouchedPageSaysWhatItNeedsOnlyOnceThePersonTriesToGoOn() {
        toWarningSigns();
        assertEquals("", vm.nextBlockedNotice().get(), "not greeted with a complaint");
        assertFalse(vm.canGoNext().get());
        vm.next();
        assertEquals(i18n.get("signs.open.list"), vm.nextBlockedNotice().get());
    }

    @Test
    void theChecklistReadsTheSignsNotTickedAsNoOnceOneIsTicked() {
        toWarningSigns();
        vm.trauma().set(Trauma.MINOR);
        assertFalse(vm.signs().answered().get(), "an injury chosen does not answer the list");
        vm.signs().tick(WarningSign.FEVER, true);
        assertTrue(vm.signs().answered().get());
        Profile p = vm.profile();
        assertEquals(
                Set.of(WarningSign.FEVER, WarningSign.RECENT_TRAUMA),
                p.symptoms().warningSigns());
        assertEquals(
                allBut(
                        WarningSign.FEVER,
                        WarningSign.RECENT_TRAUMA,
                        WarningSign.NECK_ARTERY_SIGNS,
                        WarningSign.NECK_CORD_SIGNS),
                p.symptoms().warningSignsNo(),
                "minor injury: no to a major one");
        assertFalse(vm.signs().noneOfThese().get());

        vm.signs().tick(WarningSign.FEVER, false);
        assertTrue(vm.signs().noneOfThese().get(), "nothing ticked in a read list: none of these");
        assertTrue(vm.profile().symptoms().warningSignsNo().contains(WarningSign.FEVER));

        vm.signs().tick(WarningSign.CHEST_SIGNS, true);
        assertEquals(MedicalLevel.URGENT, vm.medical().get().level(), "chest signs are urgent");
        vm.signs().noneOfThese(true);
        assertTrue(
                vm.warningSigns().contains(WarningSign.RECENT_TRAUMA), "None of these is the list; the injury stays");
        assertFalse(vm.warningSigns().contains(WarningSign.CHEST_SIGNS), "None of these takes the ticks back");
        vm.signs().noneOfThese(false);
        assertFalse(vm.signs().answered().get(), "taken back: open again");
    }

    @Test
    void theYesNoFormAnswersEachSignAndNamesHowManyAreOpen() {
        toWarningSigns();
        vm.signs().eachAsked().set(true);
        vm.trauma().set(Trauma.NONE);
        List<WarningSign> asked = vm.signs().asked();
        assertEquals(
                i18n.get("signs.open.each", asked.size()),
                vm.nextBlockedReason().get());
        for (WarningSign s : asked) {
            vm.signs().answer(s).set(Answer.NO);
        }
        vm.signs().answer(WarningSign.FEVER).set(null);
        assertEquals(i18n.get("signs.open.each", 1), vm.nextBlockedReason().get());
        Profile open = vm.profile();
        assertFalse(open.symptoms().warningSignsNo().contains(WarningSign.FEVER), "unanswered is absent");
        assertFalse(open.symptoms().warningSigns().contains(WarningSign.FEVER));
        assertEquals(
                List.of(WarningSign.FEVER),
                new Advisor().screen(open, "en").notAnswered().signs(),
                "the engine names it");
        vm.signs().answer(WarningSign.FEVER).set(Answer.YES);
        assertTrue(vm.next());
        vm.signs().answer(WarningSign.FEVER).set(Answer.NO);
        vm.signs().answer(WarningSign.FEVER).set(Answer.YES);
        Profile p = vm.profile();
        assertTrue(p.symptoms().warningSigns().contains(WarningSign.FEVER));
        assertFalse(p.symptoms().warningSignsNo().contains(WarningSign.FEVER), "never both");
    }

    @Test
    void neckPainAsksTheNeckSignsAndTheResultsWaitForThem() {
        toWarningSigns();
        vm.trauma().set(Trauma.NONE);
        vm.signs().noneOfThese(true);
        assertTrue(vm.goTo(Step.RESULTS));
        vm.goTo(Step.MORNINGS);
        vm.mornings().painAreas().add(PainArea.NECK);
        assertFalse(vm.visitable(Step.RESULTS).get(), "two more signs asked");
        assertEquals(
                List.of(WarningSign.NECK_ARTERY_SIGNS, WarningSign.NECK_CORD_SIGNS),
                vm.signs().open());
        assertFalse(vm.signs().noneOfThese().get());
        vm.mornings().painAreas().remove(PainArea.NECK);
        assertTrue(vm.visitable(Step.RESULTS).get(), "not asked without neck pain");
    }

    @Test
    void aDraftKeepsTheNoAnswersAndTheNewQuestions() throws Exception {
        toWarningSigns();
        vm.you().floorIsHard().set(Answer.YES);
        vm.mornings().widespreadPain().set(Answer.NO);
        vm.mattress().type().set(MattressType.COLD_FOAM);
        vm.signs().eachAsked().set(true);
        vm.signs().answer(WarningSign.CHEST_SIGNS).set(Answer.NO);
        vm.signs().answer(WarningSign.FEVER).set(Answer.YES);
        JsonObject draft = WizardDraft.write(vm);
        WizardViewModel resumed = new WizardViewModel(i18n, new Advisor());
        WizardDraft.read(StrictJson.parse(draft.toString()).getAsJsonObject(), resumed);
        assertEquals(Step.WARNING_SIGNS, resumed.step().get());
        Profile p = resumed.profile();
        assertEquals(Boolean.TRUE, p.sleeper().floorIsHard());
        assertEquals(Boolean.FALSE, p.symptoms().widespreadPain());
        assertEquals(MattressType.COLD_FOAM, p.currentMattress().type());
        assertEquals(Set.of(WarningSign.CHEST_SIGNS), p.symptoms().warningSignsNo());
        assertEquals(Set.of(WarningSign.FEVER), p.symptoms().warningSigns());
        assertFalse(resumed.visitable(Step.RESULTS).get(), "the rest still open after resuming");
    }

    @Test
    void aFollowUpAsksTheSignsAgainWhileACorrectionKeepsThem() {
        toWarningSigns();
        vm.trauma().set(Trauma.MINOR);
        vm.signs().tick(WarningSign.OSTEOPOROSIS, true);
        vm.you().floorIsHard().set(Answer.YES);
        Profile saved = vm.profile();

        WizardViewModel followUp = new WizardViewModel(i18n, new Advisor());
        ProfileAnswers.followUp(followUp, saved);
        assertEquals(Answer.YES, followUp.you().floorIsHard().get(), "the other answers to start from");
        assertTrue(followUp.warningSigns().isEmpty()
                && followUp.signs().answeredNo().isEmpty());
        assertNull(followUp.trauma().get(), "the injury asked again too");
        assertFalse(followUp.visitable(Step.RESULTS).get(), "the results wait for them");

        WizardViewModel correcting = new WizardViewModel(i18n, new Advisor());
        ProfileAnswers.fill(correcting, saved);
        assertEquals(saved, correcting.profile());
        assertTrue(correcting.visitable(Step.RESULTS).get(), "answered then, answered now");
    }

    @Test
    void aProfileFromBeforeTheNoAnswersLeavesThePageToAnswer() {
        toWarningSigns();
        vm.trauma().set(Trauma.NONE);
        vm.signs().noneOfThese(true);
        Profile p = vm.profile();
        Profile old = new Profile(
                p.sleeper(),
                p.positions(),
                p.currentMattress(),
                p.partner(),
                p.preferences(),
                p.symptoms().withWarningSignsNo(null));
        WizardViewModel correcting = new WizardViewModel(i18n, new Advisor());
        ProfileAnswers.fill(correcting, old);
        assertFalse(correcting.visitable(Step.RESULTS).get(), "its signs were never answered one by one");
    }
}
