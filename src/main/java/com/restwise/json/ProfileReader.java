package com.restwise.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Partner;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a profile document (docs/formats.md) into a {@link Profile}, validating every field and
 * reporting every problem at once. The engine never sees a half-valid profile.
 */
public final class ProfileReader {

    /** docs/formats.md ranges. */
    public static final double MIN_WEIGHT_KG = 30;

    public static final double MAX_WEIGHT_KG = 300;
    public static final double MIN_HEIGHT_CM = 120;
    public static final double MAX_HEIGHT_CM = 230;
    public static final int MIN_AGE = 16;
    public static final int MAX_AGE = 110;
    public static final int MIN_PREGNANCY_WEEKS = 1;
    public static final int MAX_PREGNANCY_WEEKS = 42;
    public static final double MIN_FIRMNESS = 1;
    public static final double MAX_FIRMNESS = 10;
    public static final double MAX_MATTRESS_AGE = 50;
    public static final double MAX_SAG_CM = 20;
    public static final int MAX_SCORE = 10;
    public static final int MAX_STIFFNESS_MINUTES = 600;
    public static final int MAX_DURATION_WEEKS = 2600;
    /** A price ceiling no real budget reaches; it keeps absurd numbers out. */
    public static final double MAX_BUDGET = 1_000_000;

    public static final Pattern SIZE = Pattern.compile("[1-9][0-9]{1,2}x[1-9][0-9]{2}");

    public Profile parse(String text) throws InvalidInputException {
        return read(StrictJson.parse(text));
    }

    public Profile read(JsonElement root) throws InvalidInputException {
        JsonObject doc = FieldReader.rootObject(root, "profile");
        FieldReader in = new FieldReader();
        in.schemaVersion(doc, Profile.SCHEMA_VERSION);
        Sleeper sleeper = sleeper(in, doc);
        Positions positions = positions(in, doc, "positions");
        CurrentMattress mattress = currentMattress(in, doc);
        Partner partner = partner(in, doc);
        Preferences preferences = preferences(in, doc);
        Symptoms symptoms = symptoms(in, doc);

        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new Profile(sleeper, positions, mattress, partner, preferences, symptoms);
    }

    private static Sleeper sleeper(FieldReader in, JsonObject doc) {
        JsonObject o = in.object(doc, "sleeper", "sleeper", true);
        if (o == null) {
            return null;
        }
        Double weight = in.number(o, "weightKg", "sleeper.weightKg", MIN_WEIGHT_KG, MAX_WEIGHT_KG, true);
        Double height = in.number(o, "heightCm", "sleeper.heightCm", MIN_HEIGHT_CM, MAX_HEIGHT_CM, false);
        Integer age = in.whole(o, "ageYears", "sleeper.ageYears", MIN_AGE, MAX_AGE, false);
        Sex sex = in.enumValue(o, "sex", "sleeper.sex", Sex.class, false);
        Integer pregnancyWeeks = in.whole(
                o, "pregnancyWeeks", "sleeper.pregnancyWeeks", MIN_PREGNANCY_WEEKS, MAX_PREGNANCY_WEEKS, false);
        Boolean floorIsHard = in.bool(o, "floorIsHard", "sleeper.floorIsHard");
        return weight == null ? null : new Sleeper(weight, height, age, sex, pregnancyWeeks, floorIsHard);
    }

