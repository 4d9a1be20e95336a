package com.restwise.ui.wizard;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.WarningSign;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.DurationUnit;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.MattressModel;
import com.restwise.ui.wizard.steps.MorningsModel;
import com.restwise.ui.wizard.steps.Onset;
import com.restwise.ui.wizard.steps.PositionAnswers;
import com.restwise.ui.wizard.steps.PreferencesModel;
import com.restwise.ui.wizard.steps.SleepModel;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.Set;


/**
 * The wizard's answers as a draft document: the raw text of every field (so an answer that
 * is not valid yet is still kept) and the step the user was on. Reading is forgiving: a
 * value it does not recognise is left unanswered rather than failing the whole draft, and a
 * draft written before a question existed leaves that question unanswered.
 */
public final class WizardDraft {

    public static final int VERSION = 1;

    private WizardDraft() {
    }

    public static JsonObject write(WizardViewModel vm) {
        JsonObject d = new JsonObject();
        d.addProperty("draftVersion", VERSION);
        d.addProperty("step", vm.step().get().name());
        AboutYouModel you = vm.you();
        JsonObject y = new JsonObject();
        y.addProperty("weight", you.weight().text().get());
        y.addProperty("weightUnit", you.weightUnit().get().name());
        y.addProperty("height", you.height().text().get());
        y.addProperty("heightUnit", you.heightUnit().get().name());
        y.addProperty("age", you.age().text().get());
        putEnum(y, "sex", you.sex().get());
        putEnum(y, "pregnant", you.pregnant().get());
        y.addProperty("pregnancyWeek", you.pregnancyWeek().text().get());
        d.add("you", y);

        SleepModel sleep = vm.sleep();
        JsonObject s = new JsonObject();
        s.add("positions", positions(sleep.mine()));
        s.addProperty("sharesBed", sleep.sharesBed().get());
        s.addProperty("partnerWeight", sleep.partnerWeight().text().get());
        s.add("partnerPositions", positions(sleep.partners()));
        d.add("sleep", s);

        MattressModel m = vm.mattress();
        JsonObject bed = new JsonObject();
        if (m.firmness().get() != null) {
            bed.addProperty("firmness", m.firmness().get());
        }
        putEnum(bed, "type", m.type().get());
        bed.addProperty("age", m.ageYears().text().get());
        bed.addProperty("sag", m.sagCm().text().get());
        d.add("mattress", bed);

        MorningsModel mo = vm.mornings();
        JsonObject am = new JsonObject();
        if (mo.morningPain().get() != null) {
            am.addProperty("morningPain", mo.morningPain().get());
        }
        if (mo.sleepQuality().get() != null) {
            am.addProperty("sleepQuality", mo.sleepQuality().get());
        }
        am.add("painAreas", names(mo.painAreas()));
        am.addProperty("stiffness", mo.stiffnessMinutes().text().get());
        putEnum(am, "eases", mo.easesAfterGettingUp().get());
        putEnum(am, "nightPain", mo.nightPain().get());
        putEnum(am, "daytimePain", mo.daytimePain().get());
        putEnum(am, "worseWithActivity", mo.worseWithActivity().get());
        putEnum(am, "improvesWithExercise", mo.improvesWithExercise().get());
        putEnum(am, "improvesWithRest", mo.improvesWithRest().get());
        putEnum(am, "onset", mo.onset().get());
        putEnum(am, "legPainBelowKnee", mo.legPainBelowKnee().get());
        am.addProperty("duration", mo.duration().text().get());
        putEnum(am, "durationUnit", mo.durationUnit().get());
        if (mo.stress().get() != null) {
            am.addProperty("stress", mo.stress().get());
        }
        putEnum(am, "afterExertion", mo.afterExertion().get());
        d.add("mornings", am);

        d.add("warningSigns", names(vm.warningSigns()));
        putEnum(d, "trauma", vm.trauma().get());

        PreferencesModel p = vm.preferences();
        JsonObject pr = new JsonObject();
        if (p.size().get() != null) {
            pr.addProperty("size", p.size().get());
        }
        pr.addProperty("budget", p.budget().text().get());
        putEnum(pr, "sleepsHot", p.sleepsHot().get());
        putEnum(pr, "avoidLatex", p.avoidLatex().get());
        d.add("preferences", pr);
        return d;
    }

