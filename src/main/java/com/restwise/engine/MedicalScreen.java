package com.restwise.engine;

import static com.restwise.engine.advice.MedicalLevel.ROUTINE;
import static com.restwise.engine.advice.MedicalLevel.SOON;
import static com.restwise.engine.advice.MedicalLevel.URGENT;
import static com.restwise.engine.profile.WarningSign.BLADDER_OR_BOWEL_CHANGE;
import static com.restwise.engine.profile.WarningSign.CANCER_HISTORY;
import static com.restwise.engine.profile.WarningSign.FEVER;
import static com.restwise.engine.profile.WarningSign.FLANK_PAIN;
import static com.restwise.engine.profile.WarningSign.IMMUNOSUPPRESSION;
import static com.restwise.engine.profile.WarningSign.INJECTED_DRUG_USE;
import static com.restwise.engine.profile.WarningSign.LEG_WEAKNESS;
import static com.restwise.engine.profile.WarningSign.LONG_TERM_STEROIDS;
import static com.restwise.engine.profile.WarningSign.NIGHT_SWEATS;
import static com.restwise.engine.profile.WarningSign.OSTEOPOROSIS;
import static com.restwise.engine.profile.WarningSign.RECENT_TRAUMA;
import static com.restwise.engine.profile.WarningSign.SADDLE_NUMBNESS;
import static com.restwise.engine.profile.WarningSign.UNEXPLAINED_WEIGHT_LOSS;
import static com.restwise.engine.profile.WarningSign.URINARY_SYMPTOMS;

import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The red-flag rules of MEDICAL-RULES.md. It reads the profile only; nothing in the
 * mattress scoring reads its result. Yes/no answers count only when given explicitly:
 * {@code Boolean.TRUE.equals(x)} and {@code Boolean.FALSE.equals(x)}, never {@code x != Boolean.TRUE}.
 */
public final class MedicalScreen {

    /** "Age over 50" for weight loss (MEDICAL-RULES.md, after NICE NG59 / IFOMPT). */
    static final int WEIGHT_LOSS_AGE = 50;
    /** "Age over 70" for fracture. */
    static final int FRACTURE_AGE = 70;
    /** "durationWeeks >= 13": inflammatory items count only for back pain beyond 3 months. */
    static final int INFLAMMATORY_MIN_WEEKS = 13;
    /** "at least 4 of the 5 ASAS items" (Sieper et al. 2009). */
    static final int INFLAMMATORY_MIN_ITEMS = 4;
    /** ASAS item 1: age at onset under 40. */
    static final double INFLAMMATORY_ONSET_AGE = 40;
    static final double WEEKS_PER_YEAR = 52;
    /** "durationWeeks > 6 with any pain": beyond the 4-6 weeks ordinary back pain takes. */
    static final int PERSISTENT_WEEKS = 6;
    /** "morningPain >= 7 with nightPain CONSTANT". */
    static final int SEVERE_PAIN = 7;

    /** The last row's categories for a sign that no other rule flagged. */
    private static final Map<WarningSign, FlagCode> CATEGORY = new EnumMap<>(Map.of(
            RECENT_TRAUMA, FlagCode.FRACTURE,
            OSTEOPOROSIS, FlagCode.FRACTURE,
            LONG_TERM_STEROIDS, FlagCode.FRACTURE,
            UNEXPLAINED_WEIGHT_LOSS, FlagCode.MALIGNANCY,
            FLANK_PAIN, FlagCode.KIDNEY,
            URINARY_SYMPTOMS, FlagCode.KIDNEY,
            NIGHT_SWEATS, FlagCode.INFECTION,
            IMMUNOSUPPRESSION, FlagCode.INFECTION,
            INJECTED_DRUG_USE, FlagCode.INFECTION));

    public MedicalResult screen(Profile profile, EngineTexts texts) {
        Findings findings = new Findings(profile.symptoms());
        applyRules(profile, findings);
        return findings.toResult(texts);
    }

