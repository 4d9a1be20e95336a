package com.restwise.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Positions;
import com.restwise.engine.profile.Preferences;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.Sleeper;
import com.restwise.engine.profile.Symptoms;
import java.util.Collection;

/**
 * Writes a profile document. Unanswered fields are left out, never written as {@code false}
 * or 0, so that reading the document back gives the same answers.
 */
public final class ProfileWriter {

    private ProfileWriter() {}

    public static JsonObject toJsonTree(Profile p) {
        JsonObject doc = new JsonObject();
        doc.addProperty("schemaVersion", Profile.SCHEMA_VERSION);
        Sleeper s = p.sleeper();
        JsonObject sleeper = new JsonObject();
        put(sleeper, "weightKg", s.weightKg());
        put(sleeper, "heightCm", s.heightCm());
        put(sleeper, "ageYears", s.ageYears());
        put(sleeper, "sex", s.sex());
        put(sleeper, "pregnancyWeeks", s.pregnancyWeeks());
        put(sleeper, "floorIsHard", s.floorIsHard());
        doc.add("sleeper", sleeper);
        doc.add("positions", positions(p.positions()));

        CurrentMattress m = p.currentMattress();
        JsonObject mattress = new JsonObject();
        put(mattress, "firmness", m.firmness());
        put(mattress, "type", m.type());
        put(mattress, "ageYears", m.ageYears());
        put(mattress, "sagCm", m.sagCm());
        addIfNotEmpty(doc, "currentMattress", mattress);

        if (p.partner() != null) {
            JsonObject partner = new JsonObject();
            put(partner, "weightKg", p.partner().weightKg());
            partner.add("positions", positions(p.partner().positions()));
            doc.add("partner", partner);
        }

        Preferences pr = p.preferences();
        JsonObject prefs = new JsonObject();
        put(prefs, "size", pr.size());
        put(prefs, "budgetMax", pr.budgetMax());
        put(prefs, "sleepsHot", pr.sleepsHot());
        put(prefs, "avoidLatex", pr.avoidLatex());
        addIfNotEmpty(doc, "preferences", prefs);

        Symptoms y = p.symptoms();
        JsonObject symptoms = new JsonObject();
        put(symptoms, "morningPain", y.morningPain());
        put(symptoms, "sleepQuality", y.sleepQuality());
        putAll(symptoms, "painAreas", y.painAreas());
        put(symptoms, "morningStiffnessMinutes", y.morningStiffnessMinutes());
        put(symptoms, "easesAfterGettingUp", y.easesAfterGettingUp());
        put(symptoms, "durationWeeks", y.durationWeeks());
        put(symptoms, "nightPain", y.nightPain());
        put(symptoms, "daytimePain", y.daytimePain());
        put(symptoms, "worseWithActivity", y.worseWithActivity());
        put(symptoms, "improvesWithExercise", y.improvesWithExercise());
        put(symptoms, "improvesWithRest", y.improvesWithRest());
        put(symptoms, "gradualOnset", y.gradualOnset());
        put(symptoms, "legPainBelowKnee", y.legPainBelowKnee());
        putAll(symptoms, "warningSigns", y.warningSigns());
        put(symptoms, "stress", y.stress());
        put(symptoms, "afterExertion", y.afterExertion());
        if (y.warningSignsNo() != null) {
            // Written even when empty: "recorded, none answered no" differs from "not recorded".
            JsonArray no = new JsonArray();
            y.warningSignsNo().stream().sorted().forEach(v -> no.add(v.name()));
            symptoms.add("warningSignsNo", no);
        }
        put(symptoms, "widespreadPain", y.widespreadPain());
        addIfNotEmpty(doc, "symptoms", symptoms);
        return doc;
    }

    public static String toJson(Profile p) {
        return JsonFormat.pretty(toJsonTree(p));
    }

    private static JsonObject positions(Positions positions) {
        JsonObject o = new JsonObject();
        for (Position pos : Position.values()) {
            if (positions.share(pos) > 0) {
                o.addProperty(pos.name(), positions.share(pos));
            }
        }
        return o;
    }

    private static void put(JsonObject o, String name, Object value) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            o.add(name, new JsonPrimitive(d == Math.rint(d) ? (Number) (long) d : n));
        } else if (value instanceof Boolean b) {
            o.addProperty(name, b);
        } else if (value instanceof Enum<?> e) {
            o.addProperty(name, e.name());
        } else if (value != null) {
            o.addProperty(name, value.toString());
        }
    }

    private static void putAll(JsonObject o, String name, Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return;
        }
        JsonArray array = new JsonArray();
        values.stream().sorted().forEach(v -> array.add(v.name()));
        o.add(name, array);
    }

    private static void addIfNotEmpty(JsonObject doc, String name, JsonObject section) {
        if (!section.isEmpty()) {
            doc.add(name, section);
        }
    }
}
