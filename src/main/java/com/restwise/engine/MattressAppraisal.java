package com.restwise.engine;

import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MattressVerdict.Verdict;
import com.restwise.engine.alignment.SpineReading;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.Profile;
import java.util.function.Supplier;

/**
 * What to do about the mattress the sleeper has now: keep it, add a topper, replace it, or
 * unknown (docs/firmness.md, "The verdict on the current mattress"). Rules 1 to 5, in order.
 * It never moves the firmness target; it reads only the current mattress, the range(s), pain,
 * pregnancy and (2.1) the spine model on the current mattress, so that the verdict and the
 * spine picture never contradict each other.
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
    /** A dip this deep (the "worn" dip) with morning pain of 3 or more: the dip is the likely culprit. */
    static final int DIP_PAIN = 3;
    /** The words for a distance from the range: "a little" up to half a step, "clearly" up to 1.5, then "much". */
    static final double A_LITTLE = 0.5;

    static final double CLEARLY = 1.5;
    /** A mattress younger than this may still be in its trial or return period. */
    static final double TRIAL_YEARS = 1;

    /** Why the verdict was reached: picks the verdict's text and the posture tip's. */
    public enum Reason {
        SAG,
        AGE,
        KEEP,
        UNKNOWN,
        SOFTER_TOPPER,
        FIRMER_TOPPER,
        PREGNANCY_TOPPER,
        WORN_TOO_FIRM,
        WORN_TOO_SOFT,
        FAR_TOO_SOFT,
        COUPLE_APART
    }

    /** The verdict with its reason. */
    public record Appraisal(MattressVerdict verdict, Reason reason) {
        public Verdict kind() {
            return verdict.verdict();
        }
    }

    /** The verdict from the ranges alone, without the spine model. */
    public Appraisal appraise(Profile profile, FirmnessRange sleeper, FirmnessRange partner, EngineTexts texts) {
        return appraise(profile, sleeper, partner, () -> null, () -> null, texts);
    }

    /**
     * The verdict; {@code sleeperSpine} and {@code partnerSpine} give the spine model's readings on
     * the current mattress (null where there is none): KEEP needs both to agree. They are asked
     * for only when the ranges alone would keep the mattress, since only then do they matter.
     */
    public Appraisal appraise(
            Profile profile,
            FirmnessRange sleeper,
            FirmnessRange partner,
            Supplier<SpineReading> sleeperReading,
            Supplier<SpineReading> partnerReading,
            EngineTexts texts) {
        CurrentMattress bed = profile.currentMattress();
        Double f = bed.firmness();
        boolean pain = profile.symptoms().anyPain();
        if (bed.sagCm() != null && bed.sagCm() >= WARRANTY_SAG_CM) {
            return of(Verdict.REPLACE, Reason.SAG, texts.text("verdict.REPLACE.sag", texts.number(bed.sagCm())));
        }
        if (bed.ageYears() != null && bed.ageYears() >= END_OF_LIFE_YEARS && pain) {
            return of(Verdict.REPLACE, Reason.AGE, texts.text("verdict.REPLACE.age", texts.number(bed.ageYears())));
        }
        Integer morningPain = profile.symptoms().morningPain();
        if (bed.sagCm() != null && bed.sagCm() >= WORN_SAG_CM && morningPain != null && morningPain >= DIP_PAIN) {
            return of(
                    Verdict.REPLACE,
                    Reason.SAG,
                    texts.text("verdict.REPLACE.dip-pain", texts.number(bed.sagCm()), morningPain));
        }
        if (f == null) {
            return of(
                    Verdict.UNKNOWN,
                    Reason.UNKNOWN,
                    texts.text("verdict.UNKNOWN", texts.number(sleeper.min()), texts.number(sleeper.max())));
        }
        String firmness = texts.number(f);
        String min = texts.number(sleeper.min());
        String max = texts.number(sleeper.max());
        boolean tooFirm = tooFirm(f, sleeper) || (partner != null && tooFirm(f, partner));
        boolean tooSoft = tooSoft(f, sleeper) || (partner != null && tooSoft(f, partner));
        boolean old = bed.ageYears() != null && bed.ageYears() >= WORN_YEARS;
        boolean sagging = bed.sagCm() != null && bed.sagCm() >= WORN_SAG_CM;
        boolean worn = old || sagging;
        String trial = bed.ageYears() != null && bed.ageYears() < TRIAL_YEARS ? " " + texts.text("verdict.trial") : "";
        SpineReading sleeperSpine = tooFirm || tooSoft ? null : sleeperReading.get();
        SpineReading partnerSpine = tooFirm || tooSoft ? null : partnerReading.get();
        SpineReading off = sleeperSpine != null && !sleeperSpine.agrees()
                ? sleeperSpine
                : partnerSpine != null && !partnerSpine.agrees() ? partnerSpine : null;
        if (!tooFirm && !tooSoft && off != null) {
            return cooled(
                    spineDisagrees(
                            profile, off, off == partnerSpine, sleeperSpine, partnerSpine, worn, sagging, trial, texts),
                    profile,
                    texts);
        }
        if (!tooFirm && !tooSoft) {
            String age = bed.ageYears() == null
                    ? ""
                    : bed.ageYears() < 1
                            ? texts.text("verdict.age.under-one") // not "0 years old"
                            : bed.ageYears() == 1
                                    ? texts.text("verdict.age.one")
                                    : texts.text("verdict.age", texts.number(bed.ageYears()));
            if (partner != null) {
                // "Suits" only when it is inside both ranges; within the half-step margin it is "close enough".
                String key =
                        sleeper.contains(f) && partner.contains(f) ? "verdict.KEEP.couple" : "verdict.KEEP.couple.near";
                return cooled(
                        keep(
                                texts.text(
                                        key,
                                        firmness,
                                        age,
                                        min,
                                        max,
                                        texts.number(partner.min()),
                                        texts.number(partner.max())),
                                texts),
                        profile,
                        texts);
            }
            String key = sleeper.contains(f) ? "verdict.KEEP" : "verdict.KEEP.near";
            return cooled(keep(texts.text(key, firmness, age, min, max), texts), profile, texts);
        }
        if (tooFirm && tooSoft) {
            return of(
                    Verdict.REPLACE,
                    Reason.COUPLE_APART,
                    texts.text(
                            "verdict.REPLACE.couple",
                            firmness,
                            min,
                            max,
                            texts.number(partner.min()),
                            texts.number(partner.max())));
        }
        boolean withinFirmTopperReach =
                f >= sleeper.min() - FIRM_TOPPER_LIMIT && (partner == null || f >= partner.min() - FIRM_TOPPER_LIMIT);
        String distance = distance(f, tooFirm, sleeper, partner, texts);
        if (!worn && tooFirm) {
            return cooled(
                    of(
                            Verdict.TOPPER,
                            Reason.SOFTER_TOPPER,
                            texts.text("verdict.TOPPER.softer", firmness, min, max, distance) + trial),
                    profile,
                    texts);
        }
        if (!worn && withinFirmTopperReach) {
            return cooled(
                    of(
                            Verdict.TOPPER,
                            Reason.FIRMER_TOPPER,
                            texts.text("verdict.TOPPER.firmer", firmness, min, max, distance) + trial),
                    profile,
                    texts);
        }
        // Rule 5. In pregnancy the extra weight is temporary: a topper for a mattress too firm and not sagging.
        if (profile.sleeper().pregnant() && tooFirm && !sagging) {
            return of(
                    Verdict.TOPPER,
                    Reason.PREGNANCY_TOPPER,
                    texts.text("verdict.TOPPER.pregnancy", firmness, min, max));
        }
        if (!worn) {
            return of(
                    Verdict.REPLACE,
                    Reason.FAR_TOO_SOFT,
                    texts.text("verdict.REPLACE.far-too-soft", firmness, min, max)
                            + (trial.isEmpty() ? "" : " " + texts.text("verdict.return")));
        }
        String wear = sagging
                ? texts.text("verdict.wear.sag", texts.number(bed.sagCm()))
                : texts.text("verdict.wear.age", texts.number(bed.ageYears()));
        return tooFirm
                ? of(
                        Verdict.REPLACE,
                        Reason.WORN_TOO_FIRM,
                        texts.text("verdict.REPLACE.worn.firmer", firmness, min, max, wear, distance))
                : of(
                        Verdict.REPLACE,
                        Reason.WORN_TOO_SOFT,
                        texts.text("verdict.REPLACE.worn.softer", firmness, min, max, wear, distance));
    }

    /**
     * The table would keep the mattress, but on it (dip included) the spine model reads a
     * sleeper's spine bent further than the range accepts: a topper when the mattress is not worn,
     * else a new one; too firm for one sleeper and too soft for the other, a new one for both.
     */
    private static Appraisal spineDisagrees(
            Profile profile,
            SpineReading off,
            boolean partnersReading,
            SpineReading sleeperSpine,
            SpineReading partnerSpine,
            boolean worn,
            boolean sagging,
            String trial,
            EngineTexts texts) {
        CurrentMattress bed = profile.currentMattress();
        String firmness = texts.number(bed.firmness());
        boolean bothOff =
                sleeperSpine != null && partnerSpine != null && !sleeperSpine.agrees() && !partnerSpine.agrees();
        if (bothOff && sleeperSpine.verdict() != partnerSpine.verdict()) {
            return of(Verdict.REPLACE, Reason.COUPLE_APART, texts.text("verdict.REPLACE.spine.couple", firmness));
        }
        boolean needsFirmer = off.verdict() == AlignmentVerdict.TOO_SOFT;
        String dip =
                bed.sagCm() == null || bed.sagCm() <= 0 ? "" : texts.text("verdict.dip", texts.number(bed.sagCm()));
        String whose = partnersReading ? ".partner" : "";
        String reading = texts.text(
                "verdict.spine." + (needsFirmer ? "soft" : "firm") + whose,
                firmness,
                dip,
                texts.number(off.deviationDeg()));
        if (!worn) {
            return of(
                    Verdict.TOPPER,
                    needsFirmer ? Reason.FIRMER_TOPPER : Reason.SOFTER_TOPPER,
                    reading + " " + texts.text("verdict.spine.topper." + (needsFirmer ? "firmer" : "softer")) + trial);
        }
        if (profile.sleeper().pregnant() && !needsFirmer && !sagging) {
            return of(Verdict.TOPPER, Reason.PREGNANCY_TOPPER, reading + " " + texts.text("verdict.spine.pregnancy"));
        }
        return of(
                Verdict.REPLACE,
                needsFirmer ? Reason.WORN_TOO_SOFT : Reason.WORN_TOO_FIRM,
                reading + " " + texts.text("verdict.spine.replace"));
    }

    /** "a little", "clearly" or "much": how far the mattress is outside the range it misses most. */
    private static String distance(
            double f, boolean tooFirm, FirmnessRange sleeper, FirmnessRange partner, EngineTexts texts) {
        double d = tooFirm ? f - sleeper.max() : sleeper.min() - f;
        if (partner != null) {
            d = Math.max(d, tooFirm ? f - partner.max() : partner.min() - f);
        }
        return texts.text(
                d <= A_LITTLE
                        ? "verdict.distance.little"
                        : d <= CLEARLY ? "verdict.distance.clearly" : "verdict.distance.much");
    }

    private static boolean tooFirm(double f, FirmnessRange range) {
        return f > range.max() + KEEP_MARGIN;
    }

    private static boolean tooSoft(double f, FirmnessRange range) {
        return f < range.min() - KEEP_MARGIN;
    }

    /**
     * A hot sleeper who keeps a memory-foam mattress (as it is, or under a topper) is told how to
     * sleep cooler on it, since the options that would sleep cooler are not bought.
     */
    private static Appraisal cooled(Appraisal appraisal, Profile profile, EngineTexts texts) {
        boolean kept = appraisal.kind() == Verdict.KEEP || appraisal.kind() == Verdict.TOPPER;
        if (!kept
                || !profile.preferences().runsHot()
                || profile.currentMattress().type() != MattressType.MEMORY_FOAM) {
            return appraisal;
        }
        MattressVerdict v = appraisal.verdict();
        return new Appraisal(
                new MattressVerdict(v.verdict(), v.text() + " " + texts.text("verdict.cooling"), v.buyAnyway()),
                appraisal.reason());
    }

    /** KEEP: no purchase is needed, so the shop line and the options fold away under a heading. */
    private static Appraisal keep(String text, EngineTexts texts) {
        return new Appraisal(new MattressVerdict(Verdict.KEEP, text, texts.text("verdict.buy-anyway")), Reason.KEEP);
    }

    private static Appraisal of(Verdict verdict, Reason reason, String text) {
        return new Appraisal(new MattressVerdict(verdict, text), reason);
    }
}
