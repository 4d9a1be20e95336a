package com.restwise.engine;

import static com.restwise.engine.advice.MedicalLevel.ROUTINE;
import static com.restwise.engine.advice.MedicalLevel.SOON;
import static com.restwise.engine.advice.MedicalLevel.URGENT;
import static com.restwise.engine.profile.WarningSign.BLADDER_OR_BOWEL_CHANGE;
import static com.restwise.engine.profile.WarningSign.BOTH_LEGS;
import static com.restwise.engine.profile.WarningSign.CANCER_HISTORY;
import static com.restwise.engine.profile.WarningSign.CHEST_SIGNS;
import static com.restwise.engine.profile.WarningSign.FEVER;
import static com.restwise.engine.profile.WarningSign.FLANK_PAIN;
import static com.restwise.engine.profile.WarningSign.IMMUNOSUPPRESSION;
import static com.restwise.engine.profile.WarningSign.INJECTED_DRUG_USE;
import static com.restwise.engine.profile.WarningSign.LEG_WEAKNESS;
import static com.restwise.engine.profile.WarningSign.LONG_TERM_STEROIDS;
import static com.restwise.engine.profile.WarningSign.MAJOR_TRAUMA;
import static com.restwise.engine.profile.WarningSign.NECK_ARTERY_SIGNS;
import static com.restwise.engine.profile.WarningSign.NECK_CORD_SIGNS;
import static com.restwise.engine.profile.WarningSign.NIGHT_SWEATS;
import static com.restwise.engine.profile.WarningSign.OSTEOPOROSIS;
import static com.restwise.engine.profile.WarningSign.RECENT_SPINE_PROCEDURE;
import static com.restwise.engine.profile.WarningSign.RECENT_TRAUMA;
import static com.restwise.engine.profile.WarningSign.SADDLE_NUMBNESS;
import static com.restwise.engine.profile.WarningSign.UNEXPLAINED_WEIGHT_LOSS;
import static com.restwise.engine.profile.WarningSign.URINARY_SYMPTOMS;

import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.UnansweredSigns;
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
import java.util.function.Predicate;

/**
 * The medical screen of docs/medical-rules.md: 37 rows checked top to bottom, each giving a
 * flag with its level, text, rule in plain words and sources. It reads the profile only;
 * nothing in the mattress scoring reads its result. Yes/no answers count only when given
 * explicitly ({@code Boolean.TRUE.equals(x)}, {@code Boolean.FALSE.equals(x)}); an absent age
 * leaves every age condition unmet.
 */
public final class MedicalScreen {

    /** Rows 24-25: new spine pain from this age (>= 50) is checked (Finucane 2020). */
    static final int NEW_PAIN_AGE = 50;
    /** Rows 21-23: "age over 70" (> 70). */
    static final int FRACTURE_AGE = 70;
    /** Row 10: a major trauma this recent (or of unknown date) is urgent. */
    static final int RECENT_TRAUMA_WEEKS = 4;
    /** Rows 23-25: "new" pain, up to 12 weeks. */
    static final int NEW_PAIN_WEEKS = 12;
    /** ASAS and Berlin items count only for back pain of 13 weeks or more. */
    static final int INFLAMMATORY_MIN_WEEKS = 13;
    /** Row 25: at least 4 of the 5 ASAS items (Sieper 2009). */
    static final int ASAS_MIN_ITEMS = 4;
    /** ASAS item 1: age at onset under 40. */
    static final double ASAS_ONSET_AGE = 40;
    /** Berlin items count only with an age at onset under 45 (Rudwaleit 2006). */
    static final double BERLIN_ONSET_AGE = 45;
    /** ASAS item 5 and Berlin item (a): morning stiffness of 30 minutes or more. */
    static final int LONG_STIFFNESS_MINUTES = 30;

    static final double WEEKS_PER_YEAR = 52;
    /** Pain that began within a year of the mattress's arrival may come from it. */
    static final double MATTRESS_AND_PAIN_YEARS = 1;
    /** Row 33: pain lasting more than 6 weeks. */
    static final int PERSISTENT_WEEKS = 6;
    /** Rows 6, 13, 24: pain of 7 or more. */
    static final int SEVERE_PAIN = 7;

    /** Row 37: the category of a ticked sign that no row above flagged. */
    private static final Map<WarningSign, FlagCode> CATEGORY = new EnumMap<>(WarningSign.class);

    static {
        for (WarningSign s : List.of(RECENT_TRAUMA, MAJOR_TRAUMA, OSTEOPOROSIS, LONG_TERM_STEROIDS)) {
            CATEGORY.put(s, FlagCode.FRACTURE);
        }
        for (WarningSign s : List.of(UNEXPLAINED_WEIGHT_LOSS, CANCER_HISTORY)) {
            CATEGORY.put(s, FlagCode.MALIGNANCY);
        }
        for (WarningSign s : List.of(FLANK_PAIN, URINARY_SYMPTOMS)) {
            CATEGORY.put(s, FlagCode.KIDNEY);
        }
        for (WarningSign s : List.of(FEVER, NIGHT_SWEATS, IMMUNOSUPPRESSION, INJECTED_DRUG_USE)) {
            CATEGORY.put(s, FlagCode.INFECTION);
        }
    }

