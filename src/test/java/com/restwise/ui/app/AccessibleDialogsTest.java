package com.restwise.ui.app;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.records.SavedResult;
import com.restwise.records.practice.PracticeStore;
import com.restwise.storage.RecordsPlace;
import com.restwise.storage.ReportSettings;
import com.restwise.storage.Settings;
import com.restwise.ui.common.AccessibleNames;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.ConflictDialog;
import com.restwise.ui.records.ConsultationDialogs;
import com.restwise.ui.records.ExportDialog;
import com.restwise.ui.records.PassphraseDialog;
import com.restwise.ui.records.PracticePasswordDialog;
import com.restwise.ui.records.RecordsPlaceDialog;
import com.restwise.ui.records.RecordsPlaceModel;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.records.StaleVersionDialog;
import com.restwise.ui.records.VersionsDialog;
import com.restwise.ui.report.PracticeDialog;
import com.restwise.ui.report.ReportSavedDialog;
import com.restwise.ui.saved.SavedResultsView;
import com.restwise.ui.saved.SavedResultsViewModel;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.StartAgain;
import com.restwise.ui.wizard.StartAgainDialog;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a screen reader finds in every dialog the app opens and on "My saved results" (the list
 * with results in it, one result opened, two compared): each control the keyboard reaches has a
 * name and each picture a description, in both languages. The pages are covered by
 * {@code LayoutAtTextSizesTest}; here the dialogs, each opened as the app opens it (by its
 * button where it is private to a page), walked while it shows, then closed. Without a robot.
 */
@ExtendWith(JavaFxToolkit.class)
class AccessibleDialogsTest {

    private static final String NAME = "Maria-Theresa Schönberger-Wittgenstein-Hohenlohe";

    @TempDir
    static Path dataDir;

    private static RecordsService records;
    private static Client client;
    private static Consultation visit;
    private static Profile urgent;
    private static Stage window;

