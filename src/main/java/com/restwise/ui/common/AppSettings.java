package com.restwise.ui.common;

import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;

/** The person's settings as the pages read and change them; each change is kept at once. */
public interface AppSettings {

    Settings settings();

    void changeLanguage(String lang);

    void changeTheme(Settings.Theme theme);

    void changeTextSize(Settings.TextSize size);

    /** The country whose emergency number an urgent result tells the user to call. */
    void changeEmergencyCountry(String country);

    /** The practice and the therapist printed on reports, and the folder the last one went to. */
    void changeReportSettings(ReportSettings report);

    /** Settings, "Client records": on this computer or in the practice's database. */
    default void editRecordsPlace(javafx.stage.Window owner) {}

    /** Whether the client records are set to be the practice's database rather than this computer's. */
    default boolean recordsInPractice() {
        return false;
    }

    /** Where the client records are, for the header: "Physio am Park: Jana Meier", or on this computer. */
    default String recordsWhere() {
        return "";
    }

    /** True during the first run, when the welcome page explains what Restwise does (once; Help has it after). */
    boolean firstRun();
}