    /** Fills the view model from a draft; the step is restored last, once the answers are in. */
    public static void read(JsonObject d, WizardViewModel vm) {
        JsonObject y = object(d, "you");
        vm.you().weightUnit().set(enumOr(y, "weightUnit", WeightUnit.class, vm.you().weightUnit().get()));
        vm.you().heightUnit().set(enumOr(y, "heightUnit", HeightUnit.class, vm.you().heightUnit().get()));
        vm.you().weight().text().set(text(y, "weight"));
        vm.you().height().text().set(text(y, "height"));
        vm.you().age().text().set(text(y, "age"));
        vm.you().sex().set(enumOr(y, "sex", Sex.class, null));
        vm.you().pregnant().set(enumOr(y, "pregnant", Answer.class, null));
        vm.you().pregnancyWeek().text().set(text(y, "pregnancyWeek"));

        JsonObject s = object(d, "sleep");
        readPositions(object(s, "positions"), vm.sleep().mine());
        vm.sleep().sharesBed().set(s.has("sharesBed") && s.get("sharesBed").isJsonPrimitive()
                && s.get("sharesBed").getAsBoolean());
        vm.sleep().partnerWeight().text().set(text(s, "partnerWeight"));
        readPositions(object(s, "partnerPositions"), vm.sleep().partners());

        JsonObject bed = object(d, "mattress");
        vm.mattress().firmness().set(wholeOr(bed, "firmness", 1, 10));
        vm.mattress().type().set(enumOr(bed, "type", MattressType.class, null));
        vm.mattress().ageYears().text().set(text(bed, "age"));
        vm.mattress().sagCm().text().set(text(bed, "sag"));

        JsonObject am = object(d, "mornings");
        MorningsModel mo = vm.mornings();
        mo.morningPain().set(wholeOr(am, "morningPain", 0, 10));
        mo.sleepQuality().set(wholeOr(am, "sleepQuality", 0, 10));
        mo.painAreas().clear();
        mo.painAreas().addAll(enums(am, "painAreas", PainArea.class));
        mo.stiffnessMinutes().text().set(text(am, "stiffness"));
        mo.easesAfterGettingUp().set(enumOr(am, "eases", Answer.class, null));
        mo.nightPain().set(enumOr(am, "nightPain", NightPain.class, null));
        mo.daytimePain().set(enumOr(am, "daytimePain", Answer.class, null));
        mo.worseWithActivity().set(enumOr(am, "worseWithActivity", Answer.class, null));
        mo.improvesWithExercise().set(enumOr(am, "improvesWithExercise", Answer.class, null));
        mo.improvesWithRest().set(enumOr(am, "improvesWithRest", Answer.class, null));
        mo.onset().set(enumOr(am, "onset", Onset.class, null));
        mo.legPainBelowKnee().set(enumOr(am, "legPainBelowKnee", Answer.class, null));
        mo.durationUnit().set(enumOr(am, "durationUnit", DurationUnit.class, DurationUnit.WEEKS));
        mo.duration().text().set(text(am, "duration"));
        mo.stress().set(wholeOr(am, "stress", 0, 10));
        mo.afterExertion().set(enumOr(am, "afterExertion", Answer.class, null));

        vm.warningSigns().clear();
        vm.warningSigns().addAll(enums(d, "warningSigns", WarningSign.class));
        // an explicit "no injury" is kept; a draft from before the choice has none and asks again
        if (Trauma.of(vm.warningSigns()) == null) {
            vm.trauma().set(enumOr(d, "trauma", Trauma.class, null));
        }

        JsonObject pr = object(d, "preferences");
        vm.preferences().size().set(pr.has("size") && pr.get("size").isJsonPrimitive() ? pr.get("size").getAsString() : null);
        vm.preferences().budget().text().set(text(pr, "budget"));
        vm.preferences().sleepsHot().set(enumOr(pr, "sleepsHot", Answer.class, null));
        vm.preferences().avoidLatex().set(enumOr(pr, "avoidLatex", Answer.class, null));

        Step step = enumOr(d, "step", Step.class, Step.WELCOME);
        // Resume at the saved step, or at the first step that still needs an answer.
        while (!vm.canVisit(step)) {
            step = step.previous();
        }
        vm.step().set(step);
    }