    @BeforeAll
    static void recordsAndWindow() throws Exception {
        records = new RecordsService(() -> ConsultationStore.open(dataDir), RecordsService.Disk.FAST);
        client = records.createClient(NAME, "").get(30, TimeUnit.SECONDS);
        Advisor advisor = new Advisor();
        Profile first = profile().weight(70).only(Position.SIDE).morningPain(7).build();
        urgent = profile()
                .weight(72)
                .only(Position.BACK)
                .morningPain(5)
                .signs(WarningSign.SADDLE_NUMBNESS)
                .build();
        for (Profile p : List.of(first, urgent)) {
            Advice a = advisor.assess(p, CatalogReader.shipped(), 3, "en");
            records.saveConsultation(client, LocalDate.of(2026, 10, 1), p, a, "Kissen")
                    .get(30, TimeUnit.SECONDS);
            records.saveResult(LocalDateTime.of(2026, 10, 2, 9, 30), p, a).get(30, TimeUnit.SECONDS);
        }
        visit = records.consultations(client.id()).get(30, TimeUnit.SECONDS).get(0);
        JavaFxToolkit.run(() -> {
            Theme.apply(Settings.Theme.LIGHT);
            window = new Stage();
            Scene scene = new Scene(new StackPane(), 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            window.setScene(scene);
            window.show();
        });
    }

    @AfterAll
    static void close() {
        JavaFxToolkit.run(window::hide);
        records.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "de"})
    void everyDialogAndTheSavedResultsNameTheirControlsAndDescribeTheirPictures(String lang) throws Exception {
        I18n i18n = new I18n(lang);
        Settings settings = new Settings(
                lang,
                Settings.WeightUnit.KG,
                Settings.HeightUnit.CM,
                Settings.Theme.LIGHT,
                Settings.TextSize.NORMAL,
                "GB",
                true);
        List<String> problems = new ArrayList<>();

        // the dialogs the features make
        problems.addAll(dialog("export", () -> new ExportDialog(i18n, window).show()));
        problems.addAll(dialog("passphrase", () -> PassphraseDialog.create(i18n, window, "akten.restwise", true)
                .show()));
        problems.addAll(dialog("conflict", () -> ConflictDialog.create(i18n, window, Set.of(NAME, "Anna Berger"))
                .show()));
        problems.addAll(dialog(
                "practice password", () -> PracticePasswordDialog.create(i18n, window, "jana", i18n.get("place.title"))
                        .show()));
        for (boolean practice : List.of(false, true)) {
            problems.addAll(dialog("records place" + (practice ? " (practice)" : ""), () -> {
                RecordsPlaceModel vm = new RecordsPlaceModel(i18n, RecordsPlace.THIS_COMPUTER);
                vm.practice().set(practice);
                RecordsPlaceDialog.create(i18n, window, vm).show();
            }));
        }
        problems.addAll(dialog("stale version", () -> StaleVersionDialog.create(
                        i18n, window, LocalDate.of(2026, 10, 3), "meine Notizen", visit)
                .show()));
        problems.addAll(dialog("versions", () -> VersionsDialog.create(i18n, window, versions())
                .show()));
        problems.addAll(dialog("edit consultation", () -> ConsultationDialogs.edit(
                        i18n, window, ConsultationLine.of(visit), LocalDate::now)
                .show()));
        problems.addAll(dialog("delete consultation", () -> ConsultationDialogs.confirmDelete(
                        i18n, window, client, ConsultationLine.of(visit))
                .show()));
        problems.addAll(dialog("practice details", () -> PracticeDialog.create(i18n, window, ReportSettings.NONE)
                .show()));
        problems.addAll(dialog(
                "report saved", () -> ReportSavedDialog.saved(i18n, window, dataDir.resolve("report.pdf"), uri -> {})));
        problems.addAll(dialog("report failed", () -> ReportSavedDialog.failed(i18n, window, "The disk is full.")));
        for (StartAgain question : StartAgain.values()) {
            problems.addAll(dialog("start again: " + question, () -> {
                Dialog<Boolean> d = StartAgainDialog.create(i18n, question, NAME, Settings.TextSize.NORMAL);
                d.initOwner(window);
                d.show();
            }));
        }
        problems.addAll(dialog("crash", () -> new CrashDialog(window, () -> {}, () -> i18n, dataDir, null).show()));

        // the dialogs a page opens from its own buttons
        WizardView welcome = JavaFxToolkit.call(() -> wizard(i18n, settings, null, Step.WELCOME));
        problems.addAll(dialog("emergency country", () -> fire(welcome.root(), "#emergency-country-change")));
        WizardView results = JavaFxToolkit.call(() -> wizard(i18n, settings, urgent, Step.RESULTS));
        problems.addAll(dialog("enlarged posture picture", () -> fire(results.root(), ".picture-button")));

        RecordsView recordsView = recordsView(i18n, settings);
        problems.addAll(dialog("same name", () -> {
            ((TextField) recordsView.root().lookup("#new-client-name")).setText(NAME);
            fire(recordsView.root(), "#new-client");
        }));
        problems.addAll(dialog("rename client", () -> fire(recordsView.root(), "#rename-client")));
        problems.addAll(dialog("delete client", () -> fire(recordsView.root(), "#delete-client")));

        // "My saved results": the list, one result, two compared, and deleting one
        Notice notice = PageRoles.notice();
        SavedResultsViewModel savedVm =
                JavaFxToolkit.call(() -> new SavedResultsViewModel(i18n, records, notice, UiWork.onFx(Runnable::run)));
        SavedResultsView saved = JavaFxToolkit.call(() -> new SavedResultsView(
                savedVm, PageRoles.navigation(false), PageRoles.settings(settings, false), notice));
        JavaFxToolkit.waitUntil(
                "the saved results",
                () -> savedVm.loaded() && savedVm.settled() && savedVm.results().size() == 2);
        problems.addAll(page("saved results", saved.root()));
        SavedResult one = savedVm.results().get(0);
        problems.addAll(dialog("delete saved result", () -> fire(saved.root(), "#delete-result-" + one.id())));
        JavaFxToolkit.run(() -> savedVm.open(one));
        problems.addAll(page("saved result", saved.root()));
        JavaFxToolkit.run(() -> {
            savedVm.backToList();
            savedVm.results().forEach(r -> savedVm.choose(r, true));
            savedVm.compare();
        });
        problems.addAll(page("saved results compared", saved.root()));

        assertTrue(problems.isEmpty(), lang + ":\n" + String.join("\n", problems));
    }

