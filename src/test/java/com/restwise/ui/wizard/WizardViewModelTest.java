package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import com.restwise.json.StrictJson;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.DurationUnit;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.Onset;
import com.restwise.ui.wizard.steps.PositionAnswers;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WizardViewModelTest {

    private final WizardViewModel vm = new WizardViewModel(new I18n("en"), new Advisor());

    private void answerMinimum() {
        vm.next();
        vm.you().weight().text().set("70");
        vm.next();
        vm.sleep().mine().frequency(Position.SIDE).set(Frequency.MOST);
        vm.next();
    }

    /** The warning signs page answered as a shopper would: no injury, "None of these". */
    private void answerSigns() {
        vm.trauma().set(Trauma.NONE);
        vm.signs().noneOfThese(true);
    }

    @Test
    void nextStaysDisabledWithTheReasonUntilTheWeightIsValid() {
        vm.next();
        assertEquals(Step.YOU, vm.step().get());
        assertFalse(vm.canGoNext().get());
        assertEquals("Enter your weight to continue.", vm.nextBlockedReason().get());
        vm.you().weight().text().set("abc");
        assertFalse(vm.canGoNext().get());
        assertTrue(vm.nextBlockedReason().get().contains("\"abc\" is not a number"));
        vm.you().weight().text().set("900");
        assertFalse(vm.next(), "900 kg never reaches the engine");
        assertEquals(
                "Enter your weight between 30 and 300 kg.",
                vm.nextBlockedReason().get());
        vm.you().weight().text().set("72,5");
        assertTrue(vm.canGoNext().get());
        assertEquals(72.5, vm.you().weightKg());
        assertEquals("", vm.nextBlockedReason().get());
    }

    @Test
    void aMissingAnswerIsSaidOnlyOnceThePersonLeavesItsFieldOrTriesToGoOn() {
        vm.next();
        assertEquals("", vm.nextBlockedNotice().get(), "an untouched page says nothing");
        assertFalse(vm.canGoNext().get(), "though it cannot be left");
        vm.you().weight().left().set(true);
        assertEquals("Enter your weight to continue.", vm.nextBlockedNotice().get(), "left empty: said");

        WizardViewModel fresh = new WizardViewModel(new I18n("en"), new Advisor());
        fresh.next();
        fresh.you().weight().text().set("abc");
        assertTrue(
                fresh.nextBlockedNotice().get().contains("\"abc\" is not a number"),
                "what was typed is judged at once");
        fresh.you().weight().text().set("");
        assertEquals("", fresh.nextBlockedNotice().get(), "emptied while still in the field: still to come");
        assertFalse(fresh.next());
        assertEquals("Enter your weight to continue.", fresh.nextBlockedNotice().get(), "trying to go on: said");
        fresh.you().weight().text().set("70");
        assertEquals("", fresh.nextBlockedNotice().get());
        assertTrue(fresh.next());

        assertEquals("", fresh.nextBlockedNotice().get(), "the positions, on an untouched page, neither");
        fresh.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
        fresh.sleep().sharesBed().set(true);
        assertEquals("", fresh.nextBlockedNotice().get(), "the partner's weight is still to come");
        assertFalse(fresh.next());
        assertEquals(
                "Enter your partner's weight to continue.",
                fresh.nextBlockedNotice().get());
        fresh.sleep().partnerWeight().text().set("60");
        assertEquals(
                "Tell us how often your partner sleeps in at least one position.",
                fresh.nextBlockedNotice().get(),
                "once tried, the page says what is still needed");
    }

    @Test
    void switchingUnitsConvertsWhatWasTypedAndTheAllowedRange() {
        vm.you().weight().text().set("80");
        vm.you().weightUnit().set(WeightUnit.LB);
        assertEquals("176.4", vm.you().weight().text().get());
        assertEquals(80, vm.you().weightKg(), 0.05);
        vm.you().weight().text().set("700");
        assertEquals(
                "Enter your weight between 67 and 661 lb.",
                vm.you().weight().error().get());
        vm.you().height().text().set("70");
        assertFalse(vm.you().height().valid(), "70 cm is below the range");
        vm.you().heightUnit().set(HeightUnit.IN);
        assertEquals("70", vm.you().height().text().get(), "an invalid value is kept as typed, not converted");
        assertEquals(177.8, vm.you().heightCm(), 0.01);
        vm.you().heightUnit().set(HeightUnit.CM);
        assertEquals("177.8", vm.you().height().text().get());
    }

    @Test
    void optionalFieldsLeftEmptyAreAbsentFromTheProfile() {
        answerMinimum();
        Profile p = vm.profile();
        assertNull(p.sleeper().heightCm());
        assertNull(p.sleeper().ageYears());
        assertNull(p.sleeper().sex());
        assertNull(p.currentMattress().firmness());
        assertNull(p.symptoms().morningPain());
        assertNull(p.symptoms().daytimePain(), "an unanswered question is never false");
        assertNull(p.preferences().sleepsHot());
        assertNull(p.partner());
    }

    @Test
    void notSureIsAbsentAndYesNoAreExplicit() {
        answerMinimum();
        vm.mornings().daytimePain().set(Answer.NOT_SURE);
        vm.mornings().easesAfterGettingUp().set(Answer.YES);
        vm.mornings().legPainBelowKnee().set(Answer.NO);
        vm.mornings().onset().set(Onset.SUDDEN);
        Profile p = vm.profile();
        assertNull(p.symptoms().daytimePain());
        assertEquals(Boolean.TRUE, p.symptoms().easesAfterGettingUp());
        assertEquals(Boolean.FALSE, p.symptoms().legPainBelowKnee());
        assertEquals(Boolean.FALSE, p.symptoms().gradualOnset());
    }

    @Test
    void nightPainWithDaytimeUnansweredRaisesNoNightOnlyFlag() {
        answerMinimum();
        vm.mornings().nightPain().set(NightPain.WAKES_ME);
        vm.goTo(Step.WARNING_SIGNS);
        assertEquals(MedicalLevel.NONE, vm.medical().get().level());
        vm.mornings().daytimePain().set(Answer.NO);
        vm.warningSigns().add(WarningSign.NIGHT_SWEATS);
        vm.warningSigns().remove(WarningSign.NIGHT_SWEATS);
        assertEquals(MedicalLevel.SOON, vm.medical().get().level());
    }

    @Test
    void positionFrequenciesBecomeSharesAddingUpTo100() {
        PositionAnswers a = vm.sleep().mine();
        assertFalse(a.valid().get());
        a.frequency(Position.SIDE).set(Frequency.MOST);
        a.frequency(Position.BACK).set(Frequency.SOME);
        a.frequency(Position.STOMACH).set(Frequency.RARELY);
        assertEquals(0.7, a.share(Position.SIDE).get(), 1e-9);
        assertEquals(0.25, a.share(Position.BACK).get(), 1e-9);
        assertEquals(100, a.percent(Position.SIDE) + a.percent(Position.BACK) + a.percent(Position.STOMACH));
        a.frequency(Position.SIDE).set(Frequency.SOME);
        a.frequency(Position.STOMACH).set(Frequency.SOME);
        assertEquals(
                100, a.percent(Position.SIDE) + a.percent(Position.BACK) + a.percent(Position.STOMACH), "33+33+34");
        a.frequency(Position.SIDE).set(Frequency.NEVER);
        a.frequency(Position.BACK).set(Frequency.NEVER);
        a.frequency(Position.STOMACH).set(Frequency.NEVER);
        assertFalse(a.valid().get(), "never in every position is not an answer");
    }

    @Test
    void sharingTheBedNeedsThePartnersWeightAndPositions() {
        vm.next();
        vm.you().weight().text().set("70");
        vm.next();
        vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
        vm.sleep().sharesBed().set(true);
        assertFalse(vm.canGoNext().get());
        assertEquals(
                "Enter your partner's weight to continue.",
                vm.nextBlockedReason().get());
        vm.sleep().partnerWeight().text().set("60");
        assertEquals(
                "Tell us how often your partner sleeps in at least one position.",
                vm.nextBlockedReason().get());
        vm.sleep().partners().frequency(Position.SIDE).set(Frequency.MOST);
        assertTrue(vm.next());
        assertEquals(60, vm.profile().partner().weightKg());
        vm.sleep().sharesBed().set(false);
        assertNull(vm.profile().partner(), "switching it off removes the partner, the answers stay");
        assertEquals("60", vm.sleep().partnerWeight().text().get());
    }

    @Test
    void tickingASignScreensTheAnswersSoFarAtOnce() {
        answerMinimum();
        vm.goTo(Step.WARNING_SIGNS);
        assertFalse(vm.urgent().get());
        vm.signs().tick(WarningSign.SADDLE_NUMBNESS, true);
        assertTrue(vm.urgent().get());
        assertTrue(vm.medical().get().flags().stream().anyMatch(f -> f.text().contains("emergency department")));
        vm.trauma().set(Trauma.NONE);
        assertTrue(vm.next(), "the sleeper can still finish");
        vm.signs().tick(WarningSign.SADDLE_NUMBNESS, false);
        assertFalse(vm.urgent().get());
    }

    @Test
    void resultsAreTheEnginesAdviceForTheSameProfileOnceTheCatalogIsThere() {
        answerMinimum();
        answerSigns();
        vm.goTo(Step.RESULTS);
        assertNull(vm.advice().get(), "the catalog is still loading");
        vm.catalog().set(CatalogReader.shipped());
        assertNotNull(vm.advice().get());
        assertEquals(
                new Advisor().assess(vm.profile(), CatalogReader.shipped(), 5, "en"),
                vm.advice().get());
    }

    @Test
    void stepsCanOnlyBeVisitedWhenEveryEarlierStepIsValid() {
        assertFalse(vm.goTo(Step.MORNINGS));
        answerMinimum();
        assertTrue(vm.goTo(Step.WARNING_SIGNS));
        assertFalse(vm.goTo(Step.PREFERENCES), "not past the warning signs before they are answered");
        answerSigns();
        assertTrue(vm.goTo(Step.PREFERENCES));
        assertTrue(vm.goTo(Step.YOU), "change answers: back to any step");
        assertEquals("70", vm.you().weight().text().get(), "everything kept");
        vm.you().weight().text().set("");
        assertFalse(vm.goTo(Step.SLEEP));
    }

    @Test
    void aDraftKeepsEveryAnswerEvenOnesNotValidYet() throws Exception {
        answerMinimum();
        vm.you().sex().set(Sex.UNSPECIFIED);
        vm.you().age().text().set("4x");
        vm.mattress().firmness().set(8);
        vm.mornings().painAreas().add(PainArea.NECK);
        vm.mornings().duration().text().set("3");
        vm.mornings().durationUnit().set(DurationUnit.MONTHS);
        vm.warningSigns().add(WarningSign.FEVER);
        vm.preferences().size().set("160x200");
        vm.you().pregnant().set(Answer.YES);
        vm.you().pregnancyWeek().text().set("2x");
        vm.mornings().stress().set(0);
        vm.mornings().afterExertion().set(Answer.NO);
        vm.trauma().set(Trauma.NONE);
        vm.warningSigns().add(WarningSign.NECK_CORD_SIGNS);
        vm.preferences().avoidLatex().set(Answer.YES);
        JsonObject draft = WizardDraft.write(vm);
        WizardViewModel restored = new WizardViewModel(new I18n("en"), new Advisor());
        WizardDraft.read(StrictJson.parse(draft.toString()).getAsJsonObject(), restored);
        JsonObject saved = WizardDraft.write(vm);
        JsonObject again = WizardDraft.write(restored);
        saved.remove("step");
        again.remove("step");
        assertEquals(saved, again);
        assertEquals("4x", restored.you().age().text().get());
        assertEquals(Step.YOU, restored.step().get(), "resumes where an answer still needs fixing");
        restored.you().age().text().set("40");
        assertFalse(restored.goTo(Step.SLEEP), "the week of pregnancy is not valid yet");
        restored.you().pregnancyWeek().text().set("24");
        Profile p = restored.profile();
        assertEquals(13, p.symptoms().durationWeeks());
        assertEquals(24, p.sleeper().pregnancyWeeks());
        assertEquals(0, p.symptoms().stress(), "0 is an answer");
        assertEquals(Boolean.FALSE, p.symptoms().afterExertion());
        assertEquals(Boolean.TRUE, p.preferences().avoidLatex());
        assertEquals(Trauma.NONE, restored.trauma().get(), "an explicit no injury is kept");
        assertTrue(p.symptoms().hasSign(WarningSign.NECK_CORD_SIGNS));
    }

    @Test
    void aDraftWithUnknownValuesLeavesThemUnanswered() throws Exception {
        JsonObject d = StrictJson.parse("{\"step\":\"RESULTS\",\"you\":{\"weight\":\"70\",\"weightUnit\":\"STONE\"},"
                        + "\"sleep\":{\"positions\":{\"SIDE\":\"ALWAYS\"}},\"mornings\":{\"morningPain\":42}}")
                .getAsJsonObject();
        vm.you().weightUnit().set(WeightUnit.KG);
        WizardDraft.read(d, vm);
        assertEquals(WeightUnit.KG, vm.you().weightUnit().get());
        assertNull(vm.sleep().mine().frequency(Position.SIDE).get());
        assertNull(vm.mornings().morningPain().get());
        assertEquals(Step.SLEEP, vm.step().get());
    }

    @Test
    void aFollowUpStartsWithTheLastProfileFilledIn() {
        vm.next();
        vm.you().weight().text().set("82");
        vm.you().age().text().set("45");
        vm.next();
        vm.sleep().mine().frequency(Position.SIDE).set(Frequency.MOST);
        vm.sleep().mine().frequency(Position.BACK).set(Frequency.SOME);
        vm.sleep().sharesBed().set(true);
        vm.sleep().partnerWeight().text().set("61");
        vm.sleep().partners().frequency(Position.BACK).set(Frequency.MOST);
        vm.mattress().firmness().set(7);
        vm.mornings().morningPain().set(6);
        vm.mornings().painAreas().add(PainArea.HIP);
        vm.mornings().daytimePain().set(Answer.NO);
        vm.mornings().onset().set(Onset.GRADUAL);
        vm.mornings().duration().text().set("10");
        vm.warningSigns().add(WarningSign.OSTEOPOROSIS);
        vm.preferences().size().set("160x200");
        Profile saved = vm.profile();

        WizardViewModel followUp = new WizardViewModel(new I18n("en"), new Advisor());
        followUp.you().weightUnit().set(WeightUnit.LB);
        ProfileAnswers.fill(followUp, saved);
        assertEquals(saved, followUp.profile(), "the same answers, whatever the unit on screen");
        assertEquals(
                Frequency.MOST, followUp.sleep().mine().frequency(Position.SIDE).get());
        assertEquals(
                Frequency.SOME, followUp.sleep().mine().frequency(Position.BACK).get());
        assertNull(followUp.mornings().easesAfterGettingUp().get(), "unanswered stays unanswered");
    }

    @Test
    void aDraftFromBeforeTheNewQuestionsLeavesThemUnanswered() throws Exception {
        JsonObject d = StrictJson.parse(
                        "{\"draftVersion\":1,\"step\":\"PREFERENCES\",\"you\":{\"weight\":\"64\","
                                + "\"weightUnit\":\"KG\",\"height\":\"\",\"heightUnit\":\"CM\",\"age\":\"\",\"sex\":\"FEMALE\"},"
                                + "\"sleep\":{\"positions\":{\"SIDE\":\"MOST\"},\"sharesBed\":false,\"partnerWeight\":\"\"},"
                                + "\"mattress\":{},\"mornings\":{\"morningPain\":3,\"painAreas\":[\"LOWER_BACK\"]},"
                                + "\"warningSigns\":[\"RECENT_TRAUMA\"],\"preferences\":{\"budget\":\"\",\"sleepsHot\":\"YES\"}}")
                .getAsJsonObject();
        WizardDraft.read(d, vm);
        assertEquals(Step.WARNING_SIGNS, vm.step().get(), "its signs were not answered one by one: asked again");
        Profile p = vm.profile();
        assertNull(p.sleeper().pregnancyWeeks());
        assertNull(vm.you().pregnant().get());
        assertNull(p.symptoms().stress());
        assertNull(p.symptoms().afterExertion());
        assertNull(p.preferences().avoidLatex());
        assertEquals(Boolean.TRUE, p.preferences().sleepsHot());
        assertEquals(Trauma.MINOR, vm.trauma().get(), "the old injury sign becomes the minor choice");
    }

    @Test
    void pregnancyIsAskedOfEveryoneButMenAndNeedsTheWeek() {
        answerMinimum();
        vm.goTo(Step.YOU);
        assertTrue(vm.you().asksPregnancy().get(), "sex not answered: asked");
        vm.you().pregnant().set(Answer.YES);
        assertFalse(vm.canGoNext().get());
        assertEquals(
                "Enter which week of pregnancy you are in, from 1 to 42.",
                vm.nextBlockedReason().get());
        vm.you().pregnancyWeek().text().set("43");
        assertEquals(
                "Enter the week of pregnancy between 1 and 42.",
                vm.nextBlockedReason().get());
        vm.you().pregnancyWeek().text().set("30");
        assertTrue(vm.canGoNext().get());
        assertEquals(30, vm.profile().sleeper().pregnancyWeeks());
        vm.you().sex().set(Sex.MALE);
        assertFalse(vm.you().asksPregnancy().get());
        assertNull(vm.profile().sleeper().pregnancyWeeks(), "not asked, not sent");
        vm.you().sex().set(Sex.UNSPECIFIED);
        assertEquals(30, vm.profile().sleeper().pregnancyWeeks(), "the answer was kept");
        vm.you().pregnant().set(Answer.NO);
        assertNull(vm.profile().sleeper().pregnancyWeeks());
        assertTrue(vm.canGoNext().get());
    }

    @Test
    void theNewQuestionsAreAbsentUntilAnswered() {
        answerMinimum();
        Profile p = vm.profile();
        assertNull(p.sleeper().pregnancyWeeks());
        assertNull(p.symptoms().stress());
        assertNull(p.symptoms().afterExertion());
        assertNull(p.preferences().avoidLatex());
        assertTrue(p.symptoms().warningSigns().isEmpty());
        vm.mornings().stress().set(7);
        vm.mornings().afterExertion().set(Answer.NOT_SURE);
        vm.preferences().avoidLatex().set(Answer.NO);
        p = vm.profile();
        assertEquals(7, p.symptoms().stress());
        assertNull(p.symptoms().afterExertion(), "not sure is not no");
        assertEquals(Boolean.FALSE, p.preferences().avoidLatex());
    }

    @Test
    void theInjuryIsOneChoiceSoTheTwoSignsAreNeverBothTicked() {
        answerMinimum();
        vm.trauma().set(Trauma.MINOR);
        assertEquals(Set.of(WarningSign.RECENT_TRAUMA), vm.profile().symptoms().warningSigns());
        vm.trauma().set(Trauma.MAJOR);
        assertEquals(Set.of(WarningSign.MAJOR_TRAUMA), vm.profile().symptoms().warningSigns());
        vm.trauma().set(Trauma.NONE);
        assertTrue(vm.profile().symptoms().warningSigns().isEmpty());
        vm.warningSigns().addAll(List.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
        assertEquals(Trauma.MAJOR, vm.trauma().get(), "both signs are read as major");
        assertEquals(Set.of(WarningSign.MAJOR_TRAUMA), vm.profile().symptoms().warningSigns());
    }

    @Test
    void theNeckSignsCountOnlyWithNeckPain() {
        answerMinimum();
        vm.mornings().painAreas().add(PainArea.NECK);
        vm.warningSigns().add(WarningSign.NECK_ARTERY_SIGNS);
        assertTrue(vm.profile().symptoms().hasSign(WarningSign.NECK_ARTERY_SIGNS));
        vm.mornings().painAreas().remove(PainArea.NECK);
        assertFalse(vm.profile().symptoms().hasSign(WarningSign.NECK_ARTERY_SIGNS), "not asked without neck pain");
        vm.mornings().painAreas().add(PainArea.NECK);
        assertTrue(
                vm.profile().symptoms().hasSign(WarningSign.NECK_ARTERY_SIGNS), "ticking neck pain again restores it");
    }

    @Test
    void aFollowUpKeepsTheNewAnswers() {
        answerMinimum();
        vm.you().sex().set(Sex.FEMALE);
        vm.you().pregnant().set(Answer.YES);
        vm.you().pregnancyWeek().text().set("22");
        vm.mornings().stress().set(6);
        vm.mornings().afterExertion().set(Answer.YES);
        vm.preferences().avoidLatex().set(Answer.YES);
        vm.trauma().set(Trauma.MAJOR);
        Profile saved = vm.profile();
        WizardViewModel followUp = new WizardViewModel(new I18n("en"), new Advisor());
        ProfileAnswers.fill(followUp, saved);
        assertEquals(saved, followUp.profile());
        assertEquals(Trauma.MAJOR, followUp.trauma().get());
    }
}
