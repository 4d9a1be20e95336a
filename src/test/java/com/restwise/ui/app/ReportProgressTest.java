package com.restwise.ui.app;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.records.SlowDisk;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Reports;
import com.restwise.ui.common.Screens;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import com.restwise.ui.report.ReportActions;
import com.restwise.ui.wizard.ProfileAnswers;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardView;
import com.restwise.ui.wizard.WizardViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report takes seconds (reading the client's consultations, drawing the pictures, writing the
 * PDF): from the request until the PDF is written or has failed, the records' header and the
 * results' action bar show "Writing the report..." with a turning indicator, and the Report
 * buttons take no second click. Node-level, without a robot; the records' disk is made slow.
 */
@ExtendWith(JavaFxToolkit.class)
class ReportProgressTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path reports;

    private final SlowDisk disk = new SlowDisk();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private RecordsService records;
    private Stage window;

    @BeforeEach
    void open() {
        records = new RecordsService(() -> ConsultationStore.open(dataDir), disk);
    }

    @AfterEach
    void close() {
        disk.fast();
        if (window != null) {
            JavaFxToolkit.run(window::hide);
        }
        records.close();
        background.shutdownNow();
    }

    @Test
    void theRecordsAndTheResultsShowProgressFromTheRequestUntilThePdfIsWrittenOrHasFailed() throws Exception {
        I18n i18n = new I18n("en");
        Client anna = records.createClient("Anna Berg", "").get(30, TimeUnit.SECONDS);
        Profile p = profile().weight(70).only(Position.BACK).morningPain(6).build();
        Advice a = new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
        records.saveConsultation(anna, LocalDate.of(2026, 11, 2), p, a, "").get(30, TimeUnit.SECONDS);
        Consultation visit =
                records.consultations(anna.id()).get(30, TimeUnit.SECONDS).get(0);

        Settings settings = Settings.defaults(java.util.Locale.UK);
        Notice notice = PageRoles.notice();
        ReportActions actions = JavaFxToolkit.call(() -> {
            window = new Stage();
            window.setScene(new Scene(new StackPane(), 400, 300));
            window.show();
            return new ReportActions(
                    screens(i18n, window),
                    PageRoles.settings(settings, false),
                    records,
                    UiWork.onFx(background),
                    uri -> {},
                    notice);
        });
        Reports role = reports(actions);

        RecordsViewModel recordsVm =
                JavaFxToolkit.call(() -> new RecordsViewModel(i18n, records, notice, UiWork.onFx(background)));
        RecordsView recordsView = JavaFxToolkit.call(() -> new RecordsView(
                recordsVm,
                PageRoles.navigation(false),
                PageRoles.settings(settings, false),
                PageRoles.consultations(null),
                role,
                notice));
        JavaFxToolkit.waitUntil(
                "the client list",
                () -> recordsVm.settled() && !recordsVm.clients().isEmpty());
        JavaFxToolkit.run(() -> recordsVm.open(anna));
        JavaFxToolkit.waitUntil(
                "the client's page",
                () -> recordsVm.settled() && recordsVm.page().get() != null);
        JavaFxToolkit.run(() -> window.getScene().setRoot(recordsView.root()));
        Parent results = JavaFxToolkit.call(() -> {
            WizardViewModel vm = new WizardViewModel(i18n, new Advisor());
            vm.catalog().set(CatalogReader.shipped());
            ProfileAnswers.fill(vm, p);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(settings, false),
                    PageRoles.consultations(null),
                    role,
                    notice);
            vm.step().set(Step.RESULTS);
            return view.root();
        });
        String reportButton = "#report-consultation-" + visit.id();
        assertEquals(
                List.of(false, false, false, false, false),
                JavaFxToolkit.call(() -> shown(recordsView.root(), results, reportButton, actions)),
                "nothing shows before a report is asked for, and the buttons are there to press");

        // the keyboard on the Report button, as after a press of Space
        JavaFxToolkit.run(() -> {
            recordsView.root().applyCss();
            recordsView.root().layout();
            recordsView.root().lookup(reportButton).requestFocus();
        });

        // the client's consultations are read first: on this disk that takes 1.5 s
        disk.slow("read", 1500);
        Path target = reports.resolve("anna.pdf");
        CompletableFuture<?>[] done = new CompletableFuture<?>[1];
        List<Boolean> atOnce = JavaFxToolkit.call(() -> {
            done[0] = actions.report(anna, visit, target);
            return shown(recordsView.root(), results, reportButton, actions);
        });
        assertEquals(
                List.of(true, true, true, true, true),
                atOnce,
                "at once: writing, the records' and the results' indicator shown, both Report buttons disabled");
        Thread.sleep(700);
        assertEquals(
                List.of(true, true, true, true, true),
                JavaFxToolkit.call(() -> shown(recordsView.root(), results, reportButton, actions)),
                "still while the slow report is in flight");
        assertFalse(Files.exists(target), "not written yet");
        assertEquals(
                "report-progress-indicator",
                JavaFxToolkit.call(() -> window.getScene().getFocusOwner().getId()),
                "the focus waits on the progress, not on the next button (Delete)");
        done[0].get(30, TimeUnit.SECONDS);
        JavaFxToolkit.run(() -> {}); // the completion's own turn of the JavaFX thread
        assertTrue(Files.size(target) > 0, "the PDF is written");
        assertEquals(
                List.of(false, false, false, false, false),
                JavaFxToolkit.call(() -> shown(recordsView.root(), results, reportButton, actions)),
                "the progress goes once the PDF is written");
        closeDialog("report-saved");
        assertEquals(
                reportButton.substring(1),
                JavaFxToolkit.call(() -> window.getScene().getFocusOwner().getId()),
                "and comes back to the Report button");

        // a report that fails: progress until the failure is said
        disk.fast();
        Path nowhere = reports.resolve("gone/anna.pdf");
        assertTrue(JavaFxToolkit.call(() -> {
            done[0] = actions.report(anna, visit, nowhere);
            return actions.writing().get();
        }));
        done[0].get(30, TimeUnit.SECONDS);
        JavaFxToolkit.run(() -> {});
        assertEquals(
                List.of(false, false, false, false, false),
                JavaFxToolkit.call(() -> shown(recordsView.root(), results, reportButton, actions)),
                "the progress goes once the failure is said");
        closeDialog("report-failed");
    }

    /** Writing; the records' indicator, the results' indicator shown; the two Report buttons disabled. */
    private static List<Boolean> shown(Parent recordsRoot, Parent results, String reportButton, ReportActions actions) {
        for (Parent root : List.of(recordsRoot, results)) {
            if (root.getScene() == null) {
                new Scene(root, 1100, 760);
            }
            root.applyCss(); // the scroll panes' skins, which hold the pages
            root.layout();
        }
        return List.of(
                actions.writing().get(),
                visible(recordsRoot.lookup("#report-progress")),
                visible(results.lookup("#report-progress")),
                recordsRoot.lookup(reportButton).isDisabled(),
                ((Button) results.lookup("#save-report")).isDisabled());
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    private static void closeDialog(String id) throws Exception {
        JavaFxToolkit.waitUntil("the dialog " + id, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#" + id) instanceof DialogPane));
        JavaFxToolkit.run(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#" + id) != null)
                .forEach(Window::hide));
    }

    private static Screens screens(I18n i18n, Window window) {
        return new Screens() {
            @Override
            public Window window() {
                return window;
            }

            @Override
            public I18n i18n() {
                return i18n;
            }

            @Override
            public void show(Parent root) {}
        };
    }

    private static Reports reports(ReportActions actions) {
        return new Reports() {
            @Override
            public void saveReport(Profile profile, Advice advice, Client client, String notes, LocalDate day) {}

            @Override
            public void saveReport(Client client, Consultation consultation) {}

            @Override
            public void editPracticeDetails(Window owner) {}

            @Override
            public ReadOnlyBooleanProperty writingReport() {
                return actions.writing();
            }
        };
    }
}
