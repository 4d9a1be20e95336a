package com.restwise.ui.wizard.results;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.Reports;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Keeping the results on screen: for a client's consultation with the therapist's notes and the
 * day (a correction replaces the consultation corrected), or among a shopper's own results; and
 * a PDF report of them. While a save runs the notes cannot change; when it fails (the notice
 * says why) everything stays as typed to try again; once a client's is saved, the way back to
 * the client is offered.
 */
public final class SaveResultModel {

    private final Consultations consultations;
    private final Reports reports;
    private final Supplier<LocalDate> today;
    /** The client's consultation the wizard runs, or null for a shopper. */
    private final ClientVisit visit;

    private final StringProperty notes = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper savedToClient = new ReadOnlyBooleanWrapper();

    /** The day as the consultation's date field reads it; null while it holds no valid date. */
    private Supplier<LocalDate> day;

    public SaveResultModel(Consultations consultations, Reports reports, Supplier<LocalDate> today) {
        this.consultations = consultations;
        this.reports = reports;
        this.today = today;
        this.day = today;
        this.visit = consultations.clientVisit();
        correcting().ifPresent(c -> notes.set(c.notes()));
    }

    /** Whether the results go to a client (with notes and a day) rather than to a shopper's own. */
    public boolean forClient() {
        return visit != null;
    }

    public ClientVisit visit() {
        return visit;
    }

    /** The consultation being corrected, if the wizard was opened to correct one. */
    public java.util.Optional<Consultation> correcting() {
        return visit == null ? java.util.Optional.empty() : visit.correcting();
    }

    /** The therapist's notes for the consultation. */
    public StringProperty notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    /** True once a client's consultation is saved: time to offer the way back to the client. */
    public ReadOnlyBooleanProperty savedToClient() {
        return savedToClient.getReadOnlyProperty();
    }

    /** Where the day of a client's consultation is read from (its date field, on every step). */
    public void dayFrom(Supplier<LocalDate> field) {
        this.day = field;
    }

    /** The day to save and print a client's consultation under: the field's; null while it holds no date. */
    public LocalDate day() {
        return forClient() ? day.get() : null;
    }

    /** Saves on the day given for a client's consultation (a shopper's on today). */
    public void save(LocalDate day) {
        saving.set(true);
        consultations.saveResult(notes.get(), forClient() ? day : today.get()).thenAccept(done -> {
            if (!done) {
                saving.set(false);
            } else if (forClient()) {
                savedToClient.set(true);
            }
        });
    }

    /** The records screen with the client's page, this consultation in their trend. */
    public void backToClient() {
        consultations.showClient(visit.client());
    }

    /** True from a report's request until its PDF is written or has failed: one report at a time. */
    public ReadOnlyBooleanProperty reporting() {
        return reports.writingReport();
    }

    /** A PDF report of the results, with the notes typed so far and, for a client, the day. */
    public void report(Profile profile, Advice advice, LocalDate day) {
        reports.saveReport(profile, advice, consultations.consultationClient(), notes.get(), forClient() ? day : null);
    }
}
