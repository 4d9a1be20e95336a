package com.restwise.ui.common;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * What the pages ask of the app, answered as a test needs: the settings and the client given,
 * and nothing happening when a page asks to go somewhere, change something or save.
 */
public final class PageRoles {

    private PageRoles() {}

    /** @param hasDraft whether the welcome page offers to resume (and so shows that button too) */
    public static Navigation navigation(boolean hasDraft) {
        return new Navigation() {
            @Override
            public boolean hasDraft() {
                return hasDraft;
            }

            @Override
            public void resumeDraft() {}

            @Override
            public void startOver() {}

            @Override
            public void showRecords() {}

            @Override
            public void showSavedResults() {}

            @Override
            public void showHelp(Scene scene) {}

            @Override
            public void showAbout(Scene scene) {}
        };
    }

    /** @param firstRun whether the welcome page shows its first-run note */
    public static AppSettings settings(Settings settings, boolean firstRun) {
        return new AppSettings() {
            @Override
            public Settings settings() {
                return settings;
            }

            @Override
            public void changeLanguage(String lang) {}

            @Override
            public void changeTheme(Settings.Theme theme) {}

            @Override
            public void changeTextSize(Settings.TextSize size) {}

            @Override
            public void changeEmergencyCountry(String country) {}

            @Override
            public void changeReportSettings(ReportSettings report) {}

            @Override
            public boolean firstRun() {
                return firstRun;
            }
            // as the app says it for records kept on this computer
            @Override
            public String recordsWhere() {
                return new I18n(settings.language()).get("place.where-local");
            }
        };
    }

    /**
     * @param forClient the client of a new consultation (the header names them, the results offer
     *                  "Save to ..."), or null for a shopper
     */
    public static Consultations consultations(Client forClient) {
        ClientVisit visit = forClient == null ? null : ClientVisit.newConsultation(forClient);
        return new Consultations() {
            @Override
            public void startConsultation(Client client) {}

            @Override
            public Client consultationClient() {
                return forClient;
            }

            @Override
            public ClientVisit clientVisit() {
                return visit;
            }

            @Override
            public CompletableFuture<Boolean> saveResult(String notes, LocalDate date) {
                return new CompletableFuture<>();
            }

            @Override
            public void showClient(Client client) {}

            @Override
            public void correctAnswers(Client client, Consultation saved) {}
        };
    }

    public static Reports reports() {
        return reports(new javafx.beans.property.SimpleBooleanProperty());
    }

    /** Reports that are being written while {@code writing} is true. */
    public static Reports reports(javafx.beans.property.BooleanProperty writing) {
        javafx.beans.property.ReadOnlyBooleanWrapper shown = new javafx.beans.property.ReadOnlyBooleanWrapper();
        shown.bind(writing);
        return new Reports() {
            @Override
            public javafx.beans.property.ReadOnlyBooleanProperty writingReport() {
                return shown.getReadOnlyProperty();
            }

            @Override
            public void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day) {}

            @Override
            public void saveReport(Client client, Consultation consultation) {}

            @Override
            public void editPracticeDetails(Window owner) {}
        };
    }

    /** A notice whose news never leaves by itself. */
    public static Notice notice() {
        return new Notice((delay, action) -> () -> {});
    }
}
