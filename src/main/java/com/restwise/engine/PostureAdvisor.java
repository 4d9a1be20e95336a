package com.restwise.engine;

import com.restwise.engine.MattressAppraisal.Appraisal;
import com.restwise.engine.MattressAppraisal.Reason;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MattressVerdict.Verdict;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Position changes, habits and gentle exercises (the posture table of docs/formats.md). It reads
 * the medical result only to withhold or change exercise advice (docs/medical-rules.md,
 * "Exercise advice and the screen"), and the mattress appraisal for the replace and topper tips.
 */
public final class PostureAdvisor {

    /** A position counts as "used" from this share of the night. */
    static final double USED_SHARE = 0.3;
    /** ALTERNATE_SIDES: mostly a side sleeper. */
    static final double MOSTLY_SIDE_SHARE = 0.5;
    /** LOG_ROLL from this morning pain ... */
    static final int LOG_ROLL_PAIN = 5;
    /** ... or from this age with any pain (or with osteoporosis at any age). */
    static final int LOG_ROLL_AGE = 65;
    /** From this age nothing is done on the floor or on hands and knees. */
    static final int NO_FLOOR_AGE = 75;
    /** With widespread pain: at most this many exercises, each starting at 2-3 repeats. */
    static final int WIDESPREAD_MAX_EXERCISES = 2;

    static final int START_LOW_FROM = 2;
    static final int START_LOW_TO = 3;
    /** From this week of pregnancy: no back or stomach advice, and no exercise lying on the back. */
    static final int PREGNANCY_SIDE_WEEKS = 20;
    /** From this week of pregnancy going to sleep on the side matters for the baby (Cronin 2019). */
    static final int LATE_PREGNANCY_WEEKS = 28;
    /** WIND_DOWN from this stress score (0-10). */
    static final int STRESSED = 6;
    /** HEALTHY_WEIGHT from this body-mass index. */
    static final double OBESE_BMI = 30;
    /** NHS: knee rolls and bottom-to-heels stretch, 8-10 repeats daily; the same dose for the other exercises. */
    static final int REPEATS_FROM = 8;

    static final int REPEATS_TO = 10;

    /** Flags that stop all exercise advice at SOON or URGENT. */
    private static final Set<FlagCode> NO_EXERCISE = EnumSet.of(
            FlagCode.FRACTURE,
            FlagCode.INFECTION,
            FlagCode.MALIGNANCY,
            FlagCode.SPINAL_CORD,
            FlagCode.NIGHT_ONLY_PAIN,
            FlagCode.SEVERE_CONSTANT_PAIN,
            FlagCode.KIDNEY,
            FlagCode.NEW_NIGHT_PAIN);

