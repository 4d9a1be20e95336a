package com.restwise.ui.common;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.stage.Window;

/** PDF reports, as the pages ask for them. */
public interface Reports {

    /**
     * Asks where to save a PDF report of the results on screen and writes it, with the notes typed
     * and, for a client, the trend of their consultations up to this one.
     */
    void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day);

    /** Asks where to save a PDF report of a stored consultation, with its notes and the trend up to it. */
    void saveReport(Client client, Consultation consultation);

    /** Asks for the practice and the therapist printed on reports, and keeps what is saved. */
    void editPracticeDetails(Window owner);

    /**
     * True from a report's request (the click) until the PDF is written, has failed, or no file
     * was chosen: the pages show progress and take no second report meanwhile.
     */
    ReadOnlyBooleanProperty writingReport();
}
