package com.restwise.engine;

import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Symptoms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Position changes and habits (the posture table of ASSESSMENT.md). It reads the medical
 * result only to withhold exercise advice where a serious cause is suspected.
 */
public final class PostureAdvisor {

    /** A position counts as "used" from this share of the night (ASSESSMENT.md). */
    static final double USED_SHARE = 0.3;
    /** ALTERNATE_SIDES: mostly a side sleeper. */
    static final double MOSTLY_SIDE_SHARE = 0.5;
    /** LOG_ROLL from this morning pain. */
    static final int LOG_ROLL_PAIN = 5;
    /** FIRMNESS.md: "a body impression of 3.8 cm (1.5 in) is the usual warranty limit". */
    static final double WARRANTY_SAG_CM = 3.8;
    /** FIRMNESS.md: "mattress life 7-10 years overall". */
    static final double END_OF_LIFE_YEARS = 10;
    /** Never advise replacing a mattress younger than this with less sag than below. */
    static final double NEW_MATTRESS_YEARS = 5;
    static final double NOTICEABLE_SAG_CM = 2.5;
    /** A topper only helps a mattress that is much too firm and still sound. */
    static final double TOPPER_STEPS_ABOVE_RANGE = 2;
    static final double TOPPER_MAX_AGE_YEARS = 8;
    /** NHS: knee rolls and bottom-to-heels stretch, 8-10 repeats daily. */
    static final String STRETCH_REPEATS = "8-10";

    public List<PostureTip> advise(Profile profile, FirmnessRange range, MedicalResult medical, EngineTexts texts) {
        Positions pos = profile.positions();
        Symptoms s = profile.symptoms();
        CurrentMattress bed = profile.currentMattress();
        boolean lowBack = s.hasPainIn(PainArea.LOWER_BACK);
        boolean shoulderOrHip = s.hasPainIn(PainArea.SHOULDER) || s.hasPainIn(PainArea.HIP);
        List<PostureTip> tips = new ArrayList<>();

        if (replaceMattress(bed, s)) {
            tips.add(replaceTip(bed, texts));
        }
        if (topper(bed, range)) {
            tips.add(new PostureTip(PostureCode.TOPPER, texts.text("posture.TOPPER",
                    texts.number(bed.firmness()), texts.number(range.min()), texts.number(range.max()))));
        }
        if (pos.atLeast(Position.STOMACH, USED_SHARE) && s.anyPain()) {
            tips.add(tip(PostureCode.TRY_SIDE_OR_BACK, texts));
        }
        if (pos.atLeast(Position.SIDE, USED_SHARE) && (lowBack || s.hasPainIn(PainArea.HIP))) {
            tips.add(tip(PostureCode.PILLOW_BETWEEN_KNEES, texts));
        }
        if (pos.atLeast(Position.BACK, USED_SHARE) && lowBack) {
            tips.add(tip(PostureCode.PILLOW_UNDER_KNEES, texts));
        }
        if (pos.atLeast(Position.STOMACH, USED_SHARE)) {
            tips.add(tip(PostureCode.PILLOW_UNDER_HIPS, texts));
        }
        if (pos.atLeast(Position.SIDE, MOSTLY_SIDE_SHARE) && shoulderOrHip) {
            tips.add(tip(PostureCode.ALTERNATE_SIDES, texts));
        }
        if (s.hasPainIn(PainArea.NECK) || s.hasPainIn(PainArea.SHOULDER)) {
            tips.add(loftTip(profile, texts));
        }
        if (s.morningPain() != null && s.morningPain() >= LOG_ROLL_PAIN) {
            tips.add(tip(PostureCode.LOG_ROLL, texts));
        }
        boolean stiffness = s.morningStiffnessMinutes() != null && s.morningStiffnessMinutes() > 0;
        if ((stiffness || lowBack) && !exerciseWithheld(medical)) {
            tips.add(new PostureTip(PostureCode.MORNING_STRETCHES,
                    texts.text("posture.MORNING_STRETCHES", STRETCH_REPEATS)));
        }
        tips.sort(Comparator.comparing(PostureTip::code));
        return tips;
    }

    /** MEDICAL-RULES.md: no exercise advice with URGENT, nor with a serious cause at SOON or above. */
    static boolean exerciseWithheld(MedicalResult medical) {
        return medical.level() == MedicalLevel.URGENT
                || medical.has(FlagCode.FRACTURE, MedicalLevel.SOON)
                || medical.has(FlagCode.INFECTION, MedicalLevel.SOON)
                || medical.has(FlagCode.MALIGNANCY, MedicalLevel.SOON);
    }

    static boolean replaceMattress(CurrentMattress bed, Symptoms s) {
        double sag = bed.sagCm() == null ? 0 : bed.sagCm();
        boolean worn = sag >= WARRANTY_SAG_CM
                || (bed.ageYears() != null && bed.ageYears() >= END_OF_LIFE_YEARS && s.anyPain());
        boolean stillNew = bed.ageYears() != null && bed.ageYears() < NEW_MATTRESS_YEARS && sag < NOTICEABLE_SAG_CM;
        return worn && !stillNew;
    }

    static boolean topper(CurrentMattress bed, FirmnessRange range) {
        boolean old = bed.ageYears() != null && bed.ageYears() >= TOPPER_MAX_AGE_YEARS;
        boolean sagging = bed.sagCm() != null && bed.sagCm() >= NOTICEABLE_SAG_CM;
        return bed.firmness() != null && bed.firmness() >= range.max() + TOPPER_STEPS_ABOVE_RANGE
                && !old && !sagging;
    }

    private static PostureTip replaceTip(CurrentMattress bed, EngineTexts texts) {
        if (bed.sagCm() != null && bed.sagCm() >= WARRANTY_SAG_CM) {
            return new PostureTip(PostureCode.REPLACE_MATTRESS,
                    texts.text("posture.REPLACE_MATTRESS.sag", texts.number(bed.sagCm())));
        }
        return new PostureTip(PostureCode.REPLACE_MATTRESS,
                texts.text("posture.REPLACE_MATTRESS.age", texts.number(bed.ageYears())));
    }

    private static PostureTip loftTip(Profile profile, EngineTexts texts) {
        Position main = profile.positions().main();
        OptionalDouble loft = PillowLoft.forSleeper(profile.sleeper(), main);
        String height = loft.isPresent() ? texts.number(loft.getAsDouble())
                : texts.number(PillowLoft.minCm(main)) + "-" + texts.number(PillowLoft.maxCm(main));
        return new PostureTip(PostureCode.PILLOW_LOFT, texts.text("posture.PILLOW_LOFT." + main, height));
    }

    private static PostureTip tip(PostureCode code, EngineTexts texts) {
        return new PostureTip(code, texts.text("posture." + code));
    }
}
