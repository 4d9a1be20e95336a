package com.restwise.ui.wizard;

import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.PositionAnswers;

/**
 * Fills the wizard with a saved profile: a consultation's answers to correct, or the last ones for a
 * follow-up to start from. Absent answers stay unanswered.
 */
public final class ProfileAnswers {

    private ProfileAnswers() {}

    public static void fill(WizardViewModel vm, Profile p) {
        Questions.ALL.forEach(q -> q.fill().accept(vm, p));
    }

    /**
     * Fills the wizard for a follow-up: the last answers to start from, but not those about now (the
     * warning signs), which are asked again.
     */
    public static void followUp(WizardViewModel vm, Profile p) {
        Questions.ALL.stream().filter(q -> !q.aboutNow()).forEach(q -> q.fill().accept(vm, p));
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
                            + Math.abs(b.weight() / total - shares.back())
                            + Math.abs(c.weight() / total - shares.stomach());
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