    private static void applyRules(Profile profile, Findings f) {
        Symptoms s = profile.symptoms();
        Integer age = profile.sleeper().ageYears();
        boolean nightPain = s.hasNightPain();

        if (f.has(SADDLE_NUMBNESS) || f.has(BLADDER_OR_BOWEL_CHANGE)) {
            f.flag(FlagCode.CAUDA_EQUINA, URGENT, "cauda-equina", SADDLE_NUMBNESS, BLADDER_OR_BOWEL_CHANGE);
        }
        if (f.has(LEG_WEAKNESS)) {
            f.flag(FlagCode.NERVE_ROOT, URGENT, "nerve-root.weakness", LEG_WEAKNESS);
        }
        if (f.has(FEVER) && (f.has(INJECTED_DRUG_USE) || f.has(IMMUNOSUPPRESSION) || f.has(LONG_TERM_STEROIDS))) {
            f.flag(FlagCode.INFECTION, URGENT, "infection.at-risk",
                    FEVER, INJECTED_DRUG_USE, IMMUNOSUPPRESSION, LONG_TERM_STEROIDS);
        }
        if (f.has(FEVER) && f.has(FLANK_PAIN)) {
            f.flag(FlagCode.KIDNEY, URGENT, "kidney.fever", FEVER, FLANK_PAIN);
        }
        if (f.has(CANCER_HISTORY) && (f.has(LEG_WEAKNESS) || nightPain || s.hasPainIn(PainArea.UPPER_BACK))) {
            f.flag(FlagCode.MALIGNANCY, URGENT, "malignancy.cancer-and-signs", CANCER_HISTORY);
        }
        if (f.has(FEVER) && !f.explained(FEVER)) {
            f.flag(FlagCode.INFECTION, SOON, "infection.fever", FEVER);
        }
        if (f.has(FLANK_PAIN) && f.has(URINARY_SYMPTOMS) && !f.has(FEVER)) {
            f.flag(FlagCode.KIDNEY, SOON, "kidney.urinary", FLANK_PAIN, URINARY_SYMPTOMS);
        }
        if (f.has(CANCER_HISTORY) && !f.explained(CANCER_HISTORY)) {
            f.flag(FlagCode.MALIGNANCY, SOON, "malignancy.cancer", CANCER_HISTORY);
        }
        if (f.has(UNEXPLAINED_WEIGHT_LOSS) && ((age != null && age > WEIGHT_LOSS_AGE) || nightPain)) {
            f.flag(FlagCode.MALIGNANCY, SOON, "malignancy.weight-loss", UNEXPLAINED_WEIGHT_LOSS);
        }
        if (f.has(NIGHT_SWEATS) && f.has(UNEXPLAINED_WEIGHT_LOSS)) {
            f.flag(FlagCode.INFECTION, SOON, "infection.sweats", NIGHT_SWEATS, UNEXPLAINED_WEIGHT_LOSS);
        }
        boolean over70 = age != null && age > FRACTURE_AGE;
        boolean fragileBones = f.has(OSTEOPOROSIS) || f.has(LONG_TERM_STEROIDS) || over70;
        if (f.has(RECENT_TRAUMA) && fragileBones) {
            f.flag(FlagCode.FRACTURE, SOON, "fracture.trauma", RECENT_TRAUMA, OSTEOPOROSIS, LONG_TERM_STEROIDS);
        }
        if (fragileBones && Boolean.FALSE.equals(s.gradualOnset())) {
            f.flag(FlagCode.FRACTURE, SOON, "fracture.sudden", OSTEOPOROSIS, LONG_TERM_STEROIDS);
        }
        if (nightPain && Boolean.FALSE.equals(s.daytimePain())) {
            f.flag(FlagCode.NIGHT_ONLY_PAIN, SOON, "night-only-pain");
        }
        if (s.morningPain() != null && s.morningPain() >= SEVERE_PAIN && s.nightPain() == NightPain.CONSTANT) {
            f.flag(FlagCode.SEVERE_CONSTANT_PAIN, SOON, "severe-constant-pain");
        }
        if (inflammatoryItems(profile) >= INFLAMMATORY_MIN_ITEMS) {
            f.flag(FlagCode.INFLAMMATORY, SOON, "inflammatory");
        }
        if (Boolean.TRUE.equals(s.legPainBelowKnee()) && !f.has(LEG_WEAKNESS)) {
            f.flag(FlagCode.NERVE_ROOT, ROUTINE, "nerve-root.sciatica");
        }
        if (s.durationWeeks() != null && s.durationWeeks() > PERSISTENT_WEEKS && s.anyPain()) {
            f.flag(FlagCode.PERSISTENT_PAIN, ROUTINE, "persistent-pain");
        }
        f.flagUnexplainedSigns();
    }

