package com.restwise.ui.app;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.RecordsService;
import com.restwise.storage.AppLog;
import com.restwise.storage.DataDirectory;
import com.restwise.storage.DraftStore;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.Delay;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.Reports;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.help.AboutPage;
import com.restwise.ui.help.HelpPage;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.report.ReportActions;
import com.restwise.ui.saved.SavedResultsView;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The desktop app: one window titled "Restwise", put together from its pieces (settings,
 * navigation, records, reports), and what the pages ask of it, by role. Before the first window
 * only the small settings and draft files are read on the JavaFX thread, as they decide what it
 * shows; everything slower (the catalog, the records, every write) runs off it through
 * {@link UiWork}.
 */
public class RestwiseApp extends Application implements Navigation, AppSettings, Consultations, Reports {

    public static final String TITLE = Dialogs.TITLE;
    public static final double MIN_WIDTH = WindowFit.MIN_WIDTH;
    public static final double MIN_HEIGHT = WindowFit.MIN_HEIGHT;

    private final Notice notice = new Notice(Delay.fx());
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "restwise-background");
        t.setDaemon(true);
        return t;
    });
    private final UiWork work = UiWork.onFx(background);
    private SettingsActions settings;
    private Navigator navigator;
    private RecordsActions records;
    private PracticeActions practice;

    /** For tests: where the client records are, and their idle lock. */
    PracticeActions practice() {
        return practice;
    }

    private ReportActions reports;
    private SavedResultsActions savedResults;
    private WindowFit fit;
    private Stage stage;
    /** No settings had recorded the first-run note as shown when this run began. */
    private boolean firstRun;

    @Override
    public void start(Stage stage) {
        Path dataDir = DataDirectory.resolve(getParameters().getNamed().get("data-dir"));
        settings = new SettingsActions(new SettingsStore(dataDir, Locale.getDefault()), work, notice);
        firstRun = !settings.settings().introSeen();
        Theme.apply(settings.settings().theme());
        Scene scene = new Scene(new javafx.scene.layout.Pane());
        scene.getStylesheets().add(Theme.stylesheet());
        navigator = new Navigator(
                settings,
                new DraftStore(dataDir),
                work,
                notice,
                scene,
                this,
                vm -> new WizardView(vm, this, this, this, this, notice));
        RecordsService service = openRecords(dataDir);
        practice = new PracticeActions(
                new com.restwise.storage.RecordsPlaceStore(dataDir),
                dataDir,
                service,
                notice,
                work.background(),
                navigator::i18n);
        records = new RecordsActions(
                navigator,
                service,
                notice,
                work.another(),
                vm -> new RecordsView(vm, this, this, this, this, notice),
                practice);
        reports = new ReportActions(navigator, this, records.service(), work.another(), this::showDocument, notice);
        savedResults =
                new SavedResultsActions(navigator, records, notice, vm -> new SavedResultsView(vm, this, this, notice));
        navigator.showWizard();
        stage.setTitle(TITLE);
        stage.setScene(scene);
        this.stage = stage;
        fit = new WindowFit(dataDir);
        fit.place(stage);
        StartupProbe.watch(stage);
        practice.watchIdle(scene);
        HelpPage.openOnF1(scene, () -> navigator.vm().i18n());
        stage.show();
        // after the first window: decoding the picture is not worth making it wait; every later
        // window (dialogs, alerts) gets it too
        Platform.runLater(WindowIcons::install);

        work.inBackground(() -> AppLog.start(dataDir));
        DesktopLauncher.bringForwardOnRequest(stage);
        CrashDialog.install(
                stage, navigator::saveDraft, () -> navigator.vm().i18n(), AppLog.folder(dataDir), getHostServices());
        work.inBackground(CatalogReader::shipped, navigator::catalogLoaded);
        // Written once the window is up: on two busy cores this write (JSON, a temporary file and
        // its random name) took CPU from the first window.
        if (firstRun) {
            settings.remember(settings.settings().withIntroSeen(true)); // the note shows once
        } else {
            settings.saveInBackground();
        }
        // The records' schema is brought up to date at start, once the first window is up; a data
        // directory that cannot hold them is reported now rather than at the first save.
        records.openEarly();
    }

    /** Opens a file or folder with the system's program for it; tests record it instead. */
    protected void showDocument(String uri) {
        getHostServices().showDocument(uri);
    }

    /** The client records in the data directory, behind their own thread. */
    protected RecordsService openRecords(Path dataDir) {
        return RecordsService.in(dataDir);
    }

    @Override
    public void stop() throws InterruptedException {
        if (fit != null) {
            fit.save(stage);
        }
        if (navigator != null) {
            navigator.flushDraft(); // the answers of the last moment are not lost with the window
        }
        if (settings != null) {
            settings.saveIfUnsaved(); // a change made while the disk was full, now it may have room
        }
        background.shutdown();
        if (records != null) {
            records.close();
        }
        // the last draft or settings write finishes rather than being cut off by the exit
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    // --- navigation

    @Override
    public boolean hasDraft() {
        return navigator.hasDraft();
    }

    @Override
    public void resumeDraft() {
        navigator.resumeDraft();
    }

    @Override
    public void startOver() {
        navigator.startOver(this::leaveRecords);
    }

    /** Leaving the client records and the saved results for a new wizard. */
    private void leaveRecords() {
        records.leave();
        savedResults.leave();
    }

    // --- settings

    @Override
    public Settings settings() {
        return settings.settings();
    }

    @Override
    public void changeLanguage(String lang) {
        navigator.changeLanguage(lang);
    }

    @Override
    public void changeTextSize(Settings.TextSize size) {
        navigator.changeTextSize(size);
    }

    @Override
    public void changeEmergencyCountry(String country) {
        settings.remember(settings.settings().withEmergencyCountry(country));
    }

    @Override
    public void changeTheme(Settings.Theme theme) {
        settings.changeTheme(theme);
    }

    // --- client records

    @Override
    public void showRecords() {
        records.showRecords();
    }

    @Override
    public void showSavedResults() {
        savedResults.show();
    }

    @Override
    public void startConsultation(Client client) {
        records.startConsultation(client);
    }

    @Override
    public Client consultationClient() {
        return records.consultationClient();
    }

    @Override
    public CompletableFuture<Boolean> saveResult(String notes, LocalDate date) {
        return records.consultationClient() == null
                ? savedResults.save()
                : records.saveResult(notes, date).thenApply(Objects::nonNull);
    }

    @Override
    public ClientVisit clientVisit() {
        return records.visit();
    }

    /** The consultation is saved by now: the wizard and its draft are done with, as on "Start again". */
    @Override
    public void showClient(Client client) {
        navigator.startOver(this::leaveRecords);
        records.showClient(client);
    }

    @Override
    public void correctAnswers(Client client, Consultation saved) {
        records.correctAnswers(client, saved);
    }

    // --- reports

    @Override
    public void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day) {
        reports.saveReport(profile, advice, client, notes, day);
    }

    @Override
    public void saveReport(Client client, Consultation consultation) {
        reports.saveReport(client, consultation);
    }

    @Override
    public void changeReportSettings(ReportSettings report) {
        settings.remember(settings.settings().withReport(report));
    }

    @Override
    public void editPracticeDetails(Window owner) {
        reports.editPracticeDetails(owner);
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty writingReport() {
        return reports.writing();
    }

    @Override
    public void editRecordsPlace(javafx.stage.Window owner) {
        practice.edit(owner);
    }

    @Override
    public boolean recordsInPractice() {
        return practice.place().practice();
    }

    @Override
    public String recordsWhere() {
        return practice.where();
    }

    @Override
    public void showHelp(Scene scene) {
        HelpPage.show(scene, navigator.vm().i18n());
    }

    @Override
    public void showAbout(Scene scene) {
        AboutPage.show(scene, navigator.vm().i18n());
    }

    @Override
    public boolean firstRun() {
        return firstRun;
    }

    /** For tests: the records view on screen, if any. */
    RecordsView records() {
        return records.view();
    }

    /** For tests: "My saved results" on screen, if shown. */
    SavedResultsView savedResults() {
        return savedResults.view();
    }

    /** For tests: the reports. */
    ReportActions reports() {
        return reports;
    }

    /** For tests: the client records. */
    RecordsService recordsService() {
        return records.service();
    }

    /** For tests: whether all work on the records has finished and been shown. */
    boolean recordsSettled() {
        return records.settled() && savedResults.settled();
    }

    /** For tests: the wizard's view model. */
    WizardViewModel viewModel() {
        return navigator.vm();
    }
}