    private static final String IFOMPT_CERVICAL = "Rushton 2023 (IFOMPT cervical framework)";

    /**
     * Rows 1 to 36 of docs/medical-rules.md, in order. {@code key} names the row's text
     * ({@code medical.KEY}) and rule ({@code rule.KEY}); {@code accounts} are the signs a row
     * speaks for when it fires, so that row 37 leaves them alone.
     */
    static final List<Row> ROWS = List.of(
            row(
                    1,
                    "cauda-equina",
                    FlagCode.CAUDA_EQUINA,
                    URGENT,
                    f -> f.has(SADDLE_NUMBNESS) || f.has(BLADDER_OR_BOWEL_CHANGE),
                    List.of("NICE NG59", "GIRFT CES 2023", "Finucane 2020"),
                    SADDLE_NUMBNESS,
                    BLADDER_OR_BOWEL_CHANGE),
            row(
                    2,
                    "cauda-equina.both-legs",
                    FlagCode.CAUDA_EQUINA,
                    URGENT,
                    f -> f.has(BOTH_LEGS),
                    List.of("GIRFT CES 2023", "Finucane 2020"),
                    BOTH_LEGS),
            row(
                    3,
                    "nerve-root.weakness",
                    FlagCode.NERVE_ROOT,
                    URGENT,
                    f -> f.has(LEG_WEAKNESS),
                    List.of("NICE NG59", "Finucane 2020"),
                    LEG_WEAKNESS),
            row(
                    4,
                    "neck-artery",
                    FlagCode.NECK_ARTERY,
                    URGENT,
                    f -> f.has(NECK_ARTERY_SIGNS),
                    List.of(IFOMPT_CERVICAL),
                    NECK_ARTERY_SIGNS),
            row(
                    5,
                    "chest",
                    FlagCode.CHEST,
                    URGENT,
                    f -> f.has(CHEST_SIGNS),
                    List.of("NICE CG95", "Finucane 2020"),
                    CHEST_SIGNS),
            row(
                    6,
                    "infection.at-risk",
                    FlagCode.INFECTION,
                    URGENT,
                    f -> f.has(FEVER)
                            && (f.has(INJECTED_DRUG_USE)
                                    || f.has(IMMUNOSUPPRESSION)
                                    || f.has(LONG_TERM_STEROIDS)
                                    || f.has(RECENT_SPINE_PROCEDURE)),
                    List.of("Finucane 2020", "NICE NG59"),
                    FEVER,
                    INJECTED_DRUG_USE,
                    IMMUNOSUPPRESSION,
                    LONG_TERM_STEROIDS,
                    RECENT_SPINE_PROCEDURE),
            row(
                    7,
                    "infection.severe",
                    FlagCode.INFECTION,
                    URGENT,
                    f -> f.has(FEVER) && f.severeOrConstant(),
                    List.of("Finucane 2020"),
                    FEVER),
            row(
                    8,
                    "infection.pregnant",
                    FlagCode.INFECTION,
                    URGENT,
                    f -> f.has(FEVER) && f.pregnant,
                    List.of("NICE CKS pyelonephritis", "NICE NG121"),
                    FEVER),
            row(
                    9,
                    "kidney.fever",
                    FlagCode.KIDNEY,
                    URGENT,
                    f -> f.has(FEVER) && f.has(FLANK_PAIN),
                    List.of("NICE CKS pyelonephritis"),
                    FEVER,
                    FLANK_PAIN),
            row(
                    10,
                    "malignancy.cancer-and-signs",
                    FlagCode.MALIGNANCY,
                    URGENT,
                    f -> f.has(CANCER_HISTORY)
                            && (f.has(LEG_WEAKNESS)
                                    || f.s.hasPainIn(PainArea.NECK)
                                    || f.s.hasPainIn(PainArea.UPPER_BACK)
                                    || (f.s.hasNightPain() && f.spinePain)),
                    List.of("NICE NG234"),
                    CANCER_HISTORY,
                    LEG_WEAKNESS),
            row(
                    11,
                    "fracture.major",
                    FlagCode.FRACTURE,
                    URGENT,
                    f -> f.has(MAJOR_TRAUMA) && (f.weeks == null || f.weeks <= RECENT_TRAUMA_WEEKS || f.pregnant),
                    List.of("Finucane 2020", "NICE NG41"),
                    MAJOR_TRAUMA),
            row(
                    12,
                    "fracture.major.later",
                    FlagCode.FRACTURE,
                    SOON,
                    f -> f.has(MAJOR_TRAUMA),
                    List.of("Finucane 2020"),
                    MAJOR_TRAUMA),
            row(
                    13,
                    "spinal-cord",
                    FlagCode.SPINAL_CORD,
                    SOON,
                    f -> f.has(NECK_CORD_SIGNS),
                    List.of(IFOMPT_CERVICAL),
                    NECK_CORD_SIGNS),
            // New spine pain is enough, as a spinal infection often begins without a fever.
            row(
                    14,
                    "infection.at-risk-severe",
                    FlagCode.INFECTION,
                    SOON,
                    f -> (f.has(INJECTED_DRUG_USE) || f.has(IMMUNOSUPPRESSION))
                            && !f.has(FEVER)
                            && (f.severeOrConstant() || (f.spinePain && f.newPain())),
                    List.of("Finucane 2020", "Davis 2004"),
                    INJECTED_DRUG_USE,
                    IMMUNOSUPPRESSION),
            row(
                    15,
                    "infection.fever",
                    FlagCode.INFECTION,
                    SOON,
                    f -> f.has(FEVER) && !f.accounted(FEVER) && f.s.anyPain(),
                    List.of("NICE NG59"),
                    FEVER),
            row(
                    16,
                    "kidney.urinary",
                    FlagCode.KIDNEY,
                    SOON,
                    f -> f.has(FLANK_PAIN) && f.has(URINARY_SYMPTOMS) && !f.has(FEVER),
                    List.of("NICE CKS"),
                    FLANK_PAIN,
                    URINARY_SYMPTOMS),
            row(
                    17,
                    "kidney.pregnant",
                    FlagCode.KIDNEY,
                    SOON,
                    f -> (f.has(FLANK_PAIN) || f.has(URINARY_SYMPTOMS)) && f.pregnant && !f.has(FEVER),
                    List.of("NICE CKS UTI in pregnancy"),
                    FLANK_PAIN,
                    URINARY_SYMPTOMS),
            row(
                    18,
                    "malignancy.cancer",
                    FlagCode.MALIGNANCY,
                    SOON,
                    f -> f.has(CANCER_HISTORY) && !f.accounted(CANCER_HISTORY) && f.s.anyPain(),
                    List.of("NICE NG234", "Downie 2013"),
                    CANCER_HISTORY),
            row(
                    19,
                    "malignancy.weight-loss",
                    FlagCode.MALIGNANCY,
                    SOON,
                    f -> f.has(UNEXPLAINED_WEIGHT_LOSS) && f.s.anyPain(),
                    List.of("NICE NG12", "Finucane 2020"),
                    UNEXPLAINED_WEIGHT_LOSS),
            row(
                    20,
                    "infection.sweats",
                    FlagCode.INFECTION,
                    SOON,
                    f -> f.has(NIGHT_SWEATS) && f.has(UNEXPLAINED_WEIGHT_LOSS),
                    List.of("Finucane 2020"),
                    NIGHT_SWEATS,
                    UNEXPLAINED_WEIGHT_LOSS),
            row(
                    21,
                    "fracture.trauma",
                    FlagCode.FRACTURE,
                    SOON,
                    f -> f.has(RECENT_TRAUMA) && f.fragileBones(),
                    List.of("Finucane 2020", "NICE NG59"),
                    RECENT_TRAUMA,
                    OSTEOPOROSIS,
                    LONG_TERM_STEROIDS),
            row(
                    22,
                    "fracture.sudden",
                    FlagCode.FRACTURE,
                    SOON,
                    f -> f.fragileBones() && Boolean.FALSE.equals(f.s.gradualOnset()),
                    List.of("Finucane 2020"),
                    OSTEOPOROSIS,
                    LONG_TERM_STEROIDS),
            row(
                    23,
                    "fracture.fragile",
                    FlagCode.FRACTURE,
                    SOON,
                    f -> f.fragilityCount() >= 2 && f.backPain && f.newPain(),
                    List.of("Finucane 2020"),
                    OSTEOPOROSIS,
                    LONG_TERM_STEROIDS),
            // Pain that never lets up at night is non-mechanical at any age; waking from 50.
            row(
                    24,
                    "new-night-pain",
                    FlagCode.NEW_NIGHT_PAIN,
                    SOON,
                    f -> f.spinePain
                            && f.newPain()
                            && (f.s.nightPain() == NightPain.CONSTANT || (f.from50() && f.s.hasNightPain())),
                    List.of("Finucane 2020", "NICE NG59")),
            row(
                    25,
                    "thoracic-pain",
                    FlagCode.THORACIC_PAIN,
                    ROUTINE,
                    f -> f.from50() && f.s.hasPainIn(PainArea.UPPER_BACK) && f.newPain(),
                    List.of("Finucane 2020")),
            row(
                    26,
                    "night-only-pain",
                    FlagCode.NIGHT_ONLY_PAIN,
                    SOON,
                    f -> f.s.hasNightPain()
                            && Boolean.FALSE.equals(f.s.daytimePain())
                            && (f.spinePain || f.s.painAreas().isEmpty()),
                    List.of("Finucane 2020", "NICE NG59")),
            row(
                    27,
                    "severe-constant-pain",
                    FlagCode.SEVERE_CONSTANT_PAIN,
                    SOON,
                    f -> f.s.morningPain() != null
                            && f.s.morningPain() >= SEVERE_PAIN
                            && f.s.nightPain() == NightPain.CONSTANT,
                    List.of("Finucane 2020", "NICE NG59")),
            row(
                    28,
                    "inflammatory.asas",
                    FlagCode.INFLAMMATORY,
                    ROUTINE,
                    f -> asasItems(f) >= ASAS_MIN_ITEMS,
                    List.of("Sieper 2009", "NICE NG65")),
            row(
                    29,
                    "inflammatory.berlin",
                    FlagCode.INFLAMMATORY,
                    ROUTINE,
                    f -> berlinItems(f) == 3,
                    List.of("Rudwaleit 2006")),
            row(
                    30,
                    "inflammatory.berlin-two",
                    FlagCode.INFLAMMATORY,
                    ROUTINE,
                    f -> berlinItems(f) == 2,
                    List.of("Rudwaleit 2006")),
            row(
                    31,
                    "nerve-root.sciatica",
                    FlagCode.NERVE_ROOT,
                    ROUTINE,
                    f -> Boolean.TRUE.equals(f.s.legPainBelowKnee()) && !f.has(LEG_WEAKNESS),
                    List.of("NICE NG59")),
            row(
                    32,
                    "pregnancy",
                    FlagCode.PREGNANCY,
                    ROUTINE,
                    f -> f.pregnant && f.s.anyPain(),
                    List.of("NICE CG192/NG201 antenatal care")),
            row(
                    33,
                    "persistent-pain",
                    FlagCode.PERSISTENT_PAIN,
                    ROUTINE,
                    f -> f.weeks != null && f.weeks > PERSISTENT_WEEKS && f.s.anyPain(),
                    List.of("NICE NG59")),
            row(
                    34,
                    "after-spine-procedure",
                    FlagCode.AFTER_SPINE_PROCEDURE,
                    ROUTINE,
                    f -> f.has(RECENT_SPINE_PROCEDURE) && !f.accounted(RECENT_SPINE_PROCEDURE),
                    List.of("Finucane 2020"),
                    RECENT_SPINE_PROCEDURE),
            // Rows 35 and 36 (added after the 2.1 review) come last so that the numbers cited since 2.0 stay as they
            // were.
            row(
                    35,
                    "fracture.fall.pregnant",
                    FlagCode.FRACTURE,
                    URGENT,
                    f -> f.has(RECENT_TRAUMA) && f.pregnantFrom20(),
                    List.of("SOGC 2015 (trauma in pregnancy)", "BSH 2014 (anti-D)"),
                    RECENT_TRAUMA),
            row(
                    36,
                    "fracture.age",
                    FlagCode.FRACTURE,
                    ROUTINE,
                    f -> f.over70() && f.backPain && f.newPain(),
                    List.of("Downie 2013", "Finucane 2020")));