    public List<PostureTip> advise(
            Profile profile, FirmnessRange range, MedicalResult medical, Appraisal appraisal, EngineTexts texts) {
        Positions pos = profile.positions();
        Symptoms s = profile.symptoms();
        Sleeper sleeper = profile.sleeper();
        boolean latePregnancy = sleeper.pregnantFrom(PREGNANCY_SIDE_WEEKS);
        boolean lowBack = s.hasPainIn(PainArea.LOWER_BACK);
        boolean shoulder = s.hasPainIn(PainArea.SHOULDER);
        boolean hip = s.hasPainIn(PainArea.HIP);
        boolean backPain = MedicalScreen.isBackPain(s);
        List<PostureTip> tips = new ArrayList<>();
        // Widespread pain: "start low, go slow" (2-3 repeats, one more every few days), at most two exercises.
        boolean startLow = s.hasWidespreadPain();
        String repeats = startLow
                ? START_LOW_FROM + texts.text("range.dash") + START_LOW_TO
                : REPEATS_FROM + texts.text("range.dash") + REPEATS_TO;
        String dose = startLow ? " " + texts.text("posture.start-low") : "";
        boolean noFloor = (sleeper.ageYears() != null && sleeper.ageYears() >= NO_FLOOR_AGE)
                || Boolean.TRUE.equals(sleeper.floorIsHard());

        if (appraisal.kind() == Verdict.REPLACE) {
            // Without pain there is no "wake with less pain" to check for.
            tips.add(new PostureTip(
                    PostureCode.REPLACE_MATTRESS,
                    texts.text(
                            "posture.REPLACE_MATTRESS" + (s.anyPain() ? "" : ".no-pain"),
                            texts.number(range.min()),
                            texts.number(range.max()),
                            shopLabel(range, texts))));
        }
        if (appraisal.kind() == Verdict.TOPPER) {
            boolean firmer = appraisal.reason() == Reason.FIRMER_TOPPER;
            // A couple's topper goes on the half of the one it is for.
            tips.add(new PostureTip(
                    PostureCode.TOPPER,
                    texts.text("posture.TOPPER." + (firmer ? "firmer" : "softer")
                            + (profile.hasPartner() ? ".couple" : ""))));
        }
        if (latePregnancy) {
            // From 28 weeks it matters for the baby now, not later (Cronin 2019).
            tips.add(
                    sleeper.pregnantFrom(LATE_PREGNANCY_WEEKS)
                            ? new PostureTip(
                                    PostureCode.PREGNANCY_SIDE,
                                    texts.text("posture.PREGNANCY_SIDE.late", sleeper.pregnancyWeeks()))
                            : tip(PostureCode.PREGNANCY_SIDE, texts));
        }
        if (sleeper.pregnant()) {
            // Before 20 weeks there is no bump to support yet.
            tips.add(new PostureTip(
                    PostureCode.PREGNANCY_PILLOWS,
                    texts.text("posture.PREGNANCY_PILLOWS" + (latePregnancy ? "" : ".early"))));
        }
        if (pos.atLeast(Position.STOMACH, USED_SHARE) && s.anyPain() && !latePregnancy) {
            tips.add(tip(PostureCode.TRY_SIDE_OR_BACK, texts));
        }
        if (pos.atLeast(Position.SIDE, USED_SHARE) && (lowBack || hip)) {
            // In pregnancy PREGNANCY_PILLOWS already puts the pillow there: say only why it helps the back.
            tips.add(new PostureTip(
                    PostureCode.PILLOW_BETWEEN_KNEES,
                    texts.text("posture.PILLOW_BETWEEN_KNEES" + (sleeper.pregnant() ? ".pregnancy" : ""))));
        }
        if (pos.atLeast(Position.BACK, USED_SHARE) && lowBack && !latePregnancy) {
            tips.add(tip(PostureCode.PILLOW_UNDER_KNEES, texts));
        }
        if (pos.atLeast(Position.STOMACH, USED_SHARE) && !latePregnancy) {
            tips.add(tip(PostureCode.PILLOW_UNDER_HIPS, texts));
        }
        if (pos.atLeast(Position.SIDE, USED_SHARE) && (shoulder || hip)) {
            String which = shoulder && hip ? "BOTH" : shoulder ? "SHOULDER" : "HIP";
            // On the back: a pillow under the sore arm for the shoulder, under the knees for the hip.
            String text = texts.text("posture.PAINFUL_SIDE_UP." + which)
                    + (latePregnancy ? "" : texts.text("posture.PAINFUL_SIDE_UP.back." + which));
            tips.add(new PostureTip(PostureCode.PAINFUL_SIDE_UP, text));
        }
        if (pos.atLeast(Position.SIDE, MOSTLY_SIDE_SHARE) && !shoulder && !hip) {
            tips.add(tip(PostureCode.ALTERNATE_SIDES, texts));
        }
        tips.add(loftTip(profile, range, appraisal, latePregnancy, texts));
        boolean olderWithPain = sleeper.ageYears() != null && sleeper.ageYears() >= LOG_ROLL_AGE && s.anyPain();
        if ((s.morningPain() != null && s.morningPain() >= LOG_ROLL_PAIN)
                || olderWithPain
                || s.hasSign(WarningSign.OSTEOPOROSIS)) {
            tips.add(new PostureTip(
                    PostureCode.LOG_ROLL, texts.text("posture.LOG_ROLL" + (shoulder ? ".SHOULDER" : ""))));
        }
        boolean exercise = exerciseAllowed(medical);
        boolean procedure = s.hasSign(WarningSign.RECENT_SPINE_PROCEDURE);
        // Said first, before any exercise: within 3 months of a spine operation or injection the
        // team that did it decides what the back may do.
        String askFirst = procedure ? texts.text("posture.procedure.ask-first") + " " : "";
        if (Boolean.TRUE.equals(s.afterExertion())
                && backPain
                && !medical.level().atLeast(MedicalLevel.SOON)) {
            tips.add(new PostureTip(PostureCode.EASE_BACK_IN, easeBackIn(profile, medical, procedure, texts)));
        }
        // Exercises follow the area, the lower back first: with widespread pain only the first two.
        List<PostureTip> exercises = new ArrayList<>();
        if (exercise && wantsLowBackExercise(s)) {
            boolean thinBones = s.hasSign(WarningSign.OSTEOPOROSIS);
            boolean noLoadedBending = thinBones || medical.has(FlagCode.FRACTURE, MedicalLevel.ROUTINE);
            if (noLoadedBending || latePregnancy || noFloor) {
                // With thin bones the rule is lasting, not "for now" as after a fall. Without the
                // floor, the tilts are done in bed or on a chair.
                exercises.add(new PostureTip(
                        PostureCode.GENTLE_MOVEMENT,
                        askFirst
                                + texts.text("posture.GENTLE_MOVEMENT" + (noFloor ? ".bed-and-chair" : ""), repeats)
                                + (thinBones
                                        ? texts.text("posture.GENTLE_MOVEMENT.flexion.bones")
                                        : noLoadedBending ? texts.text("posture.GENTLE_MOVEMENT.flexion") : "")
                                + (latePregnancy && !noFloor ? texts.text("posture.GENTLE_MOVEMENT.pregnancy") : "")
                                + dose));
            } else {
                exercises.add(new PostureTip(
                        PostureCode.MORNING_STRETCHES,
                        askFirst + texts.text("posture.MORNING_STRETCHES", repeats) + dose));
            }
        }
        // The area exercises are done sitting, standing or lying on the side: none bends the
        // spine under load or needs lying on the back, so only the screen's stops apply.
        if (exercise && s.hasPainIn(PainArea.UPPER_BACK)) {
            // With thin bones or a suspected fracture no twisting: only the gentle arch back, which eases the load.
            boolean noTwist =
                    s.hasSign(WarningSign.OSTEOPOROSIS) || medical.has(FlagCode.FRACTURE, MedicalLevel.ROUTINE);
            exercises.add(new PostureTip(
                    PostureCode.UPPER_BACK_EXERCISES,
                    askFirst + texts.text("posture.UPPER_BACK_EXERCISES" + (noTwist ? ".bones" : ""), repeats) + dose));
        }
        if (exercise && s.hasPainIn(PainArea.NECK)) {
            exercises.add(new PostureTip(
                    PostureCode.NECK_EXERCISES, askFirst + texts.text("posture.NECK_EXERCISES", repeats) + dose));
        }
        if (exercise && shoulder) {
            exercises.add(new PostureTip(
                    PostureCode.SHOULDER_EXERCISES, texts.text("posture.SHOULDER_EXERCISES", repeats) + dose));
        }
        if (exercise && hip) {
            // In pregnancy balance changes and the pelvis is looser: no standing on one leg.
            exercises.add(new PostureTip(
                    PostureCode.HIP_EXERCISES,
                    texts.text("posture.HIP_EXERCISES" + (sleeper.pregnant() ? ".pregnancy" : ""), repeats) + dose));
        }
        tips.addAll(startLow ? exercises.subList(0, Math.min(WIDESPREAD_MAX_EXERCISES, exercises.size())) : exercises);
        if (s.stress() != null && s.stress() >= STRESSED && s.anyPain()) {
            tips.add(new PostureTip(
                    PostureCode.WIND_DOWN, texts.text("posture.WIND_DOWN" + (exercise ? "" : ".no-exercise"))));
        }
        Double bmi = bodyMassIndex(sleeper);
        if (bmi != null && bmi >= OBESE_BMI && backPain && !sleeper.pregnant()) {
            // Beside weight loss without trying or a suspected cancer, losing weight is not praised.
            boolean checkFirst = s.hasSign(WarningSign.UNEXPLAINED_WEIGHT_LOSS)
                    || medical.has(FlagCode.MALIGNANCY, MedicalLevel.SOON);
            tips.add(new PostureTip(
                    PostureCode.HEALTHY_WEIGHT,
                    texts.text("posture.HEALTHY_WEIGHT" + (checkFirst ? ".check-first" : ""))));
        }
        tips.sort(Comparator.comparing(PostureTip::code));
        return tips;
    }