    /** Two versions of a consultation in the practice's records: saved, then corrected. */
    private static List<PracticeStore.ConsultationVersion> versions() {
        return List.of(
                new PracticeStore.ConsultationVersion(
                        1,
                        visit.date(),
                        visit.profile(),
                        visit.advice(),
                        visit.engineVersion(),
                        "Kissen",
                        7,
                        Instant.parse("2026-10-01T09:00:00Z"),
                        "jana",
                        "Jana Meier",
                        "saved"),
                new PracticeStore.ConsultationVersion(
                        2,
                        visit.date(),
                        visit.profile(),
                        visit.advice(),
                        visit.engineVersion(),
                        "",
                        7,
                        Instant.parse("2026-10-02T09:00:00Z"),
                        "tom",
                        null,
                        "corrected"));
    }

    private static WizardView wizard(I18n i18n, Settings settings, Profile profile, Step step) {
        WizardViewModel vm = new WizardViewModel(i18n, new Advisor());
        vm.catalog().set(CatalogReader.shipped());
        if (profile != null) {
            ProfileAnswers.fill(vm, profile);
        }
        WizardView view = new WizardView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(settings, false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                PageRoles.notice());
        vm.step().set(step);
        show(view.root());
        return view;
    }

    private static RecordsView recordsView(I18n i18n, Settings settings) throws Exception {
        Notice notice = PageRoles.notice();
        RecordsViewModel vm =
                JavaFxToolkit.call(() -> new RecordsViewModel(i18n, records, notice, UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(settings, false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.waitUntil(
                "the client list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(client));
        JavaFxToolkit.waitUntil(
                "the client's page", () -> vm.settled() && vm.page().get() != null);
        JavaFxToolkit.run(() -> show(view.root()));
        return view;
    }

    /** The page in the window, laid out, every fold open. */
    private static void show(Parent root) {
        window.getScene().setRoot(root);
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
        for (Node n : root.lookupAll(".titled-pane")) {
            ((TitledPane) n).setAnimated(false);
            ((TitledPane) n).setExpanded(true);
        }
        root.applyCss();
        root.layout();
    }

    private static List<String> page(String name, Parent root) {
        return JavaFxToolkit.call(() -> {
            show(root);
            return AccessibleNames.missing(name, root);
        });
    }

    /** Presses the first button the selector finds in the page shown, as a click would. */
    private static void fire(Parent root, String selector) {
        show(root);
        Node found = root.lookup(selector);
        if (found == null) {
            throw new AssertionError("nothing is " + selector);
        }
        ((ButtonBase) found).fire();
    }

    /**
     * Opens a dialog as the app does (a dialog that waits for its answer keeps its turn of the
     * JavaFX thread, so it is opened in a turn of its own), walks it while it shows, closes it.
     */
    private static List<String> dialog(String name, Runnable open) throws Exception {
        Set<Window> before = JavaFxToolkit.call(() -> new HashSet<>(Window.getWindows()));
        Platform.runLater(open);
        JavaFxToolkit.waitUntil("the dialog " + name, () -> opened(before) != null);
        List<String> found = JavaFxToolkit.call(() -> {
            Window dialog = opened(before);
            Parent root = dialog.getScene().getRoot();
            for (int i = 0; i < 3; i++) {
                root.applyCss();
                root.layout();
            }
            List<String> missing = AccessibleNames.missing(name, root);
            dialog.hide();
            return missing;
        });
        JavaFxToolkit.waitUntil("the dialog " + name + " closed", () -> opened(before) == null);
        return found;
    }

    private static Window opened(Set<Window> before) {
        return Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w.isShowing() && w.getScene() != null)
                .findFirst()
                .orElse(null);
    }
}