    /** Row 37's sources. */
    static final List<String> SIGN_SOURCES = List.of("Finucane 2020");

    static final int SIGN_ROW = 37;

    public MedicalResult screen(Profile profile, EngineTexts texts) {
        Facts facts = new Facts(profile);
        Map<FlagCode, Fired> byCode = new LinkedHashMap<>();
        for (Row row : fire(facts)) {
            Fired existing = byCode.get(row.code);
            // One flag per code at its most pressing level; at equal level the first row speaks.
            if (existing == null || row.level.compareTo(existing.row.level) > 0) {
                byCode.put(row.code, new Fired(row, List.of()));
            }
        }
        Map<FlagCode, List<WarningSign>> left = new EnumMap<>(FlagCode.class);
        for (WarningSign sign : WarningSign.values()) {
            if (facts.has(sign) && !facts.accounted.contains(sign) && CATEGORY.containsKey(sign)) {
                left.computeIfAbsent(CATEGORY.get(sign), c -> new ArrayList<>()).add(sign);
            }
        }
        left.forEach((code, signs) -> byCode.putIfAbsent(
                code, new Fired(new Row(SIGN_ROW, "sign", code, ROUTINE, f -> true, SIGN_SOURCES, List.of()), signs)));

        MedicalLevel level = byCode.values().stream()
                .map(fired -> fired.row.level)
                .max(Comparator.naturalOrder())
                .orElse(MedicalLevel.NONE);
        List<MedicalFlag> flags = new ArrayList<>();
        byCode.forEach((code, fired) -> flags.add(new MedicalFlag(
                code,
                fired.row.level,
                besideMorePressing(fired, level) ? alsoText(fired, facts, texts) : flagText(fired, facts, texts),
                texts.text("rule." + fired.row.key),
                fired.row.sources)));
        flags.sort(Comparator.comparing(MedicalFlag::level).reversed());
        List<WarningSign> notAnswered = notAnswered(profile.symptoms());
        return new MedicalResult(
                level,
                flags,
                levelAdvice(level, flags, facts, notAnswered, texts),
                safetyNet(facts, flags, texts),
                MedicalResult.mattressCanWait(level, flags),
                notAnswered == null || notAnswered.isEmpty()
                        ? null
                        : new UnansweredSigns(
                                notAnswered,
                                texts.text(
                                        "medical.not-answered",
                                        signList(notAnswered, texts.text("list.separator.long"), texts))));
    }

