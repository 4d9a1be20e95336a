package com.restwise.ui.wizard;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.engine.profile.Position;
import com.restwise.ui.common.NumberAnswer;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.PositionAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;

/**
 * How one answer is kept in the draft, and what the autosave watches of it. Writing keeps the
 * raw text of a number (an answer not valid yet is kept too); reading is forgiving: a value it
 * does not recognise, or a key a draft from before the question lacks, leaves it unanswered.
 */
interface DraftField {

    void write(WizardViewModel vm, JsonObject section, String key);

    void read(WizardViewModel vm, JsonObject section, String key);

    /** What changes when the answer does. */
    List<Observable> watched(WizardViewModel vm);

    /** A number as typed. */
    static DraftField number(Function<WizardViewModel, NumberAnswer> answer) {
        return one(
                vm -> answer.apply(vm).text(),
                (text, section, key) -> section.addProperty(key, text.get()),
                (text, section, key) -> text.set(text(section, key)));
    }

    /** One of a few choices; unanswered when absent. */
    static <E extends Enum<E>> DraftField choice(Function<WizardViewModel, ObjectProperty<E>> answer, Class<E> type) {
        return choice(answer, type, now -> null);
    }

    /**
     * One of a few choices, and what it becomes when the draft does not say, from what it is now
     * (a unit keeps the one chosen).
     */
    static <E extends Enum<E>> DraftField choice(
            Function<WizardViewModel, ObjectProperty<E>> answer, Class<E> type, UnaryOperator<E> otherwise) {
        return one(
                answer,
                (choice, section, key) -> putEnum(section, key, choice.get()),
                (choice, section, key) -> choice.set(enumOr(section, key, type, otherwise.apply(choice.get()))));
    }

    /** A whole number on a scale (0 to 10, say); unanswered when absent or off the scale. */
    static DraftField scale(Function<WizardViewModel, ObjectProperty<Integer>> answer, int min, int max) {
        return one(
                answer,
                (value, section, key) -> {
                    if (value.get() != null) {
                        section.addProperty(key, value.get());
                    }
                },
                (value, section, key) -> {
                    JsonElement e = section.get(key);
                    Integer read = null;
                    if (e != null
                            && e.isJsonPrimitive()
                            && e.getAsJsonPrimitive().isNumber()) {
                        double v = e.getAsDouble();
                        read = v == Math.rint(v) && v >= min && v <= max ? (int) v : null;
                    }
                    value.set(read);
                });
    }

    /** Words chosen from a list (a mattress size); unanswered when absent. */
    static DraftField words(Function<WizardViewModel, ObjectProperty<String>> answer) {
        return one(
                answer,
                (words, section, key) -> {
                    if (words.get() != null) {
                        section.addProperty(key, words.get());
                    }
                },
                (words, section, key) -> {
                    JsonElement e = section.get(key);
                    words.set(e != null && e.isJsonPrimitive() ? e.getAsString() : null);
                });
    }

    /** A tick box; not ticked when absent. */
    static DraftField tick(Function<WizardViewModel, BooleanProperty> answer) {
        return one(answer, (ticked, section, key) -> section.addProperty(key, ticked.get()), (ticked, section, key) -> {
            JsonElement e = section.get(key);
            ticked.set(e != null && e.isJsonPrimitive() && e.getAsBoolean());
        });
    }

    /** Several ticked from a list, kept by name in name order. */
    static <E extends Enum<E>> DraftField ticks(Function<WizardViewModel, ObservableSet<E>> answer, Class<E> type) {
        return one(
                answer,
                (set, section, key) -> {
                    JsonArray a = new JsonArray();
                    set.stream().map(Enum::name).sorted().forEach(a::add);
                    section.add(key, a);
                },
                (set, section, key) -> {
                    List<E> list = new ArrayList<>();
                    JsonElement e = section.get(key);
                    if (e != null && e.isJsonArray()) {
                        for (JsonElement item : e.getAsJsonArray()) {
                            for (E c : type.getEnumConstants()) {
                                if (item.isJsonPrimitive() && c.name().equals(item.getAsString())) {
                                    list.add(c);
                                }
                            }
                        }
                    }
                    set.clear();
                    set.addAll(list);
                });
    }

    /** How an answer held in one observable goes into or out of the draft's section. */
    @FunctionalInterface
    interface Keeping<A> {
        void apply(A answer, JsonObject section, String key);
    }

    /** A field whose answer is one observable, watched as it is. */
    private static <A extends Observable> DraftField one(
            Function<WizardViewModel, A> answer, Keeping<A> write, Keeping<A> read) {
        return new DraftField() {
            @Override
            public void write(WizardViewModel vm, JsonObject section, String key) {
                write.apply(answer.apply(vm), section, key);
            }

            @Override
            public void read(WizardViewModel vm, JsonObject section, String key) {
                read.apply(answer.apply(vm), section, key);
            }

            @Override
            public List<Observable> watched(WizardViewModel vm) {
                return List.of(answer.apply(vm));
            }
        };
    }

    /** How often each position is slept in, kept by position name. */
    static DraftField positions(Function<WizardViewModel, PositionAnswers> answer) {
        return new DraftField() {
            @Override
            public void write(WizardViewModel vm, JsonObject section, String key) {
                JsonObject o = new JsonObject();
                for (Position p : Position.values()) {
                    putEnum(o, p.name(), answer.apply(vm).frequency(p).get());
                }
                section.add(key, o);
            }

            @Override
            public void read(WizardViewModel vm, JsonObject section, String key) {
                JsonObject o = object(section, key);
                for (Position p : Position.values()) {
                    answer.apply(vm).frequency(p).set(enumOr(o, p.name(), Frequency.class, null));
                }
            }

            @Override
            public List<Observable> watched(WizardViewModel vm) {
                List<Observable> all = new ArrayList<>();
                for (Position p : Position.values()) {
                    all.add(answer.apply(vm).frequency(p));
                }
                return all;
            }
        };
    }

    private static void putEnum(JsonObject o, String key, Enum<?> value) {
        if (value != null) {
            o.addProperty(key, value.name());
        }
    }

    static JsonObject object(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static <E extends Enum<E>> E enumOr(JsonObject o, String key, Class<E> type, E fallback) {
        String name = text(o, key);
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return fallback;
    }
}