    /**
     * The heavy-work tip in the words that fit the person: with fragile bones lifting can crack a
     * vertebra, so a doctor first; after a spine procedure the team that did it; in pregnancy no
     * promise about days; after a fall when to have it checked; with lasting pain no "usually
     * starts to ease".
     */
    private static String easeBackIn(Profile profile, MedicalResult medical, boolean procedure, EngineTexts texts) {
        String fragile = MedicalScreen.fragilityFactors(profile, texts);
        if (fragile != null) {
            return texts.text("posture.EASE_BACK_IN.fragile", fragile);
        }
        if (procedure) {
            return texts.text("posture.EASE_BACK_IN.procedure");
        }
        if (profile.sleeper().pregnant()) {
            return texts.text("posture.EASE_BACK_IN.pregnancy");
        }
        // A fall too: not only tired muscles, so say when to have it checked.
        if (profile.symptoms().hasSign(WarningSign.RECENT_TRAUMA)) {
            return texts.text("posture.EASE_BACK_IN.fall");
        }
        boolean lasting = medical.has(FlagCode.PERSISTENT_PAIN, MedicalLevel.ROUTINE);
        return texts.text("posture.EASE_BACK_IN" + (lasting ? ".lasting" : ""));
    }

    /**
     * docs/medical-rules.md: no exercise advice with URGENT, nor with a fracture, infection,
     * malignancy, spinal cord, night-only, severe constant or kidney flag at SOON or above.
     * An inflammatory flag does not stop it: exercise is its treatment.
     */
    static boolean exerciseAllowed(MedicalResult medical) {
        return medical.level() != MedicalLevel.URGENT
                && medical.flags().stream()
                        .noneMatch(f -> f.level().atLeast(MedicalLevel.SOON) && NO_EXERCISE.contains(f.code()));
    }

