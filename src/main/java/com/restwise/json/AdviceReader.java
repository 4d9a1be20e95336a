package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.Alignment;
import com.restwise.engine.advice.AlignmentPoint;
import com.restwise.engine.advice.AlignmentVerdict;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.FlagCode;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.advice.UnansweredSigns;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.WarningSign;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an advice document back, as saved with a consultation, so an old consultation shows
 * what was said then even after the engine has changed. Validated like a profile.
 */
public final class AdviceReader {

    public Advice read(JsonElement root) throws InvalidInputException {
        JsonObject doc = FieldReader.rootObject(root, "advice");
        FieldReader in = new FieldReader();
        in.schemaVersion(doc, 1);
        String engine = in.string(doc, "engineVersion", "engineVersion", true);
        String lang = in.string(doc, "lang", "lang", true);
        FirmnessRange firmness = range(in, in.object(doc, "firmness", "firmness", true), "firmness");
        FirmnessRange partner =
                range(in, in.object(doc, "partnerFirmness", "partnerFirmness", false), "partnerFirmness");
        // Optional: advice saved by engine 1.x has no verdict.
        MattressVerdict verdict = verdict(in, in.object(doc, "mattressVerdict", "mattressVerdict", false));
        List<RankedOption> options = new ArrayList<>();
        JsonArray optionArray = in.array(doc, "options", "options", true);
        if (optionArray != null) {
            for (int i = 0; i < optionArray.size(); i++) {
                String p = "options[" + i + "]";
                JsonElement e = optionArray.get(i);
                if (!e.isJsonObject()) {
                    in.problem(p, "must be an object", e);
                    continue;
                }
                JsonObject o = e.getAsJsonObject();
                String id = in.string(o, "id", p + ".id", true);
                String name = in.string(o, "name", p + ".name", true);
                Double f = in.number(o, "firmness", p + ".firmness", 1, 10, true);
                MattressType type = in.enumValue(o, "type", p + ".type", MattressType.class, true);
                String size = in.string(o, "size", p + ".size", true);
                Double price = in.positive(o, "price", p + ".price", 1_000_000, true);
                String currency = in.string(o, "currency", p + ".currency", true);
                Double score = in.number(o, "score", p + ".score", 0, 1, true);
                List<String> reasons = strings(in, o, "reasons", p + ".reasons");
                if (id != null
                        && name != null
                        && f != null
                        && type != null
                        && size != null
                        && price != null
                        && currency != null
                        && score != null) {
                    options.add(new RankedOption(id, name, f, type, size, price, currency, score, reasons));
                }
            }
        }
        List<PostureTip> posture = new ArrayList<>();
        JsonArray postureArray = in.array(doc, "posture", "posture", true);
        if (postureArray != null) {
            for (int i = 0; i < postureArray.size(); i++) {
                String p = "posture[" + i + "]";
                JsonElement e = postureArray.get(i);
                if (!e.isJsonObject()) {
                    in.problem(p, "must be an object", e);
                    continue;
                }
                PostureCode code = in.enumValue(e.getAsJsonObject(), "code", p + ".code", PostureCode.class, true);
                String text = in.string(e.getAsJsonObject(), "text", p + ".text", true);
                if (code != null && text != null) {
                    posture.add(new PostureTip(code, text));
                }
            }
        }
        MedicalResult medical = medical(in, in.object(doc, "medical", "medical", true));
        List<String> explanation = strings(in, doc, "explanation", "explanation");
        // Optional: advice saved by engine 1.0.0 came before the spine model.
        Alignment alignment = alignment(in, in.object(doc, "alignment", "alignment", false));
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new Advice(
                1, engine, lang, firmness, partner, verdict, options, posture, medical, explanation, alignment);
    }

    private static MattressVerdict verdict(FieldReader in, JsonObject o) {
        if (o == null) {
            return null;
        }
        MattressVerdict.Verdict verdict =
                in.enumValue(o, "verdict", "mattressVerdict.verdict", MattressVerdict.Verdict.class, true);
        String text = in.string(o, "text", "mattressVerdict.text", true);
        // Optional: engine 2.0 wrote no heading for the folded options.
        String buyAnyway = in.string(o, "buyAnyway", "mattressVerdict.buyAnyway", false);
        return verdict == null || text == null ? null : new MattressVerdict(verdict, text, buyAnyway);
    }

    private static Alignment alignment(FieldReader in, JsonObject o) {
        if (o == null) {
            return null;
        }
        Position position = in.enumValue(o, "position", "alignment.position", Position.class, true);
        AlignmentPoint atTarget =
                alignmentPoint(in, in.object(o, "atTarget", "alignment.atTarget", true), "alignment.atTarget");
        AlignmentPoint atCurrent =
                alignmentPoint(in, in.object(o, "atCurrent", "alignment.atCurrent", false), "alignment.atCurrent");
        return position == null || atTarget == null ? null : new Alignment(position, atTarget, atCurrent);
    }

