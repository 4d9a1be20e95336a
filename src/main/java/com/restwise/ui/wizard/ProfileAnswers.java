package com.restwise.ui.wizard;

import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.DurationUnit;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.MorningsModel;
import com.restwise.ui.wizard.steps.Onset;
import com.restwise.ui.wizard.steps.PositionAnswers;

/**
 * Fills the wizard with a saved profile, so a follow-up consultation starts from the last
 * answers. Absent answers stay unanswered.
 */
public final class ProfileAnswers {

    private ProfileAnswers() {
    }

    public static void fill(WizardViewModel vm, Profile p) {
        AboutYouModel you = vm.you();
        Sleeper s = p.sleeper();
        you.weight().set(you.weightUnit().get() == WeightUnit.LB ? s.weightKg() / AboutYouModel.KG_PER_LB : s.weightKg());
        you.height().set(s.heightCm() == null ? null
                : you.heightUnit().get() == HeightUnit.IN ? s.heightCm() / AboutYouModel.CM_PER_IN : s.heightCm());
        you.age().set(s.ageYears() == null ? null : s.ageYears().doubleValue());
        you.sex().set(s.sex());
        you.pregnant().set(s.pregnancyWeeks() == null ? null : Answer.YES);
        you.pregnancyWeek().set(s.pregnancyWeeks() == null ? null : s.pregnancyWeeks().doubleValue());
        positions(vm.sleep().mine(), p.positions());
        vm.sleep().sharesBed().set(p.partner() != null);
        if (p.partner() != null) {
            vm.sleep().partnerWeight().set(you.weightUnit().get() == WeightUnit.LB
                    ? p.partner().weightKg() / AboutYouModel.KG_PER_LB : p.partner().weightKg());
            positions(vm.sleep().partners(), p.partner().positions());
        }
        CurrentMattress m = p.currentMattress();
        vm.mattress().firmness().set(m.firmness() == null ? null : (int) Math.round(m.firmness()));
        vm.mattress().type().set(m.type());
        vm.mattress().ageYears().set(m.ageYears());
        vm.mattress().sagCm().set(m.sagCm());
        Symptoms y = p.symptoms();
        MorningsModel mo = vm.mornings();
        mo.morningPain().set(y.morningPain());
        mo.sleepQuality().set(y.sleepQuality());
        mo.painAreas().clear();
        mo.painAreas().addAll(y.painAreas());
        mo.stiffnessMinutes().set(y.morningStiffnessMinutes() == null ? null : y.morningStiffnessMinutes().doubleValue());
        mo.easesAfterGettingUp().set(Answer.of(y.easesAfterGettingUp()));
        mo.nightPain().set(y.nightPain());
        mo.daytimePain().set(Answer.of(y.daytimePain()));
        mo.worseWithActivity().set(Answer.of(y.worseWithActivity()));
        mo.improvesWithExercise().set(Answer.of(y.improvesWithExercise()));
        mo.improvesWithRest().set(Answer.of(y.improvesWithRest()));
        mo.onset().set(y.gradualOnset() == null ? null : y.gradualOnset() ? Onset.GRADUAL : Onset.SUDDEN);
        mo.legPainBelowKnee().set(Answer.of(y.legPainBelowKnee()));
        mo.durationUnit().set(DurationUnit.WEEKS);
        mo.duration().set(y.durationWeeks() == null ? null : y.durationWeeks().doubleValue());
        mo.stress().set(y.stress());
        mo.afterExertion().set(Answer.of(y.afterExertion()));
        vm.warningSigns().clear();
        vm.warningSigns().addAll(y.warningSigns());
        Preferences pr = p.preferences();
        vm.preferences().size().set(pr.size());
        vm.preferences().budget().set(pr.budgetMax());
        vm.preferences().sleepsHot().set(Answer.of(pr.sleepsHot()));
        vm.preferences().avoidLatex().set(Answer.of(pr.avoidLatex()));
    }

    /**
     * The frequencies whose normalised weights come closest to the saved shares: exact for any
     * profile the wizard made, the nearest choice for one written by hand.
     */
    static void positions(PositionAnswers answers, Positions shares) {
        Frequency[] all = Frequency.values();
        Frequency[] best = null;
        double bestError = Double.MAX_VALUE;
        for (Frequency a : all) {
            for (Frequency b : all) {
                for (Frequency c : all) {
                    double total = a.weight() + b.weight() + c.weight();
                    if (total <= 0) {
                        continue;
                    }
                    double error = Math.abs(a.weight() / total - shares.side())
                            + Math.abs(b.weight() / total - shares.back()) + Math.abs(c.weight() / total - shares.stomach());
                    if (error < bestError - 1e-12) {
                        bestError = error;
                        best = new Frequency[] {a, b, c};
                    }
                }
            }
        }
        answers.frequency(Position.SIDE).set(best[0]);
        answers.frequency(Position.BACK).set(best[1]);
        answers.frequency(Position.STOMACH).set(best[2]);
    }
}
