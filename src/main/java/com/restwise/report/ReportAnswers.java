package com.restwise.report;

import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Every answer of a profile in words, one line per topic, for the report: a reader sees "wakes
 * them from sleep" and "numbness between the legs", never a code. Unanswered questions are left
 * out rather than printed as "no".
 */
final class ReportAnswers {

    private ReportAnswers() {}

    static List<String> lines(ReportTexts t, Profile p) {
        List<String> lines = new ArrayList<>();
        lines.add(you(t, p.sleeper()));
        if (p.sleeper().pregnancyWeeks() != null) {
            lines.add(t.get("answer.pregnancy", p.sleeper().pregnancyWeeks()));
        }
        lines.add(t.get("answer.positions", shares(t, p.positions())));
        String bed = mattress(t, p.currentMattress());
        if (!bed.isEmpty()) {
            lines.add(t.get("answer.mattress", bed));
        }
        if (p.partner() != null) {
            lines.add(t.get(
                    "answer.partner",
                    t.number(p.partner().weightKg()),
                    shares(t, p.partner().positions())));
        }
        symptoms(t, p.symptoms(), lines);
        String wants = preferences(t, p.preferences());
        if (!wants.isEmpty()) {
            lines.add(t.get("answer.preferences", wants));
        }
        return lines;
    }

    private static String you(ReportTexts t, Sleeper s) {
        StringJoiner you = new StringJoiner("   ·   ");
        you.add(t.get("answer.weight", t.number(s.weightKg())));
        if (s.heightCm() != null) {
            you.add(t.get("answer.height", t.number(s.heightCm())));
        }
        if (s.ageYears() != null) {
            you.add(t.get("answer.age", s.ageYears()));
        }
        if (s.sex() != null) {
            you.add(t.get("answer.sex", t.get("sex." + s.sex())));
        }
        return you.toString();
    }

    static String shares(ReportTexts t, Positions positions) {
        StringJoiner j = new StringJoiner(", ");
        for (Position p : Position.values()) {
            if (positions.share(p) > 0) {
                j.add(t.get("position." + p, t.get("percent", Math.round(positions.share(p) * 100))));
            }
        }
        return j.toString();
    }

    private static String mattress(ReportTexts t, CurrentMattress m) {
        StringJoiner bed = new StringJoiner(", ");
        if (m.type() != null) {
            bed.add(t.get("mattressType." + m.type()));
        }
        if (m.firmness() != null) {
            bed.add(t.get("answer.mattress.firmness", t.number(m.firmness())));
        }
        if (m.ageYears() != null) {
            bed.add(t.get("answer.mattress.age", t.number(m.ageYears())));
        }
        if (m.sagCm() != null) {
            bed.add(t.get("answer.mattress.sag", t.number(m.sagCm())));
        }
        return bed.toString();
    }

    private static void symptoms(ReportTexts t, Symptoms y, List<String> lines) {
        if (y.morningPain() != null) {
            lines.add(t.get("answer.pain", y.morningPain()));
        }
        if (y.sleepQuality() != null) {
            lines.add(t.get("answer.quality", y.sleepQuality()));
        }
        if (!y.painAreas().isEmpty()) {
            StringJoiner areas = new StringJoiner(", ");
            for (PainArea a : PainArea.values()) {
                if (y.hasPainIn(a)) {
                    areas.add(t.get("painArea." + a));
                }
            }
            lines.add(t.get("answer.areas", areas));
        }
        if (y.morningStiffnessMinutes() != null) {
            lines.add(t.get("answer.stiffness", y.morningStiffnessMinutes()));
        }
        yesNo(t, "answer.eases", y.easesAfterGettingUp(), lines);
        if (y.nightPain() != null) {
            lines.add(t.get("answer.night", t.get("nightPain." + y.nightPain())));
        }
        yesNo(t, "answer.daytime", y.daytimePain(), lines);
        yesNo(t, "answer.worse-activity", y.worseWithActivity(), lines);
        yesNo(t, "answer.better-exercise", y.improvesWithExercise(), lines);
        yesNo(t, "answer.better-rest", y.improvesWithRest(), lines);
        if (y.gradualOnset() != null) {
            lines.add(t.get("answer.onset", t.get(y.gradualOnset() ? "onset.gradual" : "onset.sudden")));
        }
        yesNo(t, "answer.leg-pain", y.legPainBelowKnee(), lines);
        if (y.durationWeeks() != null) {
            lines.add(
                    y.durationWeeks() == 1
                            ? t.get("answer.duration.one")
                            : t.get("answer.duration", y.durationWeeks()));
        }
        yesNo(t, "answer.after-exertion", y.afterExertion(), lines);
        if (y.stress() != null) {
            lines.add(t.get("answer.stress", y.stress()));
        }
        if (!y.warningSigns().isEmpty()) {
            StringJoiner signs = new StringJoiner("; ");
            for (WarningSign w : WarningSign.values()) {
                // a profile with both injury signs is read as a major injury (ASSESSMENT.md)
                boolean readAsMajor = w == WarningSign.RECENT_TRAUMA && y.hasSign(WarningSign.MAJOR_TRAUMA);
                if (y.hasSign(w) && !readAsMajor) {
                    signs.add(t.get("sign." + w));
                }
            }
            lines.add(t.get("answer.signs", signs));
        }
        // A clinical record needs the signs that were asked and answered "no", not only the ticked ones.
        if (y.warningSignsNo() != null && !y.warningSignsNo().isEmpty()) {
            StringJoiner no = new StringJoiner("; ");
            for (WarningSign w : WarningSign.values()) {
                if (y.warningSignsNo().contains(w)) {
                    no.add(t.get("sign." + w));
                }
            }
            lines.add(t.get("answer.signs-no", no));
        }
    }

    private static void yesNo(ReportTexts t, String key, Boolean answer, List<String> lines) {
        if (answer != null) {
            lines.add(t.get(key, t.get(answer ? "yes" : "no")));
        }
    }

    private static String preferences(ReportTexts t, Preferences pr) {
        StringJoiner wants = new StringJoiner(", ");
        if (pr.size() != null) {
            wants.add(t.get("answer.size", pr.size()));
        }
        if (pr.budgetMax() != null) {
            wants.add(t.get("answer.budget", t.number(pr.budgetMax())));
        }
        if (pr.sleepsHot() != null) {
            wants.add(t.get(pr.sleepsHot() ? "answer.hot" : "answer.not-hot"));
        }
        if (pr.avoidLatex() != null) {
            wants.add(t.get(pr.avoidLatex() ? "answer.no-latex" : "answer.latex-fine"));
        }
        return wants.toString();
    }
}
