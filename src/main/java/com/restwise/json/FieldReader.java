package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads typed fields out of a JSON tree and collects every problem, each naming the field by
 * its JSON path, the rule and the value given. A reader never stops at the first problem: the
 * caller checks {@link #problems()} once at the end, so a user sees everything to fix at once.
 * An optional field that is absent or {@code null} reads as {@code null} ("not answered").
 */
public final class FieldReader {

    private static final int PATH_LIMIT = 120;
    private final List<String> problems = new ArrayList<>();

    public List<String> problems() {
        return problems;
    }

    /** The path may hold a name from the input (an unknown key), so it is escaped like a value. */
    public void problem(String path, String rule) {
        problems.add(Echo.escape(path, PATH_LIMIT) + ": " + rule);
    }

    public void problem(String path, String rule, JsonElement given) {
        problems.add(Echo.escape(path, PATH_LIMIT) + ": " + rule + " (got " + describe(given) + ")");
    }

    /** The document's root, which must be an object. */
    public static JsonObject rootObject(JsonElement root, String what) throws InvalidInputException {
        if (!root.isJsonObject()) {
            throw new InvalidInputException("the " + what + " must be a JSON object (got " + describe(root) + ")");
        }
        return root.getAsJsonObject();
    }

    /** The required {@code schemaVersion}, which must be the one this build reads. */
    public void schemaVersion(JsonObject doc, int expected) {
        Integer version = whole(doc, "schemaVersion", "schemaVersion", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
        if (version != null && version != expected) {
            problem("schemaVersion", "must be " + expected, doc.get("schemaVersion"));
        }
    }

    public static String path(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** A value present and not null, or null after noting a problem if it was required. */
    private JsonElement value(JsonObject o, String key, String path, boolean required) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            if (required) {
                if (e == null) {
                    problem(path, "is required");
                } else {
                    problem(path, "is required", e);
                }
            }
            return null;
        }
        return e;
    }

    public JsonObject object(JsonObject o, String key, String path, boolean required) {
        JsonElement e = value(o, key, path, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonObject()) {
            problem(path, "must be an object", e);
            return null;
        }
        return e.getAsJsonObject();
    }

    public JsonArray array(JsonObject o, String key, String path, boolean required) {
        JsonElement e = value(o, key, path, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            problem(path, "must be an array", e);
            return null;
        }
        return e.getAsJsonArray();
    }

    /** A finite number in [min, max]. */
    public Double number(JsonObject o, String key, String path, double min, double max, boolean required) {
        JsonElement e = value(o, key, path, required);
        return e == null ? null : number(e, path, min, max);
    }

    public Double number(JsonElement e, String path, double min, double max) {
        if (!isNumber(e)) {
            problem(path, "must be a number", e);
            return null;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v) || v < min || v > max) {
            problem(path, "must be between " + format(min) + " and " + format(max), e);
            return null;
        }
        return v;
    }

    /** A finite number of at least 0. */
    public Double nonNegative(JsonElement e, String path) {
        if (!isNumber(e)) {
            problem(path, "must be a number", e);
            return null;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v) || v < 0) {
            problem(path, "must be a number of 0 or more", e);
            return null;
        }
        return v;
    }

    /** A number greater than 0 and at most max. */
    public Double positive(JsonObject o, String key, String path, double max, boolean required) {
        JsonElement e = value(o, key, path, required);
        if (e == null) {
            return null;
        }
        if (!isNumber(e)) {
            problem(path, "must be a number", e);
            return null;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v) || v <= 0 || v > max) {
            problem(path, "must be more than 0 and at most " + format(max), e);
            return null;
        }
        return v;
    }

    /** A whole number in [min, max]. */
    public Integer whole(JsonObject o, String key, String path, int min, int max, boolean required) {
        JsonElement e = value(o, key, path, required);
        if (e == null) {
            return null;
        }
        if (!isNumber(e)) {
            problem(path, "must be a whole number", e);
            return null;
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v) || v < min || v > max) {
            problem(path, "must be a whole number between " + min + " and " + max, e);
            return null;
        }
        if (v != Math.rint(v)) {
            problem(path, "must be a whole number", e);
            return null;
        }
        return (int) v;
    }

    public Boolean bool(JsonObject o, String key, String path) {
        JsonElement e = value(o, key, path, false);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            problem(path, "must be true or false", e);
            return null;
        }
        return e.getAsBoolean();
    }

    public String string(JsonObject o, String key, String path, boolean required) {
        JsonElement e = value(o, key, path, required);
        if (e == null) {
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            problem(path, "must be a string", e);
            return null;
        }
        return e.getAsString();
    }

    public <E extends Enum<E>> E enumValue(JsonObject o, String key, String path, Class<E> type, boolean required) {
        JsonElement e = value(o, key, path, required);
        return e == null ? null : enumValue(e, path, type);
    }

    public <E extends Enum<E>> E enumValue(JsonElement e, String path, Class<E> type) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(e.getAsString())) {
                    return constant;
                }
            }
        }
        problem(path, "must be one of " + names(type), e);
        return null;
    }

    /** An array of enum names; each bad element is reported with its index. */
    public <E extends Enum<E>> Set<E> enumSet(JsonObject o, String key, String path, Class<E> type) {
        JsonArray array = array(o, key, path, false);
        if (array == null) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        for (int i = 0; i < array.size(); i++) {
            E value = enumValue(array.get(i), path + "[" + i + "]", type);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    /** What was given, as a person would recognise it in their file. */
    public static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) {
            return Echo.quote(p.getAsString());
        }
        return Echo.escape(p.getAsString(), Echo.LIMIT);
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
