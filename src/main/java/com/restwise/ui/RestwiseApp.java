package com.restwise.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.google.gson.JsonObject;
import com.restwise.engine.Advisor;
import com.restwise.engine.catalog.Catalog;
import com.restwise.json.CatalogReader;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.records.StoreException;
import com.restwise.report.Paper;
import com.restwise.report.ReportRequest;
import com.restwise.report.ReportWriter;
import com.restwise.report.TrendPoint;
import com.restwise.storage.DataDirectory;
import com.restwise.storage.DraftStore;
import com.restwise.storage.Settings;
import com.restwise.storage.SettingsStore;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.ProfileAnswers;
import com.restwise.ui.model.Step;
import com.restwise.ui.model.WizardDraft;
import com.restwise.ui.model.WizardViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The desktop app: one window titled "Restwise" holding the wizard. Anything slow (the
 * catalog, file writes) happens off the JavaFX thread so the first step appears at once.
 */
public class RestwiseApp extends Application implements AppActions {

    public static final String TITLE = "Restwise";
    public static final double MIN_WIDTH = 960;
    public static final double MIN_HEIGHT = 680;

    private Advisor advisor;
    private final StringProperty notice = new SimpleStringProperty("");
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "restwise-background");
        t.setDaemon(true);
        return t;
    });
    private Scene scene;
    private SettingsStore settingsStore;
    private Settings settings;
    private DraftStore drafts;
    private JsonObject pendingDraft;
    private WizardViewModel vm;
    private volatile Catalog catalog;
    private Path dataDir;
    private ConsultationStore store;
    private RecordsView records;
    private Client consultationClient;
    /** The notice shown while saving fails, cleared by the next save that works. */
    private String saveProblem = "";

    @Override
    public void start(Stage stage) {
        dataDir = DataDirectory.resolve(getParameters().getNamed().get("data-dir"));
        settingsStore = new SettingsStore(dataDir, Locale.getDefault());
        settings = settingsStore.load();
        drafts = new DraftStore(dataDir);
        pendingDraft = drafts.load().filter(WizardDraft::hasAnswers).orElse(null);
        I18n i18n = new I18n(settings.language());
        settingsStore.notice().ifPresent(n -> notice.set(i18n.get("notice.settings-damaged")));
        drafts.notice().ifPresent(n -> notice.set(i18n.get("notice.draft-damaged", n)));
        applyTheme(settings.theme());

        scene = new Scene(new javafx.scene.layout.Pane(), 1100, 760);
        scene.getStylesheets().add(stylesheet());
        scene.setRoot(buildRoot());
        stage.setTitle(TITLE);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();

        background.execute(() -> {
            Catalog loaded = CatalogReader.shipped();
            catalog = loaded;
            Platform.runLater(() -> vm.catalog().set(loaded));
        });
        background.execute(() -> saveSettings(settings));
        // The records' schema is brought up to date at start, once the first window is up; a data
        // directory that cannot hold them is reported now rather than at the first save.
        Platform.runLater(this::store);
    }

    @Override
    public void stop() {
        background.shutdown();
        if (store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                // every save was its own transaction; nothing is lost by a failed close
            }
        }
    }

    private javafx.scene.Parent buildRoot() {
        I18n i18n = new I18n(settings.language());
        vm = new WizardViewModel(i18n, this::advisor);
        vm.you().weightUnit().set(settings.weightUnit());
        vm.you().heightUnit().set(settings.heightUnit());
        vm.you().weightUnit().addListener((obs, was, now) -> rememberSettings(settings.withWeightUnit(now)));
        vm.you().heightUnit().addListener((obs, was, now) -> rememberSettings(settings.withHeightUnit(now)));
        vm.step().addListener((obs, was, now) -> saveDraft());
        if (catalog != null) {
            vm.catalog().set(catalog);
        }
        WizardView view = new WizardView(vm, this, notice);
        applyTextSize(view.root(), settings.textSize());
        return view.root();
    }

    /** After every step: the answers so far, written off the JavaFX thread. */
    private void saveDraft() {
        if (vm.you().weight().text().get().isBlank() && pendingDraft == null) {
            return;
        }
        JsonObject draft = WizardDraft.write(vm);
        I18n i18n = vm.i18n();
        background.execute(() -> {
            try {
                drafts.save(draft);
                Platform.runLater(() -> {
                    if (notice.get().equals(saveProblem)) {
                        notice.set("");
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    saveProblem = i18n.get("notice.cannot-save", drafts.file().getParent());
                    notice.set(saveProblem);
                });
            }
        });
    }

    private void rememberSettings(Settings changed) {
        settings = changed;
        background.execute(() -> saveSettings(changed));
    }

    private void saveSettings(Settings s) {
        try {
            settingsStore.save(s);
        } catch (IOException | RuntimeException e) {
            String where = settingsStore.file().getParent().toString();
            Platform.runLater(() -> notice.set(vm.i18n().get("notice.cannot-save", where)));
        }
    }

    /** One engine for the app's lifetime, created when first needed (not before the first window). */
    private Advisor advisor() {
        if (advisor == null) {
            advisor = new Advisor();
        }
        return advisor;
    }

    /** The build's binary stylesheet; the CSS source where it was not built (an IDE run). */
    private static String stylesheet() {
        java.net.URL binary = RestwiseApp.class.getResource("restwise.bss");
        return (binary != null ? binary : RestwiseApp.class.getResource("restwise.css")).toExternalForm();
    }

    /** The binary (.bss) form AtlantaFX ships: it loads in half the time of parsing the CSS. */
    private static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    @Override
    public boolean hasDraft() {
        return pendingDraft != null;
    }

    @Override
    public void resumeDraft() {
        JsonObject draft = pendingDraft;
        pendingDraft = null;
        try {
            WizardDraft.read(draft, vm);
        } catch (RuntimeException e) {
            drafts.moveAside(e.getMessage());
            drafts.notice().ifPresent(n -> notice.set(vm.i18n().get("notice.draft-damaged", n)));
            scene.setRoot(buildRoot());
        }
    }

    @Override
    public void startOver() {
        pendingDraft = null;
        consultationClient = null;
        records = null;
        background.execute(() -> {
            try {
                drafts.delete();
            } catch (IOException e) {
                // an old draft left behind is only offered again; nothing is lost
            }
        });
        scene.setRoot(buildRoot());
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public void changeLanguage(String lang) {
        JsonObject answers = WizardDraft.write(vm);
        rememberSettings(settings.withLanguage(lang));
        scene.setRoot(buildRoot());
        WizardDraft.read(answers, vm);
    }

    @Override
    public void changeTextSize(Settings.TextSize size) {
        rememberSettings(settings.withTextSize(size));
        applyTextSize(scene.getRoot(), size);
    }

    /**
     * AtlantaFX sizes everything in em from the root font size, so one style class on the root
     * scales the app. A class from our binary stylesheet rather than an inline style: an inline
     * style starts the CSS parser, which cost the first window about 40 ms.
     */
    private static void applyTextSize(javafx.scene.Parent root, Settings.TextSize size) {
        for (Settings.TextSize s : Settings.TextSize.values()) {
            root.getStyleClass().remove(textSizeClass(s));
        }
        root.getStyleClass().add(textSizeClass(size));
    }

    static String textSizeClass(Settings.TextSize size) {
        return "text-size-" + size.percent();
    }

    @Override
    public void changeEmergencyNumber(String number) {
        rememberSettings(settings.withEmergencyNumber(number));
    }

    @Override
    public void changeTheme(Settings.Theme theme) {
        applyTheme(theme);
        rememberSettings(settings.withTheme(theme));
    }

    // --- client records

    @Override
    public Optional<ConsultationStore> store() {
        if (store == null) {
            try {
                store = ConsultationStore.open(dataDir);
            } catch (StoreException e) {
                tell(e.getMessage());
                return Optional.empty();
            }
        }
        return Optional.of(store);
    }

    @Override
    public void showRecords() {
        store().ifPresent(s -> {
            notice.set("");
            RecordsView view = new RecordsView(vm.i18n(), this, s, notice);
            records = view;
            applyTextSize(view.root(), settings.textSize());
            scene.setRoot(view.root());
        });
    }

    @Override
    public void startConsultation(Client client) {
        consultationClient = null;
        scene.setRoot(buildRoot());
        consultationClient = client;
        store().flatMap(s -> {
            try {
                return s.lastProfile(client.id());
            } catch (StoreException e) {
                tell(e.getMessage());
                return Optional.empty();
            }
        }).ifPresent(last -> ProfileAnswers.fill(vm, last));
        vm.step().set(Step.YOU);
    }

    @Override
    public Client consultationClient() {
        return consultationClient;
    }

    @Override
    public void saveResult(String notes, LocalDate date) {
        Advice advice = vm.advice().get();
        if (advice == null) {
            return;
        }
        store().ifPresent(s -> {
            try {
                Client client = consultationClient != null ? consultationClient : s.myResults();
                s.saveConsultation(client.id(), date, vm.profile(), advice, notes);
                tell(vm.i18n().get("notice.saved", client.name()));
            } catch (StoreException e) {
                tell(e.getMessage());
            }
        });
    }

    @Override
    public void saveReport(Profile profile, Advice advice, Client client) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(vm.i18n().get("results.report"));
        chooser.setInitialFileName("restwise-report-" + LocalDate.now() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(scene.getWindow());
        if (file != null) {
            writeReport(file.toPath(), profile, advice, client);
        }
    }

    /** Writes the report, with the client's pain trend when there are consultations to show. */
    void writeReport(Path target, Profile profile, Advice advice, Client client) {
        List<TrendPoint> trend = new ArrayList<>();
        if (client != null) {
            store().ifPresent(s -> {
                try {
                    for (Consultation c : s.consultations(client.id())) {
                        trend.add(new TrendPoint(c.date(), c.morningPain(), c.profile().symptoms().sleepQuality(),
                                c.profile().symptoms().morningStiffnessMinutes()));
                    }
                } catch (StoreException e) {
                    tell(e.getMessage());
                }
            });
        }
        ReportRequest request = new ReportRequest(profile, advice,
                client == null || ConsultationStore.MY_RESULTS.equals(client.name()) ? null : client.name(),
                LocalDate.now(), settings.language().equals("en") && Locale.getDefault().getCountry().equals("US")
                ? Paper.LETTER : Paper.A4, trend, settings.emergencyNumber());
        I18n i18n = vm.i18n();
        background.execute(() -> {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(target)) {
                new ReportWriter().write(request, out);
                Platform.runLater(() -> tell(i18n.get("notice.report-saved", target)));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> tell(i18n.get("notice.report-failed", target, e.getMessage())));
            }
        });
    }

    @Override
    public void tell(String message) {
        notice.set(message);
    }

    /** For tests: the records view on screen, if any. */
    RecordsView records() {
        return records;
    }

    /** For tests: the wizard's view model. */
    WizardViewModel viewModel() {
        return vm;
    }
}