    /**
     * The signs that were asked but neither ticked nor answered "no", in the profile's order; null
     * when the profile does not record the "no" answers (written before 2.1), which keeps the
     * older reading that an unticked sign is absent. The neck signs are asked only with neck pain;
     * the two injuries are one question, answered once either is ticked.
     */
    public static List<WarningSign> notAnswered(Symptoms s) {
        if (s.warningSignsNo() == null) {
            return null;
        }
        boolean injury = s.hasSign(RECENT_TRAUMA) || s.hasSign(MAJOR_TRAUMA);
        List<WarningSign> open = new ArrayList<>();
        for (WarningSign sign : WarningSign.values()) {
            boolean asked = !sign.neckOnly() || s.hasPainIn(PainArea.NECK);
            boolean answered = s.hasSign(sign)
                    || s.warningSignsNo().contains(sign)
                    || (injury && (sign == RECENT_TRAUMA || sign == MAJOR_TRAUMA));
            if (asked && !answered) {
                open.add(sign);
            }
        }
        return open;
    }

    /**
     * A flag below a SOON or URGENT one on the same page: its own text would reassure ("often
     * settles") or set a later time ("within days", "at your next visit") beside "go now", and
     * give an anxious person a reason to wait.
     */
    private static boolean besideMorePressing(Fired fired, MedicalLevel level) {
        return level.atLeast(SOON) && fired.row.level.compareTo(level) < 0;
    }