    /** Position weights: known keys only, each >= 0, at least one > 0. */
    static Positions positions(FieldReader in, JsonObject parent, String path) {
        JsonObject o = in.object(parent, path.substring(path.lastIndexOf('.') + 1), path, true);
        if (o == null) {
            return null;
        }
        Map<Position, Double> weights = new EnumMap<>(Position.class);
        boolean valid = true;
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String entryPath = path + "." + e.getKey();
            Position position = null;
            for (Position p : Position.values()) {
                if (p.name().equals(e.getKey())) {
                    position = p;
                }
            }
            if (position == null) {
                in.problem(entryPath, "unknown position; must be one of " + FieldReader.names(Position.class));
                valid = false;
                continue;
            }
            Double w = in.nonNegative(e.getValue(), entryPath);
            if (w == null) {
                valid = false;
            } else {
                weights.put(position, w);
            }
        }
        if (!valid) {
            return null;
        }
        if (weights.values().stream().noneMatch(w -> w > 0)) {
            in.problem(path, "at least one of " + FieldReader.names(Position.class) + " must be more than 0");
            return null;
        }
        return Positions.of(weights);
    }

    private static CurrentMattress currentMattress(FieldReader in, JsonObject doc) {
        JsonObject o = in.object(doc, "currentMattress", "currentMattress", false);
        if (o == null) {
            return CurrentMattress.UNKNOWN;
        }
        return new CurrentMattress(
                in.number(o, "firmness", "currentMattress.firmness", MIN_FIRMNESS, MAX_FIRMNESS, false),
                in.enumValue(o, "type", "currentMattress.type", MattressType.class, false),
                in.number(o, "ageYears", "currentMattress.ageYears", 0, MAX_MATTRESS_AGE, false),
                in.number(o, "sagCm", "currentMattress.sagCm", 0, MAX_SAG_CM, false));
    }

    private static Partner partner(FieldReader in, JsonObject doc) {
        JsonObject o = in.object(doc, "partner", "partner", false);
        if (o == null) {
            return null;
        }
        Double weight = in.number(o, "weightKg", "partner.weightKg", MIN_WEIGHT_KG, MAX_WEIGHT_KG, true);
        Positions positions = positions(in, o, "partner.positions");
        return weight == null || positions == null ? null : new Partner(weight, positions);
    }

    private static Preferences preferences(FieldReader in, JsonObject doc) {
        JsonObject o = in.object(doc, "preferences", "preferences", false);
        if (o == null) {
            return Preferences.NONE;
        }
        String size = in.string(o, "size", "preferences.size", false);
        if (size != null && !SIZE.matcher(size).matches()) {
            in.problem("preferences.size", "must be WIDTHxLENGTH in cm, such as 160x200", o.get("size"));
            size = null;
        }
        return new Preferences(
                size,
                in.positive(o, "budgetMax", "preferences.budgetMax", MAX_BUDGET, false),
                in.bool(o, "sleepsHot", "preferences.sleepsHot"),
                in.bool(o, "avoidLatex", "preferences.avoidLatex"));
    }

    private static Symptoms symptoms(FieldReader in, JsonObject doc) {
        JsonObject o = in.object(doc, "symptoms", "symptoms", false);
        if (o == null) {
            return Symptoms.NONE;
        }
        String p = "symptoms.";
        Set<WarningSign> ticked = in.enumSet(o, "warningSigns", p + "warningSigns", WarningSign.class);
        Set<WarningSign> no = in.enumSet(o, "warningSignsNo", p + "warningSignsNo", WarningSign.class);
        if (ticked != null && no != null) {
            for (WarningSign sign : no) {
                if (ticked.contains(sign)) {
                    in.problem(p + "warningSignsNo", "must not name a sign that warningSigns ticks (" + sign + ")");
                }
            }
        }
        return new Symptoms(
                in.whole(o, "morningPain", p + "morningPain", 0, MAX_SCORE, false),
                in.whole(o, "sleepQuality", p + "sleepQuality", 0, MAX_SCORE, false),
                in.enumSet(o, "painAreas", p + "painAreas", PainArea.class),
                in.whole(o, "morningStiffnessMinutes", p + "morningStiffnessMinutes", 0, MAX_STIFFNESS_MINUTES, false),
                in.bool(o, "easesAfterGettingUp", p + "easesAfterGettingUp"),
                in.whole(o, "durationWeeks", p + "durationWeeks", 0, MAX_DURATION_WEEKS, false),
                in.enumValue(o, "nightPain", p + "nightPain", NightPain.class, false),
                in.bool(o, "daytimePain", p + "daytimePain"),
                in.bool(o, "worseWithActivity", p + "worseWithActivity"),
                in.bool(o, "improvesWithExercise", p + "improvesWithExercise"),
                in.bool(o, "improvesWithRest", p + "improvesWithRest"),
                in.bool(o, "gradualOnset", p + "gradualOnset"),
                in.bool(o, "legPainBelowKnee", p + "legPainBelowKnee"),
                ticked,
                in.whole(o, "stress", p + "stress", 0, MAX_SCORE, false),
                in.bool(o, "afterExertion", p + "afterExertion"),
                no,
                in.bool(o, "widespreadPain", p + "widespreadPain"));
    }
}
