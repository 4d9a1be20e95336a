package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.DurationUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableSet;
import org.junit.jupiter.api.Test;

/**
 * The autosave watches every answer the draft keeps: for each field of the draft, changing that
 * answer alone changes something {@link WizardDraft#answers} lets the autosave see. A question
 * written to the draft but not watched would lose its last answer when the app closes.
 */
class WizardDraftWatchTest {

    private final Advisor advisor = new Advisor();

    @Test
    void everyAnswerInTheDraftIsWatched() {
        // the values each field of the draft takes, from many random profiles
        Map<String, Set<JsonElement>> seen = new LinkedHashMap<>();
        RandomProfiles profiles = new RandomProfiles(7);
        List<JsonObject> drafts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            WizardViewModel vm = new WizardViewModel(new I18n("en"), advisor);
            // every unit too: a profile is filled in the units chosen before
            vm.you().weightUnit().set(Settings.WeightUnit.values()[i % Settings.WeightUnit.values().length]);
            vm.you().heightUnit().set(Settings.HeightUnit.values()[i % Settings.HeightUnit.values().length]);
            ProfileAnswers.fill(vm, profiles.next());
            vm.mornings().durationUnit().set(DurationUnit.values()[i % DurationUnit.values().length]);
            JsonObject draft = WizardDraft.write(vm);
            drafts.add(draft);
            fields("", draft).forEach((path, value) -> seen.computeIfAbsent(path, p -> new LinkedHashSet<>())
                    .add(value));
        }
        seen.remove("draftVersion");
        seen.remove("step"); // where the person was, watched, but not an answer

        List<String> unwatched = new ArrayList<>();
        List<String> neverChanged = new ArrayList<>();
        for (var field : seen.entrySet()) {
            boolean changed = false;
            for (JsonObject draft : drafts) {
                for (JsonElement other : field.getValue()) {
                    JsonObject edited = with(draft, field.getKey(), other);
                    if (edited.equals(draft)) {
                        continue;
                    }
                    WizardViewModel vm = new WizardViewModel(new I18n("en"), advisor);
                    WizardDraft.read(draft, vm);
                    List<Object> before = snapshot(WizardDraft.answers(vm));
                    JsonObject beforeDraft = WizardDraft.write(vm);
                    WizardDraft.read(edited, vm);
                    if (fields("", WizardDraft.write(vm)).equals(fields("", beforeDraft))) {
                        continue; // the wizard did not take this value here (a question not asked)
                    }
                    changed = true;
                    if (snapshot(WizardDraft.answers(vm)).equals(before)) {
                        unwatched.add(field.getKey() + " = " + other);
                    }
                    break;
                }
                if (changed) {
                    break;
                }
            }
            if (!changed) {
                neverChanged.add(field.getKey());
            }
        }
        assertTrue(unwatched.isEmpty(), "changed without the autosave seeing it: " + unwatched);
        assertTrue(neverChanged.isEmpty(), "fields the test could not change: " + neverChanged);
    }

    /** Every leaf of the draft by its dotted path; an array is one leaf. */
    private static Map<String, JsonElement> fields(String prefix, JsonObject o) {
        Map<String, JsonElement> all = new LinkedHashMap<>();
        for (var e : o.entrySet()) {
            String path = prefix + e.getKey();
            if (e.getValue().isJsonObject()) {
                all.putAll(fields(path + ".", e.getValue().getAsJsonObject()));
            } else {
                all.put(path, e.getValue());
            }
        }
        return all;
    }

    private static JsonObject with(JsonObject draft, String path, JsonElement value) {
        JsonObject copy = draft.deepCopy();
        String[] parts = path.split("\\.");
        JsonObject at = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!at.has(parts[i])) {
                at.add(parts[i], new JsonObject());
            }
            at = at.getAsJsonObject(parts[i]);
        }
        at.add(parts[parts.length - 1], value.deepCopy());
        return copy;
    }

    /** What each watched answer holds now. */
    private static List<Object> snapshot(List<Observable> watched) {
        List<Object> values = new ArrayList<>();
        for (Observable o : watched) {
            if (o instanceof ObservableValue<?> v) {
                values.add(v.getValue());
            } else if (o instanceof ObservableSet<?> s) {
                values.add(Set.copyOf(s));
            } else {
                values.add(o);
            }
        }
        return values;
    }
}
