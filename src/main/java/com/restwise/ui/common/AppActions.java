package com.restwise.ui.common;

import com.restwise.storage.Settings;

/** What pages ask of the app beyond the wizard's answers: resuming, language, theme. */
public interface AppActions {

    /** Whether an unfinished set of answers was found when the app started. */
    boolean hasDraft();

    void resumeDraft();

    /** Clears all answers and the draft, back to the welcome page; asks before unfinished answers go. */
    void startOver();

    Settings settings();

    void changeLanguage(String lang);

    void changeTheme(Settings.Theme theme);

    void changeTextSize(Settings.TextSize size);

    /** The country whose emergency number an urgent result tells the user to call. */
    void changeEmergencyCountry(String country);

    /** Shows the client records in place of the wizard. */
    void showRecords();

    /** Shows the shopper's own saved results in place of the wizard. */
    void showSavedResults();

    /** Starts the wizard for a client, filled with their last profile when they have one. */
    void startConsultation(com.restwise.records.Client client);

    /** The client the wizard is running for, or null for a shopper. */
    com.restwise.records.Client consultationClient();

    /**
     * Saves the results shown, with the therapist's notes and the day of the consultation, to the
     * wizard's client, or for a shopper among their own saved results; completes with true once
     * saved, false when it failed (the notice says why).
     */
    java.util.concurrent.CompletableFuture<Boolean> saveResult(String notes, java.time.LocalDate date);

    /** The client's consultation the wizard runs (whose, what came before), or null for a shopper. */
    com.restwise.ui.common.ClientVisit clientVisit();

    /** Leaves the wizard for the records screen with this client's page open. */
    void showClient(com.restwise.records.Client client);

    /** Opens a saved consultation's answers in the wizard, to correct them. */
    void correctAnswers(com.restwise.records.Client client, com.restwise.records.Consultation saved);

    /**
     * Asks where to save a PDF report of the results on screen and writes it, with the notes typed
     * and, for a client, the trend of their consultations up to this one.
     */
    void saveReport(com.restwise.engine.profile.Profile profile, com.restwise.engine.advice.Advice advice,
                    com.restwise.records.Client client, String notes, java.time.LocalDate day);

    /** Asks where to save a PDF report of a stored consultation, with its notes and the trend up to it. */
    void saveReport(com.restwise.records.Client client, com.restwise.records.Consultation consultation);

    /** Asks for the practice and the therapist printed on reports, and keeps what is saved. */
    void editPracticeDetails(javafx.stage.Window owner);

    /** Shows the help page in the window of this scene. */
    void showHelp(javafx.scene.Scene scene);

    /** Shows the about page in the window of this scene. */
    void showAbout(javafx.scene.Scene scene);

    /** True during the first run, when the welcome page explains what Restwise does (once; Help has it after). */
    boolean firstRun();

    /** Tells the user something happened (or failed) without a dialog. */
    void tell(String message);
}
