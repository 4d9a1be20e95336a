package com.restwise.engine;

import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MattressVerdict.Verdict;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.Profile;

/**
 * What to do about the mattress the sleeper has now: keep it, add a topper, replace it, or
 * unknown (docs/firmness.md, "The verdict on the current mattress"). Rules 1 to 5, in order.
 * It never moves the firmness target; it reads only the current mattress, the range(s), pain
 * and pregnancy.
 */
public final class MattressAppraisal {

    /** Rule 1: a body impression of 3.8 cm (1.5 in) is the usual warranty limit. */
    static final double WARRANTY_SAG_CM = 3.8;
    /** Rule 1: mattress life is 7-10 years; at 10 with pain the support has likely worn out. */
    static final double END_OF_LIFE_YEARS = 10;
    /** Rule 3: half a step either side of the range is close enough to keep. */
    static final double KEEP_MARGIN = 0.5;
    /** "Worn": this old ... */
    static final double WORN_YEARS = 8;
    /** ... or this deep a dip. */
    static final double WORN_SAG_CM = 2.5;
    /** Rule 4: a firm topper helps a mattress down to this far below the range, no further. */
    static final double FIRM_TOPPER_LIMIT = 1.5;

    /** Why the verdict was reached: picks the verdict's text and the posture tip's. */
    public enum Reason {
        SAG, AGE, KEEP, UNKNOWN, SOFTER_TOPPER, FIRMER_TOPPER, PREGNANCY_TOPPER, WORN_TOO_FIRM, WORN_TOO_SOFT,
        FAR_TOO_SOFT, COUPLE_APART
    }

    /** The verdict with its reason. */
    public record Appraisal(MattressVerdict verdict, Reason reason) {
        public Verdict kind() {
            return verdict.verdict();
        }
    }

    public Appraisal appraise(Profile profile, FirmnessRange sleeper, FirmnessRange partner, EngineTexts texts) {
        CurrentMattress bed = profile.currentMattress();
        Double f = bed.firmness();
        boolean pain = profile.symptoms().anyPain();
        if (bed.sagCm() != null && bed.sagCm() >= WARRANTY_SAG_CM) {
            return of(Verdict.REPLACE, Reason.SAG, texts.text("verdict.REPLACE.sag", texts.number(bed.sagCm())));
        }
        if (bed.ageYears() != null && bed.ageYears() >= END_OF_LIFE_YEARS && pain) {
            return of(Verdict.REPLACE, Reason.AGE, texts.text("verdict.REPLACE.age", texts.number(bed.ageYears())));
        }
        if (f == null) {
            return of(Verdict.UNKNOWN, Reason.UNKNOWN,
                    texts.text("verdict.UNKNOWN", texts.number(sleeper.min()), texts.number(sleeper.max())));
        }
        String firmness = texts.number(f);
        String min = texts.number(sleeper.min());
        String max = texts.number(sleeper.max());
        boolean tooFirm = tooFirm(f, sleeper) || (partner != null && tooFirm(f, partner));
        boolean tooSoft = tooSoft(f, sleeper) || (partner != null && tooSoft(f, partner));
        if (!tooFirm && !tooSoft) {
            String age = bed.ageYears() == null ? ""
                    : bed.ageYears() < 1 ? texts.text("verdict.age.under-one")      // not "0 years old"
                    : bed.ageYears() == 1 ? texts.text("verdict.age.one")
                    : texts.text("verdict.age", texts.number(bed.ageYears()));
            if (partner != null) {
                // "Suits" only when it is inside both ranges; within the half-step margin it is "close enough".
                String key = sleeper.contains(f) && partner.contains(f) ? "verdict.KEEP.couple" : "verdict.KEEP.couple.near";
                return keep(texts.text(key, firmness, age, min, max,
                        texts.number(partner.min()), texts.number(partner.max())), texts);
            }
            String key = sleeper.contains(f) ? "verdict.KEEP" : "verdict.KEEP.near";
            return keep(texts.text(key, firmness, age, min, max), texts);
        }
        if (tooFirm && tooSoft) {
            return of(Verdict.REPLACE, Reason.COUPLE_APART, texts.text("verdict.REPLACE.couple", firmness, min, max,
                    texts.number(partner.min()), texts.number(partner.max())));
        }
        boolean old = bed.ageYears() != null && bed.ageYears() >= WORN_YEARS;
        boolean sagging = bed.sagCm() != null && bed.sagCm() >= WORN_SAG_CM;
        boolean worn = old || sagging;
        boolean withinFirmTopperReach = f >= sleeper.min() - FIRM_TOPPER_LIMIT
                && (partner == null || f >= partner.min() - FIRM_TOPPER_LIMIT);
        if (!worn && tooFirm) {
            return of(Verdict.TOPPER, Reason.SOFTER_TOPPER, texts.text("verdict.TOPPER.softer", firmness, min, max));
        }
        if (!worn && withinFirmTopperReach) {
            return of(Verdict.TOPPER, Reason.FIRMER_TOPPER, texts.text("verdict.TOPPER.firmer", firmness, min, max));
        }
        // Rule 5. In pregnancy the extra weight is temporary: a topper for a mattress too firm and not sagging.
        if (profile.sleeper().pregnant() && tooFirm && !sagging) {
            return of(Verdict.TOPPER, Reason.PREGNANCY_TOPPER,
                    texts.text("verdict.TOPPER.pregnancy", firmness, min, max));
        }
        if (!worn) {
            return of(Verdict.REPLACE, Reason.FAR_TOO_SOFT, texts.text("verdict.REPLACE.far-too-soft", firmness, min, max));
        }
        String wear = sagging ? texts.text("verdict.wear.sag", texts.number(bed.sagCm()))
                : texts.text("verdict.wear.age", texts.number(bed.ageYears()));
        return tooFirm
                ? of(Verdict.REPLACE, Reason.WORN_TOO_FIRM, texts.text("verdict.REPLACE.worn.firmer", firmness, min, max, wear))
                : of(Verdict.REPLACE, Reason.WORN_TOO_SOFT, texts.text("verdict.REPLACE.worn.softer", firmness, min, max, wear));
    }

    private static boolean tooFirm(double f, FirmnessRange range) {
        return f > range.max() + KEEP_MARGIN;
    }

    private static boolean tooSoft(double f, FirmnessRange range) {
        return f < range.min() - KEEP_MARGIN;
    }

    /** KEEP: no purchase is needed, so the shop line and the options fold away under a heading. */
    private static Appraisal keep(String text, EngineTexts texts) {
        return new Appraisal(new MattressVerdict(Verdict.KEEP, text, texts.text("verdict.buy-anyway")), Reason.KEEP);
    }

    private static Appraisal of(Verdict verdict, Reason reason, String text) {
        return new Appraisal(new MattressVerdict(verdict, text), reason);
    }
}
