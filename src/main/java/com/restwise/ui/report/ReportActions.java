package com.restwise.ui.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.report.Paper;
import com.restwise.report.ReportFile;
import com.restwise.report.ReportFileName;
import com.restwise.report.ReportRequest;
import com.restwise.report.TrendPoint;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.StorageTexts;
import com.restwise.ui.app.Navigator;
import com.restwise.ui.app.SettingsActions;
import com.restwise.ui.common.Failures;
import com.restwise.ui.common.I18n;
import com.restwise.ui.app.RecordsActions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.FileChooser;

/**
 * PDF reports of the results on screen or of a stored consultation: offered under the client's
 * name and the day in the folder the last one went to, written off the JavaFX thread, then a
 * dialog that opens the PDF or its folder, or says why it could not be written.
 */
public final class ReportActions {

    private final Navigator navigator;
    private final RecordsActions records;
    private final SettingsActions settings;
    private final Executor background;
    private final Consumer<String> showDocument;
    private final com.restwise.ui.common.Notice notice;

    /** @param showDocument opens a file: URI with the system's program for it (HostServices) */
    public ReportActions(Navigator navigator, RecordsActions records, SettingsActions settings, Executor background,
                  Consumer<String> showDocument, com.restwise.ui.common.Notice notice) {
        this.notice = notice;
        this.navigator = navigator;
        this.records = records;
        this.settings = settings;
        this.background = background;
        this.showDocument = showDocument;
    }

    /**
     * The results on screen, for the wizard's client (or a shopper when null), with the notes typed
     * so far and the consultation's day; its chart has the client's earlier visits and this one.
     */
    public void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day) {
        LocalDate date = day == null ? LocalDate.now() : day;
        String name = clientName(client);
        Path target = choose(name, date);
        if (target != null) {
            write(target, all -> request(profile, advice, name, date, ReportTrend.before(all, date, profile))
                    .withNotes(name == null ? null : notes), client);
        }
    }

    /** A stored consultation as it was, with its notes, and its chart up to that day. */
    public void saveReport(Client client, Consultation consultation) {
        Path target = choose(clientName(client), consultation.date());
        if (target != null) {
            report(client, consultation, target);
        }
    }

    /** Writes a stored consultation's report to the file chosen. */
    public CompletableFuture<Void> report(Client client, Consultation consultation, Path target) {
        String name = clientName(client);
        return write(target, all -> request(consultation.profile(), consultation.advice(), name, consultation.date(),
                ReportTrend.upTo(all, consultation)).withNotes(consultation.notes()), client);
    }

    /** A shopper's own results print anonymously; so does a report without a client. */
    private static String clientName(Client client) {
        return client == null || ConsultationStore.MY_RESULTS.equals(client.name()) ? null : client.name();
    }

    /** Asks where to save, offering the default name in the folder the last report went to. */
    private Path choose(String clientName, LocalDate date) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(navigator.vm().i18n().get("results.report"));
        chooser.setInitialFileName(ReportFileName.of(clientName, date));
        Path folder = lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(navigator.window());
        return file == null ? null : file.toPath();
    }

    /** The folder the last report was saved in, while it is still there. */
    Path lastFolder() {
        String folder = settings.settings().report().lastFolder();
        if (folder == null) {
            return null;
        }
        try {
            Path path = Path.of(folder);
            return Files.isDirectory(path) ? path : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private ReportRequest request(Profile profile, Advice advice, String clientName, LocalDate date,
                                  List<TrendPoint> trend) {
        String lang = settings.settings().language();
        Paper paper = lang.equals("en") && Locale.getDefault().getCountry().equals("US") ? Paper.LETTER : Paper.A4;
        ReportSettings report = settings.settings().report();
        return new ReportRequest(profile, advice, clientName, date, paper, trend, settings.settings().emergencyNumber())
                .withPractice(report.practice(), report.therapist());
    }

    /**
     * Reads the client's consultations, writes the report off the JavaFX thread, remembers its
     * folder and offers to open it; a failure is said in a dialog, naming the file and why.
     */
    CompletableFuture<Void> write(Path target, Function<List<Consultation>, ReportRequest> request, Client client) {
        I18n i18n = navigator.vm().i18n();
        // a report takes seconds: say so at once, not only when it is done
        notice.warn("notice.report-writing", target.getFileName().toString());
        CompletableFuture<List<Consultation>> consultations = client == null || clientName(client) == null
                ? CompletableFuture.completedFuture(List.of()) : records.service().consultations(client.id());
        return consultations.thenAcceptAsync(all -> {
            try {
                ReportFile.write(request.apply(all), target);
                Platform.runLater(() -> {
                    notice.dismiss("notice.report-writing");
                    saved(i18n, target);
                });
            } catch (IOException | RuntimeException e) {
                String why = StorageTexts.describe(e, target, i18n.lang());
                Platform.runLater(() -> {
                    notice.dismiss("notice.report-writing");
                    ReportSavedDialog.failed(i18n, navigator.window(), why);
                });
            }
        }, background).exceptionally(failure -> {
            Platform.runLater(() -> {
                notice.dismiss("notice.report-writing");
                ReportSavedDialog.failed(i18n, navigator.window(), Failures.describe(failure, i18n));
            });
            return null;
        });
    }

    private void saved(I18n i18n, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            settings.remember(settings.settings().withReport(settings.settings().report()
                    .withLastFolder(folder.toString())));
        }
        ReportSavedDialog.saved(i18n, navigator.window(), target, showDocument);
    }
}