    /** The short text of a flag beside a more pressing one: tell the people who see you about it too. */
    private static String alsoText(Fired fired, Facts f, EngineTexts texts) {
        if (!fired.signs.isEmpty()) {
            return texts.text("medical.sign.also", signList(fired.signs, texts));
        }
        String key = fired.row.key;
        // One short text per row below URGENT (an URGENT row is never beside a more pressing one).
        return switch (key) {
            case "pregnancy" -> texts.text("medical.pregnancy.also", f.pregnancyWeeks);
            case "fracture.trauma", "fracture.sudden", "fracture.fragile" -> texts.text(
                    "medical.fracture.fragile-bones.also", fragilityFactors(f.profile, texts));
            case "inflammatory.asas", "inflammatory.berlin", "inflammatory.berlin-two" -> texts.text(
                    "medical.inflammatory.also");
            case "fracture.age" -> texts.text(
                    "medical.fracture.fragile-bones.also", fragilityFactors(f.profile, texts));
            case "kidney.pregnant" -> texts.text("medical.kidney.pregnant.also");
            case "infection.at-risk-severe" -> texts.text("medical." + key + ".also", infectionReasons(f, texts));
            case "new-night-pain" -> texts.text("medical." + key + f.constantNightPain() + ".also");
            default -> texts.text("medical." + key + ".also");
        };
    }

    private static String signList(List<WarningSign> signs, EngineTexts texts) {
        return signList(signs, texts.text("list.separator"), texts);
    }

    /** The signs in words; a long list of signs that have commas of their own is split by semicolons. */
    private static String signList(List<WarningSign> signs, String separator, EngineTexts texts) {
        StringJoiner named = new StringJoiner(separator);
        signs.forEach(sign -> named.add(texts.text("sign." + sign)));
        return named.toString();
    }

    /**
     * The person's own reasons for fragile bones, in words ("osteoporosis (thin bones) and an age
     * over 70"), or null when none applies: rows 20-22 and the heavy-work tip name only these.
     */
    static String fragilityFactors(Profile profile, EngineTexts texts) {
        List<String> factors = new ArrayList<>();
        if (profile.symptoms().hasSign(OSTEOPOROSIS)) {
            factors.add(texts.text("fracture.factor.OSTEOPOROSIS"));
        }
        if (profile.symptoms().hasSign(LONG_TERM_STEROIDS)) {
            factors.add(texts.text("fracture.factor.LONG_TERM_STEROIDS"));
        }
        Integer age = profile.sleeper().ageYears();
        if (age != null && age > FRACTURE_AGE) {
            factors.add(texts.text("fracture.factor.AGE"));
        }
        return factors.isEmpty() ? null : joinWithAnd(factors, texts);
    }

    /** The row numbers that fire for a profile, for tests and for docs/medical-rules.md's table. */
    static List<Integer> firingRows(Profile profile) {
        return fire(new Facts(profile)).stream().map(Row::number).toList();
    }

    /** Rows 1 to 36 that fire, in order, noting the signs each accounts for on the way. */
    private static List<Row> fire(Facts facts) {
        List<Row> fired = new ArrayList<>();
        for (Row row : ROWS) {
            if (row.when.test(facts)) {
                fired.add(row);
                for (WarningSign sign : row.accounts) {
                    if (facts.has(sign)) {
                        facts.accounted.add(sign);
                    }
                }
            }
        }
        return fired;
    }

