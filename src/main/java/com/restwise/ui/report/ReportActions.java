package com.restwise.ui.report;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.RecordsService;
import com.restwise.report.Paper;
import com.restwise.report.ReportFile;
import com.restwise.report.ReportFileName;
import com.restwise.report.ReportRequest;
import com.restwise.report.TrendPoint;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;
import com.restwise.storage.StorageTexts;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.Failures;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Screens;
import com.restwise.ui.common.UiWork;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * PDF reports of the results on screen or of a stored consultation: offered under the client's
 * name and the day in the folder the last one went to, written off the JavaFX thread, then a
 * dialog that opens the PDF or its folder, or says why it could not be written.
 */
public final class ReportActions {

    private final Screens screens;
    private final AppSettings settings;
    private final RecordsService records;
    private final UiWork work;
    private final Consumer<String> showDocument;
    private final com.restwise.ui.common.Notice notice;
    /** Reports asked for and not yet written or failed (a chooser still open counts). */
    private final IntegerProperty inFlight = new SimpleIntegerProperty();

    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper();

    /** @param showDocument opens a file: URI with the system's program for it (HostServices) */
    public ReportActions(
            Screens screens,
            AppSettings settings,
            RecordsService records,
            UiWork work,
            Consumer<String> showDocument,
            com.restwise.ui.common.Notice notice) {
        this.notice = notice;
        this.screens = screens;
        this.settings = settings;
        this.records = records;
        this.work = work;
        this.showDocument = showDocument;
        writing.bind(inFlight.greaterThan(0));
    }

    /**
     * True from a report's request (the click, before the file is chosen) until its PDF is written
     * or has failed, or no file was chosen.
     */
    public ReadOnlyBooleanProperty writing() {
        return writing.getReadOnlyProperty();
    }

    private void begin() {
        inFlight.set(inFlight.get() + 1);
    }

    private void end() {
        inFlight.set(Math.max(0, inFlight.get() - 1));
    }

    /** Asks for the practice and the therapist printed on reports, and keeps what is saved. */
    public void editPracticeDetails(Window owner) {
        PracticeDialog.ask(screens.i18n(), owner, settings.settings().report()).ifPresent(report -> {
            settings.changeReportSettings(report);
            notice.show("notice.practice-saved"); // a failed write replaces it with why
        });
    }

    /**
     * The results on screen, for the wizard's client (or a shopper when null), with the notes typed
     * so far and the consultation's day; its chart has the client's earlier visits and this one.
     */
    public void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day) {
        if (writing.get()) {
            return; // a second click while one is written (the button is disabled too)
        }
        LocalDate date = day == null ? LocalDate.now() : day;
        String name = clientName(client);
        Settings now = settings.settings();
        choose(
                name,
                date,
                target -> write(
                        target,
                        all -> request(now, profile, advice, name, date, ReportTrend.before(all, date, profile))
                                .withNotes(name == null ? null : notes),
                        client));
    }

    /** A stored consultation as it was, with its notes, and its chart up to that day. */
    public void saveReport(Client client, Consultation consultation) {
        if (writing.get()) {
            return; // a second click while one is written (the button is disabled too)
        }
        choose(clientName(client), consultation.date(), target -> report(client, consultation, target));
    }

    /** Writes a stored consultation's report to the file chosen. */
    public CompletableFuture<Void> report(Client client, Consultation consultation, Path target) {
        String name = clientName(client);
        Settings now = settings.settings();
        return write(
                target,
                all -> request(
                                now,
                                consultation.profile(),
                                consultation.advice(),
                                name,
                                consultation.date(),
                                ReportTrend.upTo(all, consultation))
                        .withNotes(consultation.notes()),
                client);
    }

    /** A report without a client is a shopper's, and prints anonymously; a client's carries their name, whatever it is. */
    static String clientName(Client client) {
        return client == null ? null : client.name();
    }

    /**
     * Asks where to save, offering the default name in the folder the last report went to; that
     * folder is looked for off the JavaFX thread (a network drive can take seconds to answer).
     */
    private void choose(String clientName, LocalDate date, Consumer<Path> chosen) {
        begin(); // progress from the click: the folder can take seconds to answer
        String lastFolder = settings.settings().report().lastFolder();
        work.inBackground(() -> existingFolder(lastFolder), folder -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(screens.i18n().get("results.report"));
            chooser.setInitialFileName(ReportFileName.of(clientName, date));
            if (folder != null) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File file = chooser.showSaveDialog(screens.window());
            if (file != null) {
                chosen.accept(file.toPath()); // counted again while it is written
            }
            end();
        });
    }

    /** The folder the last report was saved in, while it is still there. */
    static Path existingFolder(String folder) {
        if (folder == null) {
            return null;
        }
        try {
            Path path = Path.of(folder);
            return Files.isDirectory(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The request as the settings were when it was asked for (on the JavaFX thread), built in the background. */
    private static ReportRequest request(
            Settings now, Profile profile, Advice advice, String clientName, LocalDate date, List<TrendPoint> trend) {
        Paper paper =
                now.language().equals("en") && Locale.getDefault().getCountry().equals("US") ? Paper.LETTER : Paper.A4;
        ReportSettings report = now.report();
        return new ReportRequest(profile, advice, clientName, date, paper, trend, now.emergencyCountry())
                .withPractice(report.practice(), report.therapist());
    }

    /**
     * Reads the client's consultations, writes the report off the JavaFX thread, remembers its
     * folder and offers to open it; a failure is said in a dialog, naming the file and why.
     */
    CompletableFuture<Void> write(Path target, Function<List<Consultation>, ReportRequest> request, Client client) {
        I18n i18n = screens.i18n();
        CompletableFuture<List<Consultation>> consultations = client == null || clientName(client) == null
                ? CompletableFuture.completedFuture(List.of())
                : records.consultations(client.id());
        CompletableFuture<Void> done = new CompletableFuture<>();
        begin(); // ended on the JavaFX thread, before the dialog that says how it went
        // a report takes seconds: say so at once, not only when it is done
        notice.warn("notice.report-writing", target.getFileName().toString());
        work.follow(
                consultations.thenApplyAsync(
                        all -> {
                            try {
                                ReportFile.write(request.apply(all), target);
                                return (String) null;
                            } catch (IOException | RuntimeException e) {
                                return StorageTexts.describe(
                                        e, target, i18n.lang()); // looks at the disk: not on the JavaFX thread
                            }
                        },
                        work.background()),
                why -> {
                    end();
                    notice.dismiss("notice.report-writing");
                    if (why == null) {
                        saved(i18n, target);
                    } else {
                        ReportSavedDialog.failed(i18n, screens.window(), why);
                    }
                    done.complete(null);
                },
                failure -> {
                    end();
                    notice.dismiss("notice.report-writing");
                    ReportSavedDialog.failed(i18n, screens.window(), Failures.describe(failure, i18n));
                    done.complete(null);
                });
        return done;
    }

    private void saved(I18n i18n, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            settings.changeReportSettings(settings.settings().report().withLastFolder(folder.toString()));
        }
        ReportSavedDialog.saved(i18n, screens.window(), target, showDocument);
    }
}
