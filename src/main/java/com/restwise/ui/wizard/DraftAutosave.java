package com.restwise.ui.wizard;

import com.google.gson.JsonObject;
import com.restwise.storage.DraftStore;
import com.restwise.ui.common.DiskFailure;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Writes the wizard's draft after every answer, once the answers have been still for a moment
 * (typing a weight is one write, not one per key), off the JavaFX thread with the draft store's
 * atomic write; {@link #flush} writes at once what is still waiting, as the window closes.
 */
public final class DraftAutosave {

    /** How long the answers must be still before they are written. */
    static final Duration QUIET = Duration.millis(400);

    private final DraftStore store;
    private final UiWork work;
    private final Notice notice;
    /** The draft to write now, or null while nothing may be written (a draft awaits resuming). */
    private Supplier<JsonObject> draft = () -> null;

    private WizardViewModel watched;
    private Runnable cancel = () -> {};
    private boolean waiting;
    private JsonObject lastWritten;
    /** Whether the file on disk holds answers, so that erasing them must be written too. */
    private boolean answersOnDisk;

    public DraftAutosave(DraftStore store, UiWork work, Notice notice, boolean answersOnDisk) {
        this.store = store;
        this.work = work;
        this.notice = notice;
        this.answersOnDisk = answersOnDisk;
    }

    /** Follows a new wizard's answers; whatever the last one still had waiting is dropped. */
    public void watch(WizardViewModel vm, Supplier<JsonObject> draftNow) {
        cancelWaiting();
        watched = vm;
        draft = draftNow;
        lastWritten = null;
        if (vm.step().get() != Step.WELCOME) {
            followAnswers(vm);
            return;
        }
        // Nothing on the welcome page is an answer: the answers are followed from the moment the
        // wizard leaves it (a draft resumed, the first question), which keeps the table of
        // questions out of the first window. Leaving it counts as a change, as it did when followed.
        vm.step().addListener(new ChangeListener<Step>() {
            @Override
            public void changed(ObservableValue<? extends Step> step, Step was, Step now) {
                step.removeListener(this);
                if (watched == vm) {
                    followAnswers(vm);
                    DraftAutosave.this.changed();
                }
            }
        });
    }

    private void followAnswers(WizardViewModel vm) {
        InvalidationListener changed = obs -> {
            if (watched == vm) {
                changed();
            }
        };
        WizardDraft.answers(vm).forEach(o -> o.addListener(changed));
    }

    /** An answer changed: write once the answers have been still for {@link #QUIET}. */
    void changed() {
        cancel.run();
        waiting = true;
        cancel = work.delay().after(QUIET, this::flush);
    }

    /** Writes what is waiting now (the window closes, or the app is about to report a crash). */
    public void flush() {
        if (waiting) {
            cancelWaiting();
            write();
        }
    }

    /** Writes the answers now, whether or not anything is waiting. */
    public void write() {
        JsonObject now = draft.get();
        if (now == null || now.equals(lastWritten) || !WizardDraft.hasAnswers(now) && !answersOnDisk) {
            return;
        }
        lastWritten = now;
        answersOnDisk = WizardDraft.hasAnswers(now);
        work.inBackground(() -> failure(now), failed -> {
            if (failed.isEmpty()) {
                notice.dismiss("notice.draft-unsaved");
            } else {
                lastWritten = null; // the next answer tries again
                notice.warn("notice.draft-unsaved", failed.get());
            }
        });
    }

    /** Writes the draft (off the JavaFX thread); why not, when it could not be. */
    private java.util.Optional<DiskFailure> failure(JsonObject draft) {
        try {
            store.save(draft);
            return java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.of(DiskFailure.of(e, store.file()));
        }
    }

    /** The draft was deleted (start again): nothing waiting is written over the fresh start. */
    public void deleted() {
        cancelWaiting();
        lastWritten = null;
        answersOnDisk = false;
    }

    private void cancelWaiting() {
        cancel.run();
        cancel = () -> {};
        waiting = false;
    }
}