    private static String flagText(Fired fired, Facts f, EngineTexts texts) {
        String key = fired.row.key;
        if (!fired.signs.isEmpty()) {
            return signText(fired.signs, f, texts);
        }
        return switch (key) {
                // A neck-only case is not told about the base of the spine.
            case "cauda-equina", "cauda-equina.both-legs" -> texts.text("medical." + key + (f.backPain ? ".back" : ""));
                // Before 20 weeks the place is the early pregnancy unit or the emergency department, not the maternity
                // unit.
            case "fracture.major" -> texts.text("medical." + key + (f.pregnant ? ".pregnant" + f.early() : ""));
            case "infection.pregnant", "kidney.pregnant", "pregnancy" -> texts.text("medical." + key + f.early());
            case "inflammatory.asas", "inflammatory.berlin", "inflammatory.berlin-two" -> texts.text(
                    "medical.inflammatory", inflammatoryFeatures(f, texts));
                // Only the person's own reasons for an infection; after a procedure, its team should know too.
            case "infection.at-risk" -> texts.text(
                    "medical." + key + (f.has(RECENT_SPINE_PROCEDURE) ? ".procedure" : ""), infectionReasons(f, texts));
            case "infection.at-risk-severe" -> texts.text("medical." + key, infectionReasons(f, texts));
            case "fracture.fall.pregnant" -> texts.text("medical." + key, f.pregnancyWeeks);
            case "new-night-pain" -> texts.text("medical." + key + f.constantNightPain());
                // Only the person's own reasons for fragile bones, not the whole list of the rule.
            case "fracture.trauma", "fracture.sudden", "fracture.fragile" -> texts.text(
                    "medical." + key, fragilityFactors(f.profile, texts));
                // Lasting pain in the hip or shoulder is not "back pain"; in pregnancy no promise about time.
                // Within 3 months of a spine procedure lasting pain is for that team to judge, not "unusual".
            case "persistent-pain" -> texts.text("medical." + key
                    + (f.pregnant
                            ? ".pregnant"
                            : f.has(RECENT_SPINE_PROCEDURE)
                                    ? ".procedure"
                                    : Boolean.TRUE.equals(f.s.widespreadPain())
                                            ? ".widespread"
                                            : f.backPain ? ".back" : ".area"));
            default -> texts.text("medical." + key);
        };
    }

    /**
     * Row 37's text: the signs in words. Someone without pain is not told "together with pain";
     * a fever without pain gets its own plain advice.
     */
    private static String signText(List<WarningSign> signs, Facts f, EngineTexts texts) {
        String variant = f.s.anyPain() ? "" : signs.contains(FEVER) ? ".no-pain.fever" : ".no-pain";
        return texts.text("medical.sign" + variant, signList(signs, texts));
    }

    /** The person's own reasons for an infection of the spine (rows 6 and 14), never the rule's whole list. */
    static String infectionReasons(Facts f, EngineTexts texts) {
        List<String> reasons = new ArrayList<>();
        for (WarningSign sign :
                List.of(INJECTED_DRUG_USE, IMMUNOSUPPRESSION, LONG_TERM_STEROIDS, RECENT_SPINE_PROCEDURE)) {
            if (f.has(sign)) {
                reasons.add(texts.text("infection.reason." + sign));
            }
        }
        return joinWithAnd(reasons, texts);
    }

    /** "a, b and c" in the advice's language. */
    private static String joinWithAnd(List<String> items, EngineTexts texts) {
        String last = items.remove(items.size() - 1);
        return items.isEmpty()
                ? last
                : String.join(texts.text("list.separator"), items) + texts.text("list.and") + last;
    }

    /**
     * The inflammatory features the person reported, in words: only answers given, never one
     * denied, and "not better with rest" only where the rest was not taken on the suspect mattress.
     */
    static String inflammatoryFeatures(Facts f, EngineTexts texts) {
        Symptoms s = f.s;
        List<String> features = new ArrayList<>();
        if (f.onsetAge != null && f.onsetAge < BERLIN_ONSET_AGE) {
            features.add(texts.text(
                    "inflammatory.feature.onset",
                    f.onsetAge < ASAS_ONSET_AGE ? (int) ASAS_ONSET_AGE : (int) BERLIN_ONSET_AGE));
        }
        if (Boolean.TRUE.equals(s.gradualOnset())) {
            features.add(texts.text("inflammatory.feature.gradual"));
        }
        if (Boolean.TRUE.equals(s.improvesWithExercise())) {
            features.add(texts.text("inflammatory.feature.exercise"));
        }
        if (Boolean.FALSE.equals(f.improvesWithRest())) {
            features.add(texts.text("inflammatory.feature.rest"));
        }
        if (s.nightPain() == NightPain.WAKES_ME) {
            features.add(texts.text("inflammatory.feature.night"));
        }
        if (f.longStiffness()) {
            features.add(texts.text("inflammatory.feature.stiffness"));
        }
        return joinWithAnd(features, texts);
    }

