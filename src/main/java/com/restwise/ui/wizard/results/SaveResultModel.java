package com.restwise.ui.wizard.results;

import com.restwise.records.Consultation;
import com.restwise.ui.common.AppActions;
import com.restwise.ui.common.ClientVisit;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Saving the results shown: to the client of a consultation (with the therapist's notes and the
 * day, typed on any step) or to the shopper's own saved results. One per wizard, so notes typed
 * on the second step are still there at the results.
 */
public final class SaveResultModel {

    private final AppActions app;
    private final ClientVisit visit;
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    /** The day the consultation is saved under, as the date field reads it; null while it is not a date. */
    private Supplier<LocalDate> day = LocalDate::now;

    public SaveResultModel(AppActions app) {
        this.app = app;
        this.visit = app.clientVisit();
        if (visit != null) {
            visit.correcting().map(Consultation::notes).ifPresent(notes::set);
        }
    }

    /** The consultation's client and history, or null for a shopper. */
    public ClientVisit visit() {
        return visit;
    }

    public StringProperty notes() {
        return notes;
    }

    /** True while the save runs: the button waits, the notes cannot change under it. */
    public BooleanProperty saving() {
        return saving;
    }

    /** True once saved: the same result is not saved twice. */
    public BooleanProperty saved() {
        return saved;
    }

    public void dayFrom(Supplier<LocalDate> field) {
        this.day = field;
    }

    /** The day to save and print under: the field's for a consultation, else today. */
    public LocalDate day() {
        return visit == null ? LocalDate.now() : day.get();
    }

    /** Saves the advice on screen; a failure leaves everything as typed for another try (the notice says why). */
    public void save() {
        if (saving.get() || saved.get()) {
            return;
        }
        saving.set(true);
        app.saveResult(notes.get(), day()).thenAccept(done -> {
            saving.set(false);
            saved.set(done);
        });
    }
}