    /**
     * Everything {@link #write} records, to be told of every answer: the same fields in the same
     * order, so a field added there must be added here (WizardDraftWatchTest checks they agree).
     */
    public static java.util.List<javafx.beans.Observable> answers(WizardViewModel vm) {
        java.util.List<javafx.beans.Observable> all = new java.util.ArrayList<>();
        all.add(vm.step());
        AboutYouModel you = vm.you();
        all.addAll(java.util.List.of(you.weight().text(), you.weightUnit(), you.height().text(), you.heightUnit(),
                you.age().text(), you.sex(), you.pregnant(), you.pregnancyWeek().text()));
        SleepModel sleep = vm.sleep();
        for (Position p : Position.values()) {
            all.add(sleep.mine().frequency(p));
            all.add(sleep.partners().frequency(p));
        }
        all.addAll(java.util.List.of(sleep.sharesBed(), sleep.partnerWeight().text()));
        MattressModel m = vm.mattress();
        all.addAll(java.util.List.of(m.firmness(), m.type(), m.ageYears().text(), m.sagCm().text()));
        MorningsModel mo = vm.mornings();
        all.addAll(java.util.List.of(mo.morningPain(), mo.sleepQuality(), mo.painAreas(), mo.stiffnessMinutes().text(),
                mo.easesAfterGettingUp(), mo.nightPain(), mo.daytimePain(), mo.worseWithActivity(),
                mo.improvesWithExercise(), mo.improvesWithRest(), mo.onset(), mo.legPainBelowKnee(),
                mo.duration().text(), mo.durationUnit(), mo.stress(), mo.afterExertion()));
        all.addAll(java.util.List.of(vm.warningSigns(), vm.trauma()));
        PreferencesModel p = vm.preferences();
        all.addAll(java.util.List.of(p.size(), p.budget().text(), p.sleepsHot(), p.avoidLatex()));
        return all;
    }

    /** Whether a draft holds anything worth resuming. */
    public static boolean hasAnswers(JsonObject d) {
        return !text(object(d, "you"), "weight").isBlank();
    }

    private static JsonObject positions(PositionAnswers answers) {
        JsonObject o = new JsonObject();
        for (Position p : Position.values()) {
            putEnum(o, p.name(), answers.frequency(p).get());
        }
        return o;
    }

    private static void readPositions(JsonObject o, PositionAnswers answers) {
        for (Position p : Position.values()) {
            answers.frequency(p).set(enumOr(o, p.name(), Frequency.class, null));
        }
    }

    private static void putEnum(JsonObject o, String key, Enum<?> value) {
        if (value != null) {
            o.addProperty(key, value.name());
        }
    }

    private static JsonArray names(Set<? extends Enum<?>> values) {
        JsonArray a = new JsonArray();
        values.stream().map(Enum::name).sorted().forEach(a::add);
        return a;
    }

    private static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    private static Integer wholeOr(JsonObject o, String key, int min, int max) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double v = e.getAsDouble();
        return v == Math.rint(v) && v >= min && v <= max ? (int) v : null;
    }

    private static <E extends Enum<E>> E enumOr(JsonObject o, String key, Class<E> type, E fallback) {
        String name = text(o, key);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return fallback;
    }

    private static <E extends Enum<E>> java.util.List<E> enums(JsonObject o, String key, Class<E> type) {
        java.util.List<E> list = new java.util.ArrayList<>();
        JsonElement e = o.get(key);
        if (e != null && e.isJsonArray()) {
            for (JsonElement item : e.getAsJsonArray()) {
                for (E c : type.getEnumConstants()) {
                    if (item.isJsonPrimitive() && c.name().equals(item.getAsString())) {
                        list.add(c);
                    }
                }
            }
        }
        return list;
    }

}
