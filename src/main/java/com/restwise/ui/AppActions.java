package com.restwise.ui;

import com.restwise.storage.Settings;

/** What pages ask of the app beyond the wizard's answers: resuming, language, theme. */
interface AppActions {

    /** Whether an unfinished set of answers was found when the app started. */
    boolean hasDraft();

    void resumeDraft();

    /** Clears all answers and the draft, back to the welcome page; asks before unfinished answers go. */
    void startOver();

    Settings settings();

    void changeLanguage(String lang);

    void changeTheme(Settings.Theme theme);

    void changeTextSize(Settings.TextSize size);

    /** The number an urgent result tells the user to call. */
    void changeEmergencyNumber(String number);

    /** Shows the client records in place of the wizard. */
    void showRecords();

    /** Starts the wizard for a client, filled with their last profile when they have one. */
    void startConsultation(com.restwise.records.Client client);

    /** The client the wizard is running for, or null for a shopper. */
    com.restwise.records.Client consultationClient();

    /**
     * Saves the results shown, with the therapist's notes and the day of the consultation, to the
     * wizard's client (or the shopper's own results).
     */
    void saveResult(String notes, java.time.LocalDate date);

    /** Asks where to save a PDF report and writes it; the trend of the client's consultations comes with it. */
    void saveReport(com.restwise.engine.profile.Profile profile, com.restwise.engine.advice.Advice advice,
                    com.restwise.records.Client client);

    /** True during the first run, when the welcome page explains what Restwise does (once; Help has it after). */
    boolean firstRun();

    /** Tells the user something happened (or failed) without a dialog. */
    void tell(String message);
}