    /**
     * The ASAS inflammatory back-pain items that the answers meet, or 0 when the items do not
     * apply (no back pain lasting 13 weeks or more).
     */
    static int inflammatoryItems(Profile profile) {
        Symptoms s = profile.symptoms();
        boolean backPain = s.hasPainIn(PainArea.LOWER_BACK) || s.hasPainIn(PainArea.UPPER_BACK)
                || (s.painAreas().isEmpty() && s.anyPain());
        if (!backPain || s.durationWeeks() == null || s.durationWeeks() < INFLAMMATORY_MIN_WEEKS) {
            return 0;
        }
        Integer age = profile.sleeper().ageYears();
        int items = 0;
        if (age != null && age - s.durationWeeks() / WEEKS_PER_YEAR < INFLAMMATORY_ONSET_AGE) {
            items++;
        }
        if (Boolean.TRUE.equals(s.gradualOnset())) {
            items++;
        }
        if (Boolean.TRUE.equals(s.improvesWithExercise())) {
            items++;
        }
        if (Boolean.FALSE.equals(s.improvesWithRest())) {
            items++;
        }
        if (s.nightPain() == NightPain.WAKES_ME && Boolean.TRUE.equals(s.easesAfterGettingUp())) {
            items++;
        }
        return items;
    }

    /** Flags found so far, one per code at its most pressing level, and the signs they account for. */
    private static final class Findings {
        private final Set<WarningSign> signs;
        private final Set<WarningSign> explained = EnumSet.noneOf(WarningSign.class);
        private final Map<FlagCode, Finding> byCode = new LinkedHashMap<>();

        Findings(Symptoms symptoms) {
            this.signs = symptoms.warningSigns();
        }

        boolean has(WarningSign sign) {
            return signs.contains(sign);
        }

        boolean explained(WarningSign sign) {
            return explained.contains(sign);
        }

        /** Records a rule that fired; {@code accounted} are the ticked signs it speaks for. */
        void flag(FlagCode code, MedicalLevel level, String rule, WarningSign... accounted) {
            for (WarningSign sign : accounted) {
                if (has(sign)) {
                    explained.add(sign);
                }
            }
            Finding existing = byCode.get(code);
            if (existing == null || level.compareTo(existing.level) > 0) {
                byCode.put(code, new Finding(level, rule, List.of()));
            }
        }

        void flagUnexplainedSigns() {
            Map<FlagCode, List<WarningSign>> left = new EnumMap<>(FlagCode.class);
            for (WarningSign sign : WarningSign.values()) {
                if (has(sign) && !explained(sign) && CATEGORY.containsKey(sign)) {
                    left.computeIfAbsent(CATEGORY.get(sign), c -> new ArrayList<>()).add(sign);
                }
            }
            left.forEach((code, list) -> {
                if (!byCode.containsKey(code)) {
                    byCode.put(code, new Finding(ROUTINE, "sign", list));
                }
            });
        }

        MedicalResult toResult(EngineTexts texts) {
            List<MedicalFlag> flags = new ArrayList<>();
            byCode.forEach((code, finding) -> flags.add(
                    new MedicalFlag(code, finding.level, finding.text(texts), null, List.of())));
            flags.sort(Comparator.comparing(MedicalFlag::level).reversed());
            MedicalLevel level = flags.isEmpty() ? MedicalLevel.NONE : flags.get(0).level();
            return new MedicalResult(level, flags, texts.text("medical.advice." + level), null,
                    MedicalResult.mattressCanWait(level, flags));
        }
    }

    private record Finding(MedicalLevel level, String rule, List<WarningSign> signs) {
        String text(EngineTexts texts) {
            if (signs.isEmpty()) {
                return texts.text("medical." + rule);
            }
            StringJoiner named = new StringJoiner("; ");
            signs.forEach(sign -> named.add(texts.text("sign." + sign)));
            return texts.text("medical." + rule, named);
        }
    }
}
