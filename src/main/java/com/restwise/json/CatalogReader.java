package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.catalog.Construction;
import com.restwise.engine.catalog.CoupleConstruction;
import com.restwise.engine.catalog.Mattress;
import com.restwise.engine.catalog.Mattress.FirmnessSpan;
import com.restwise.engine.catalog.Mattress.Halves;
import com.restwise.engine.catalog.Ratings;
import com.restwise.engine.profile.MattressType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a mattress catalog: the one shipped in {@code assets/catalog.json} or a shop's own
 * file given with {@code --catalog}, validated with the profile's error style.
 */
public final class CatalogReader {

    public static final String SHIPPED = "/assets/catalog.json";
    public static final int SCHEMA_VERSION = 1;
    static final int MIN_RATING = 1;
    static final int MAX_RATING = 5;
    static final double MIN_HEIGHT_CM = 3;
    static final double MAX_HEIGHT_CM = 60;
    static final int MAX_ZONES = 9;
    static final int MAX_TRIAL_NIGHTS = 3650;
    static final double MAX_PRICE = 1_000_000;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** The catalog shipped inside the application. */
    public static Catalog shipped() {
        try (InputStream in = CatalogReader.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped catalog " + SHIPPED + " is missing from the build");
            }
            return new CatalogReader().parse(StrictJson.readText(in));
        } catch (IOException | InvalidInputException e) {
            throw new IllegalStateException("the shipped catalog is broken: " + e.getMessage(), e);
        }
    }

    public Catalog parse(String text) throws InvalidInputException {
        return read(StrictJson.parse(text));
    }

    public Catalog read(JsonElement root) throws InvalidInputException {
        JsonObject doc = FieldReader.rootObject(root, "catalog");
        FieldReader in = new FieldReader();
        in.schemaVersion(doc, SCHEMA_VERSION);
        String currency = in.string(doc, "currency", "currency", true);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            in.problem("currency", "must be a three-letter currency code such as EUR", doc.get("currency"));
        }
        JsonArray entries = in.array(doc, "mattresses", "mattresses", true);
        List<Mattress> mattresses = new ArrayList<>();
        if (entries != null) {
            if (entries.isEmpty()) {
                in.problem("mattresses", "must list at least one mattress");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String path = "mattresses[" + i + "]";
                JsonElement e = entries.get(i);
                if (!e.isJsonObject()) {
                    in.problem(path, "must be an object", e);
                    continue;
                }
                Mattress m = mattress(in, e.getAsJsonObject(), path);
                JsonElement id = e.getAsJsonObject().get("id");
                if (id != null && id.isJsonPrimitive() && !ids.add(id.getAsString())) {
                    in.problem(path + ".id", "must be unique; \"" + id.getAsString() + "\" is used twice");
                }
                if (m != null) {
                    mattresses.add(m);
                }
            }
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new Catalog(currency, mattresses);
    }

    private static Mattress mattress(FieldReader in, JsonObject o, String path) {
        int before = in.problems().size();
        String id = in.string(o, "id", path + ".id", true);
        if (id != null && id.isBlank()) {
            in.problem(path + ".id", "must not be empty");
        }
        String name = in.string(o, "name", path + ".name", true);
        MattressType type = in.enumValue(o, "type", path + ".type", MattressType.class, true);
        Double firmness = in.number(o, "firmness", path + ".firmness", 1, 10, true);
        Halves halves = halves(in, o, path + ".halves");
        FirmnessSpan adjustable = span(in, o, path + ".adjustableRange");
        Construction construction = construction(in, o, path + ".construction");
        CoupleConstruction couple = construction != null ? construction.couple() : declaredCouple(o);
        if (couple != null) {
            boolean twoSided = couple != CoupleConstruction.NONE;
            if (twoSided && halves == null && !o.has("halves")) {
                in.problem(path + ".halves", "is required for a " + couple + " construction");
            } else if (!twoSided && halves != null) {
                in.problem(path + ".halves", "needs construction.couple SPLIT_FIRMNESS or TWO_SINGLES");
            }
        }
        Ratings ratings = ratings(in, o, path + ".ratings");
        Integer trial = in.whole(o, "trialNights", path + ".trialNights", 0, MAX_TRIAL_NIGHTS, true);
        Map<String, Double> prices = prices(in, o, path + ".prices");
        // Absent means "as its type says": a latex mattress contains latex; others must be marked.
        Boolean latex = in.bool(o, "containsLatex", path + ".containsLatex");
        if (Boolean.FALSE.equals(latex) && type == MattressType.LATEX) {
            in.problem(path + ".containsLatex", "must be true for a LATEX mattress", o.get("containsLatex"));
        }
        Map<String, String> names = names(in, o, path + ".names");
        if (in.problems().size() > before) {
            return null;
        }
        return new Mattress(
                id,
                name,
                type,
                firmness,
                halves,
                adjustable,
                construction,
                ratings,
                trial,
                prices,
                latex != null ? latex : type == MattressType.LATEX,
                names);
    }

    /** Names in other languages: {@code {"de": "..."}}, each a language code and a non-empty name. */
    private static Map<String, String> names(FieldReader in, JsonObject o, String path) {
        JsonObject names = in.object(o, "names", path, false);
        Map<String, String> byLang = new LinkedHashMap<>();
        if (names == null) {
            return byLang;
        }
        for (Map.Entry<String, JsonElement> e : names.entrySet()) {
            String entryPath = path + "." + e.getKey();
            if (!LANGUAGE.matcher(e.getKey()).matches()) {
                in.problem(entryPath, "must be a two-letter language code such as de");
                continue;
            }
            String name = in.string(names, e.getKey(), entryPath, true);
            if (name != null && name.isBlank()) {
                in.problem(entryPath, "must not be empty");
            } else if (name != null) {
                byLang.put(e.getKey(), name);
            }
        }
        return byLang;
    }

    /** The couple construction as written, when the rest of the construction is invalid. */
    private static CoupleConstruction declaredCouple(JsonObject entry) {
        JsonElement c = entry.get("construction");
        if (c == null || !c.isJsonObject()) {
            return null;
        }
        JsonElement couple = c.getAsJsonObject().get("couple");
        if (couple == null || couple.isJsonNull()) {
            return CoupleConstruction.NONE;
        }
        for (CoupleConstruction value : CoupleConstruction.values()) {
            if (couple.isJsonPrimitive() && value.name().equals(couple.getAsString())) {
                return value;
            }
        }
        return null;
    }

    private static Halves halves(FieldReader in, JsonObject o, String path) {
        double[] pair = pair(in, o, "halves", path);
        return pair == null ? null : new Halves(pair[0], pair[1]);
    }

    private static FirmnessSpan span(FieldReader in, JsonObject o, String path) {
        double[] pair = pair(in, o, "adjustableRange", path);
        if (pair == null) {
            return null;
        }
        if (pair[0] >= pair[1]) {
            in.problem(path, "must be [lowest, highest] with lowest below highest");
            return null;
        }
        return new FirmnessSpan(pair[0], pair[1]);
    }

    /** Two firmness values on the 1-10 scale. */
    private static double[] pair(FieldReader in, JsonObject o, String key, String path) {
        JsonArray a = in.array(o, key, path, false);
        if (a == null) {
            return null;
        }
        if (a.size() != 2) {
            in.problem(path, "must hold exactly two firmness values", a);
            return null;
        }
        Double first = in.number(a.get(0), path + "[0]", 1, 10);
        Double second = in.number(a.get(1), path + "[1]", 1, 10);
        return first == null || second == null ? null : new double[] {first, second};
    }

    private static Construction construction(FieldReader in, JsonObject parent, String path) {
        JsonObject o = in.object(parent, "construction", path, true);
        if (o == null) {
            return null;
        }
        JsonArray layerArray = in.array(o, "layers", path + ".layers", true);
        List<String> layers = new ArrayList<>();
        if (layerArray != null) {
            for (int i = 0; i < layerArray.size(); i++) {
                JsonElement e = layerArray.get(i);
                if (e.isJsonPrimitive()
                        && e.getAsJsonPrimitive().isString()
                        && !e.getAsString().isBlank()) {
                    layers.add(e.getAsString());
                } else {
                    in.problem(path + ".layers[" + i + "]", "must be a description of the layer", e);
                }
            }
            if (layerArray.isEmpty()) {
                in.problem(path + ".layers", "must list at least one layer");
            }
        }
        Double height = in.number(o, "heightCm", path + ".heightCm", MIN_HEIGHT_CM, MAX_HEIGHT_CM, true);
        Integer zones = in.whole(o, "zones", path + ".zones", 1, MAX_ZONES, true);
        CoupleConstruction couple = in.enumValue(o, "couple", path + ".couple", CoupleConstruction.class, false);
        if (height == null
                || zones == null
                || (couple == null && o.has("couple") && !o.get("couple").isJsonNull())) {
            return null;
        }
        return new Construction(layers, height, zones, couple == null ? CoupleConstruction.NONE : couple);
    }

    private static Ratings ratings(FieldReader in, JsonObject parent, String path) {
        JsonObject o = in.object(parent, "ratings", path, true);
        if (o == null) {
            return null;
        }
        Integer relief = in.whole(o, "pressureRelief", path + ".pressureRelief", MIN_RATING, MAX_RATING, true);
        Integer support = in.whole(o, "support", path + ".support", MIN_RATING, MAX_RATING, true);
        Integer cooling = in.whole(o, "cooling", path + ".cooling", MIN_RATING, MAX_RATING, true);
        Integer motion = in.whole(o, "motionIsolation", path + ".motionIsolation", MIN_RATING, MAX_RATING, true);
        Integer edge = in.whole(o, "edgeSupport", path + ".edgeSupport", MIN_RATING, MAX_RATING, true);
        Integer durability = in.whole(o, "durability", path + ".durability", MIN_RATING, MAX_RATING, true);
        if (relief == null
                || support == null
                || cooling == null
                || motion == null
                || edge == null
                || durability == null) {
            return null;
        }
        return new Ratings(relief, support, cooling, motion, edge, durability);
    }

    private static Map<String, Double> prices(FieldReader in, JsonObject parent, String path) {
        JsonObject o = in.object(parent, "prices", path, true);
        if (o == null) {
            return null;
        }
        Map<String, Double> prices = new LinkedHashMap<>();
        for (String size : o.keySet()) {
            String sizePath = path + "." + size;
            if (!ProfileReader.SIZE.matcher(size).matches()) {
                in.problem(sizePath, "a size must be WIDTHxLENGTH in cm, such as 160x200");
                continue;
            }
            Double price = in.positive(o, size, sizePath, MAX_PRICE, true);
            if (price != null) {
                prices.put(size, price);
            }
        }
        if (o.isEmpty()) {
            in.problem(path, "must give a price for at least one size");
        }
        return prices;
    }
}
