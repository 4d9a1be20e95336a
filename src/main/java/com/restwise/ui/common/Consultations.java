package com.restwise.ui.common;

import com.restwise.records.Client;
import com.restwise.records.Consultation;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/** A client's consultation in the wizard: starting it, saving its result, going back to the client. */
public interface Consultations {

    /** Starts the wizard for a client, filled with their last profile when they have one. */
    void startConsultation(Client client);

    /** The client the wizard is running for, or null for a shopper. */
    Client consultationClient();

    /** The client's consultation the wizard runs (whose, what came before), or null for a shopper. */
    ClientVisit clientVisit();

    /**
     * Saves the results shown, with the therapist's notes and the day of the consultation, to the
     * wizard's client, or for a shopper among their own saved results; completes with true once
     * saved, false when it failed (the notice says why).
     */
    CompletableFuture<Boolean> saveResult(String notes, LocalDate date);

    /** Leaves the wizard for the records screen with this client's page open. */
    void showClient(Client client);

    /** Opens a saved consultation's answers in the wizard, to correct them. */
    void correctAnswers(Client client, Consultation saved);
}
