package com.restwise.ui.wizard;

import com.google.gson.JsonObject;
import java.util.List;
import javafx.beans.Observable;

/**
 * The wizard's answers as a draft document: the raw text of every field (so an answer that
 * is not valid yet is still kept) and the step the user was on. Reading is forgiving: a
 * value it does not recognise is left unanswered rather than failing the whole draft, and a
 * draft written before a question existed leaves that question unanswered.
 */
public final class WizardDraft {

    public static final int VERSION = 1;

    private WizardDraft() {}

    public static JsonObject write(WizardViewModel vm) {
        JsonObject d = new JsonObject();
        d.addProperty("draftVersion", VERSION);
        d.addProperty("step", vm.step().get().name());
        for (Questions.Question q : Questions.ALL) {
            q.field().write(vm, section(d, q.section()), q.key());
        }
        return d;
    }

    /** Fills the view model from a draft; the step is restored last, once the answers are in. */
    public static void read(JsonObject d, WizardViewModel vm) {
        for (Questions.Question q : Questions.ALL) {
            q.field().read(vm, q.section().isEmpty() ? d : DraftField.object(d, q.section()), q.key());
        }
        Step step = DraftField.enumOr(d, "step", Step.class, Step.WELCOME);
        // Resume at the saved step, or at the first step that still needs an answer.
        while (!vm.canVisit(step)) {
            step = step.previous();
        }
        vm.step().set(step);
    }

    /** Everything {@link #write} records, to be told of every answer (WizardDraftWatchTest checks they agree). */
    public static List<Observable> answers(WizardViewModel vm) {
        return Questions.watched(vm);
    }

    /** Whether a draft holds anything worth resuming. */
    public static boolean hasAnswers(JsonObject d) {
        return !DraftField.text(DraftField.object(d, "you"), "weight").isBlank();
    }

    /** The draft's object for a section, made when first written to; the draft itself for "". */
    private static JsonObject section(JsonObject d, String name) {
        if (name.isEmpty()) {
            return d;
        }
        if (!d.has(name)) {
            d.add(name, new JsonObject());
        }
        return d.getAsJsonObject(name);
    }
}