    /**
     * One sentence for the level; "a day or two" when an infection or fracture is suspected; the
     * midwife first for a pregnant person at ROUTINE.
     */
    private static String levelAdvice(
            MedicalLevel level, List<MedicalFlag> flags, Facts f, List<WarningSign> notAnswered, EngineTexts texts) {
        // A kidney infection is suspected with or without a fever (NICE CKS): same-day care.
        if (level == SOON && flags.stream().anyMatch(fl -> fl.level() == SOON && fl.code() == FlagCode.KIDNEY)) {
            return texts.text("medical.advice.SOON.today");
        }
        if (level == MedicalLevel.NONE && notAnswered != null && !notAnswered.isEmpty()) {
            return texts.text("medical.advice.NONE.not-answered");
        }
        if (level == SOON
                && flags.stream()
                        .anyMatch(fl -> fl.level() == SOON
                                && (fl.code() == FlagCode.INFECTION || fl.code() == FlagCode.FRACTURE))) {
            return texts.text("medical.advice.SOON.prompt");
        }
        // New pain between the shoulder blades from 50 has a time frame of its own.
        if (level == ROUTINE && flags.stream().anyMatch(fl -> fl.code() == FlagCode.THORACIC_PAIN)) {
            return texts.text("medical.advice.ROUTINE.weeks");
        }
        if (level == ROUTINE && f.pregnant) {
            return texts.text("medical.advice.ROUTINE.pregnant");
        }
        return texts.text("medical.advice." + level);
    }

    /**
     * What to watch for, at every level: the emergency signs always; the 6-week line unless the
     * pain is already flagged as lasting or a doctor is to be seen anyway; the pregnancy and
     * neck signs where they apply.
     */
    static String safetyNet(Facts f, List<MedicalFlag> flags, EngineTexts texts) {
        StringJoiner net = new StringJoiner(" ");
        // Under URGENT the person is on the way to care: the signs are for after they have been seen.
        boolean urgent = flags.stream().anyMatch(fl -> fl.level() == URGENT);
        net.add(texts.text("safety-net.always" + (urgent ? ".urgent" : "")));
        boolean seenAnyway = flags.stream()
                .anyMatch(fl ->
                        fl.code() == FlagCode.PERSISTENT_PAIN || fl.level().atLeast(SOON));
        // Without pain there is no pain to last: nothing to say about 6 weeks.
        if (!seenAnyway && (f.s.anyPain() || Boolean.TRUE.equals(f.s.legPainBelowKnee()))) {
            // In pregnancy no promise that pain passes by a date: what to watch for instead. Under a
            // ROUTINE flag the level's sentence has said whom to tell; this says when not to wait.
            net.add(texts.text(
                    "safety-net.lasting" + (f.pregnant ? ".pregnant" : "") + (flags.isEmpty() ? "" : ".routine")));
        }
        if (f.pregnant) {
            net.add(texts.text("safety-net.pregnancy" + f.early()));
        }
        if (f.has(RECENT_SPINE_PROCEDURE)) {
            // Someone who already has a fever is not told "if you get a fever".
            net.add(texts.text("safety-net.procedure" + (f.has(FEVER) ? ".fever" : "")));
        }
        if (f.s.hasPainIn(PainArea.NECK)) {
            net.add(texts.text("safety-net.neck"));
        }
        return net.toString();
    }

    /** ASAS inflammatory back-pain items met (Sieper 2009, item 5 as changed), or 0 where they do not apply. */
    static int asasItems(Facts f) {
        if (!f.longBackPain()) {
            return 0;
        }
        Symptoms s = f.s;
        int items = 0;
        if (f.onsetAge != null && f.onsetAge < ASAS_ONSET_AGE) {
            items++;
        }
        if (Boolean.TRUE.equals(s.gradualOnset())) {
            items++;
        }
        if (Boolean.TRUE.equals(s.improvesWithExercise())) {
            items++;
        }
        if (Boolean.FALSE.equals(f.improvesWithRest())) {
            items++;
        }
        // Changed in 2.0: those whose stiffness lasts longest answer "no" to "eases within an hour".
        if (s.nightPain() == NightPain.WAKES_ME
                && (Boolean.TRUE.equals(s.easesAfterGettingUp()) || f.longStiffness())) {
            items++;
        }
        return items;
    }

    /** Berlin items met (Rudwaleit 2006), or 0 where they do not apply (onset at 45 or later, or unknown). */
    static int berlinItems(Facts f) {
        if (!f.longBackPain() || f.onsetAge == null || f.onsetAge >= BERLIN_ONSET_AGE) {
            return 0;
        }
        Symptoms s = f.s;
        int items = 0;
        if (f.longStiffness()) {
            items++;
        }
        if (Boolean.TRUE.equals(s.improvesWithExercise()) && Boolean.FALSE.equals(f.improvesWithRest())) {
            items++;
        }
        if (s.nightPain() == NightPain.WAKES_ME) {
            items++;
        }
        return items;
    }