    /**
     * Lower-back pain (or morning pain with no area ticked), or morning stiffness with no pain area
     * at all: neck or upper-back pain gets its own exercises, never the low-back stretches.
     */
    private static boolean wantsLowBackExercise(Symptoms s) {
        if (s.hasPainIn(PainArea.LOWER_BACK) || (s.painAreas().isEmpty() && MedicalScreen.isBackPain(s))) {
            return true;
        }
        return s.morningStiffnessMinutes() != null
                && s.morningStiffnessMinutes() > 0
                && s.painAreas().isEmpty();
    }

    static Double bodyMassIndex(Sleeper sleeper) {
        if (sleeper.heightCm() == null) {
            return null;
        }
        double m = sleeper.heightCm() / 100;
        return sleeper.weightKg() / (m * m);
    }

    /** The shop label for a range, "H3" or "H2-H3". */
    static String shopLabel(FirmnessRange range, EngineTexts texts) {
        String low = FirmnessLabel.european(range.min());
        String high = FirmnessLabel.european(range.max());
        return low.equals(high) ? low : low + texts.text("range.dash") + high;
    }

    /**
     * Pillow height for the main position and a second one used at least 30% of the night, on
     * the mattress the sleeper will lie on: the current one when it is kept, else one at the
     * target. From 20 weeks of pregnancy only the side counts.
     */
    private static PostureTip loftTip(
            Profile profile, FirmnessRange range, Appraisal appraisal, boolean sideOnly, EngineTexts texts) {
        Positions pos = profile.positions();
        double firmness =
                appraisal.kind() == Verdict.KEEP && profile.currentMattress().firmness() != null
                        ? profile.currentMattress().firmness()
                        : range.target();
        Position main = pillowPosition(profile);
        boolean two = false;
        StringBuilder text = new StringBuilder(texts.text(
                "posture.PILLOW_LOFT." + main, PillowLoft.describe(profile.sleeper(), main, firmness, texts)));
        if (!sideOnly) {
            Position second = null;
            for (Position p : Position.values()) {
                if (p != main && pos.atLeast(p, USED_SHARE) && (second == null || pos.share(p) > pos.share(second))) {
                    second = p;
                }
            }
            if (second != null) {
                text.append(texts.text(
                        "posture.PILLOW_LOFT.second." + second,
                        PillowLoft.describe(profile.sleeper(), second, firmness, texts)));
                two = true;
            }
        }
        // On the side it is the shoulder that sinks into a softer mattress; on the back or stomach the body.
        text.append(texts.text(
                "posture.PILLOW_LOFT.mattress" + (two ? "" : main == Position.SIDE ? ".one.SIDE" : ".one"),
                texts.number(firmness)));
        return new PostureTip(PostureCode.PILLOW_LOFT, text.toString());
    }

    /**
     * The position the pillow tip speaks of first: the one slept in most, or from 20 weeks of
     * pregnancy the side. Its picture shows that position.
     */
    public static Position pillowPosition(Profile profile) {
        return profile.sleeper().pregnantFrom(PREGNANCY_SIDE_WEEKS)
                ? Position.SIDE
                : profile.positions().main();
    }

    private static PostureTip tip(PostureCode code, EngineTexts texts) {
        return new PostureTip(code, texts.text("posture." + code));
    }
}