    private static AlignmentPoint alignmentPoint(FieldReader in, JsonObject o, String path) {
        if (o == null) {
            return null;
        }
        Double firmness = in.number(o, "firmness", path + ".firmness", 1, 10, true);
        Double deviation = in.number(o, "deviationDeg", path + ".deviationDeg", 0, 90, true);
        Double shoulder = in.number(o, "shoulderSinkMm", path + ".shoulderSinkMm", 0, 1000, true);
        Double waist = in.number(o, "waistSinkMm", path + ".waistSinkMm", 0, 1000, true);
        Double hip = in.number(o, "hipSinkMm", path + ".hipSinkMm", 0, 1000, true);
        Double pressure = in.number(o, "peakPressureKpa", path + ".peakPressureKpa", 0, 1000, true);
        AlignmentVerdict verdict = in.enumValue(o, "verdict", path + ".verdict", AlignmentVerdict.class, true);
        if (firmness == null
                || deviation == null
                || shoulder == null
                || waist == null
                || hip == null
                || pressure == null
                || verdict == null) {
            return null;
        }
        return new AlignmentPoint(firmness, deviation, shoulder, waist, hip, pressure, verdict);
    }

    private static FirmnessRange range(FieldReader in, JsonObject o, String path) {
        if (o == null) {
            return null;
        }
        Double target = in.number(o, "target", path + ".target", 1, 10, true);
        Double min = in.number(o, "min", path + ".min", 1, 10, true);
        Double max = in.number(o, "max", path + ".max", 1, 10, true);
        FirmnessLabel label = in.enumValue(o, "label", path + ".label", FirmnessLabel.class, true);
        return target == null || min == null || max == null || label == null
                ? null
                : new FirmnessRange(target, min, max, label);
    }

    private static MedicalResult medical(FieldReader in, JsonObject o) {
        if (o == null) {
            return null;
        }
        MedicalLevel level = in.enumValue(o, "level", "medical.level", MedicalLevel.class, true);
        String advice = in.string(o, "advice", "medical.advice", true);
        List<MedicalFlag> flags = new ArrayList<>();
        JsonArray array = in.array(o, "flags", "medical.flags", true);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                String p = "medical.flags[" + i + "]";
                JsonElement e = array.get(i);
                if (!e.isJsonObject()) {
                    in.problem(p, "must be an object", e);
                    continue;
                }
                FlagCode code = in.enumValue(e.getAsJsonObject(), "code", p + ".code", FlagCode.class, true);
                MedicalLevel flagLevel =
                        in.enumValue(e.getAsJsonObject(), "level", p + ".level", MedicalLevel.class, true);
                String text = in.string(e.getAsJsonObject(), "text", p + ".text", true);
                // Optional: engine 1.x wrote no rule and no sources.
                String rule = in.string(e.getAsJsonObject(), "rule", p + ".rule", false);
                List<String> sources = strings(in, e.getAsJsonObject(), "sources", p + ".sources", false);
                if (code != null && flagLevel != null && text != null) {
                    flags.add(new MedicalFlag(code, flagLevel, text, rule, sources));
                }
            }
        }
        // Optional: engine 1.x wrote neither; an old consultation then follows today's rule for waiting.
        String safetyNet = in.string(o, "safetyNet", "medical.safetyNet", false);
        Boolean canWait = in.bool(o, "mattressCanWait", "medical.mattressCanWait");
        UnansweredSigns notAnswered = notAnswered(in, in.object(o, "notAnswered", "medical.notAnswered", false));
        if (level == null || advice == null) {
            return null;
        }
        return new MedicalResult(
                level,
                flags,
                advice,
                safetyNet,
                canWait != null ? canWait : MedicalResult.mattressCanWait(level, flags),
                notAnswered);
    }

    /** Optional (2.1): the warning signs asked but not answered. */
    private static UnansweredSigns notAnswered(FieldReader in, JsonObject o) {
        if (o == null) {
            return null;
        }
        Set<WarningSign> signs = in.enumSet(o, "signs", "medical.notAnswered.signs", WarningSign.class);
        String text = in.string(o, "text", "medical.notAnswered.text", true);
        return signs == null || text == null ? null : new UnansweredSigns(List.copyOf(signs), text);
    }

    private static List<String> strings(FieldReader in, JsonObject o, String key, String path) {
        return strings(in, o, key, path, true);
    }

    private static List<String> strings(FieldReader in, JsonObject o, String key, String path, boolean required) {
        List<String> list = new ArrayList<>();
        JsonArray array = in.array(o, key, path, required);
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                JsonElement e = array.get(i);
                if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                    list.add(e.getAsString());
                } else {
                    in.problem(path + "[" + i + "]", "must be a string", e);
                }
            }
        }
        return list;
    }
}