    private static Row row(
            int number,
            String key,
            FlagCode code,
            MedicalLevel level,
            Predicate<Facts> when,
            List<String> sources,
            WarningSign... accounts) {
        return new Row(number, key, code, level, when, sources, List.of(accounts));
    }

    /** One numbered row of the rules table. */
    record Row(
            int number,
            String key,
            FlagCode code,
            MedicalLevel level,
            Predicate<Facts> when,
            List<String> sources,
            List<WarningSign> accounts) {}

    /** A row that fired; {@code signs} are row 37's unflagged signs, empty for other rows. */
    private record Fired(Row row, List<WarningSign> signs) {}

    /** The definitions of docs/medical-rules.md, worked out once per profile. */
    static final class Facts {
        final Profile profile;
        final Symptoms s;
        final Integer age;
        final Integer pregnancyWeeks;
        final Integer weeks;
        final boolean pregnant;
        final boolean backPain;
        final boolean spinePain;
        /** Age minus duration in years; null when either is unknown. */
        final Double onsetAge;

        private final Set<WarningSign> signs;
        final Set<WarningSign> accounted = EnumSet.noneOf(WarningSign.class);

        Facts(Profile profile) {
            this.profile = profile;
            s = profile.symptoms();
            age = profile.sleeper().ageYears();
            pregnancyWeeks = profile.sleeper().pregnancyWeeks();
            weeks = s.durationWeeks();
            pregnant = profile.sleeper().pregnant();
            backPain = isBackPain(s);
            spinePain = backPain || s.hasPainIn(PainArea.NECK);
            onsetAge = age == null || weeks == null ? null : age - weeks / WEEKS_PER_YEAR;
            Set<WarningSign> ticked =
                    s.warningSigns().isEmpty() ? EnumSet.noneOf(WarningSign.class) : EnumSet.copyOf(s.warningSigns());
            // The wizard offers one trauma choice; a profile with both is read as major.
            if (ticked.contains(MAJOR_TRAUMA)) {
                ticked.remove(RECENT_TRAUMA);
            }
            signs = ticked;
        }

        boolean has(WarningSign sign) {
            return signs.contains(sign);
        }

        boolean accounted(WarningSign sign) {
            return accounted.contains(sign);
        }

        /** From 20 weeks the bump is out of the pelvis: a fall is for the maternity unit. */
        boolean pregnantFrom20() {
            return pregnancyWeeks != null && pregnancyWeeks >= PostureAdvisor.PREGNANCY_SIDE_WEEKS;
        }

        /** The key suffix of the new-night-pain texts for pain that never lets up at night. */
        String constantNightPain() {
            return s.nightPain() == NightPain.CONSTANT ? ".constant" : "";
        }

        boolean from50() {
            return age != null && age >= NEW_PAIN_AGE;
        }

        /** Pain of up to 12 weeks, or of unknown duration. */
        boolean newPain() {
            return weeks == null || weeks <= NEW_PAIN_WEEKS;
        }

        /** The key suffix for texts that, before 20 weeks of pregnancy, name other places. */
        String early() {
            return pregnancyWeeks != null && pregnancyWeeks < PostureAdvisor.PREGNANCY_SIDE_WEEKS ? ".early" : "";
        }

        /**
         * "Better with rest", unless the pain began about when the mattress arrived (its age and the
         * pain's duration within a year of each other): then the rest is taken on the mattress
         * under suspicion and says nothing about inflammation, so it counts as unanswered.
         */
        Boolean improvesWithRest() {
            Double mattressYears = profile.currentMattress().ageYears();
            if (mattressYears != null
                    && weeks != null
                    && Math.abs(mattressYears - weeks / WEEKS_PER_YEAR) <= MATTRESS_AND_PAIN_YEARS) {
                return null;
            }
            return s.improvesWithRest();
        }

        boolean over70() {
            return age != null && age > FRACTURE_AGE;
        }

        boolean fragileBones() {
            return has(OSTEOPOROSIS) || has(LONG_TERM_STEROIDS) || over70();
        }

        int fragilityCount() {
            return (over70() ? 1 : 0) + (has(OSTEOPOROSIS) ? 1 : 0) + (has(LONG_TERM_STEROIDS) ? 1 : 0);
        }

        boolean severeOrConstant() {
            return s.nightPain() == NightPain.CONSTANT || (s.morningPain() != null && s.morningPain() >= SEVERE_PAIN);
        }

        boolean longBackPain() {
            return backPain && weeks != null && weeks >= INFLAMMATORY_MIN_WEEKS;
        }

        boolean longStiffness() {
            return s.morningStiffnessMinutes() != null && s.morningStiffnessMinutes() >= LONG_STIFFNESS_MINUTES;
        }
    }

    /** "Back pain": the lower or upper back ticked, or morning pain with no area ticked. */
    static boolean isBackPain(Symptoms s) {
        return s.hasPainIn(PainArea.LOWER_BACK)
                || s.hasPainIn(PainArea.UPPER_BACK)
                || (s.painAreas().isEmpty() && s.morningPain() != null && s.morningPain() > 0);
    }
}
