package com.restwise.ui;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.report.Paper;
import com.restwise.report.ReportRequest;
import com.restwise.report.ReportFile;
import com.restwise.storage.StorageTexts;
import com.restwise.report.TrendPoint;
import com.restwise.ui.model.Failures;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.Notice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.stage.FileChooser;

/** PDF reports of a result or a stored consultation, with the client's pain trend. */
final class ReportActions {

    private final Navigator navigator;
    private final RecordsActions records;
    private final SettingsActions settings;
    private final Executor background;
    private final Notice notice;

    ReportActions(Navigator navigator, RecordsActions records, SettingsActions settings, Executor background,
                  Notice notice) {
        this.navigator = navigator;
        this.records = records;
        this.settings = settings;
        this.background = background;
        this.notice = notice;
    }

    /** Asks where to save a PDF report and writes it. */
    void saveReport(Profile profile, Advice advice, Client client) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(navigator.vm().i18n().get("results.report"));
        chooser.setInitialFileName("restwise-report-" + LocalDate.now() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(navigator.window());
        if (file != null) {
            writeReport(file.toPath(), profile, advice, client);
        }
    }

    /** Writes the report, with the client's pain trend when there are consultations to show. */
    void writeReport(Path target, Profile profile, Advice advice, Client client) {
        I18n i18n = navigator.vm().i18n();
        CompletableFuture<List<Consultation>> consultations = client == null
                ? CompletableFuture.completedFuture(List.of()) : records.service().consultations(client.id());
        String lang = settings.settings().language();
        String emergencyNumber = settings.settings().emergencyNumber();
        Paper paper = lang.equals("en") && Locale.getDefault().getCountry().equals("US") ? Paper.LETTER : Paper.A4;
        consultations.thenAcceptAsync(list -> {
            List<TrendPoint> trend = new ArrayList<>();
            for (Consultation c : list) {
                trend.add(new TrendPoint(c.date(), c.morningPain(), c.profile().symptoms().sleepQuality(),
                        c.profile().symptoms().morningStiffnessMinutes()));
            }
            ReportRequest request = new ReportRequest(profile, advice,
                    client == null || ConsultationStore.MY_RESULTS.equals(client.name()) ? null : client.name(),
                    LocalDate.now(), paper, trend, emergencyNumber);
            try {
                ReportFile.write(request, target);
                Platform.runLater(() -> notice.show("notice.report-saved", target));
            } catch (IOException | RuntimeException e) {
                String why = StorageTexts.describe(e, target, i18n.lang());
                Platform.runLater(() -> notice.warn("notice.report-failed", target, why));
            }
        }, background).exceptionally(failure -> {
            Platform.runLater(() -> notice.set(Failures.describe(failure, i18n)));
            return null;
        });
    }
}
