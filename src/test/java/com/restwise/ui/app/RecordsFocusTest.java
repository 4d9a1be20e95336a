package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.records.Client;
import com.restwise.records.RecordsService;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsView;
import com.restwise.ui.records.RecordsViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The records screen puts the keyboard in the client search, never on the header's Export all. */
@ExtendWith(JavaFxToolkit.class)
class RecordsFocusTest {

    @TempDir
    Path dataDir;

    private RecordsService records;
    private Stage stage;

    @AfterEach
    void close() {
        if (stage != null) {
            JavaFxToolkit.run(stage::close);
        }
        records.close();
    }

    @Test
    void theSearchHasTheFocusWhenTheListOrAClientsPageOpens() throws Exception {
        records = RecordsService.in(dataDir);
        Client client = records.createClient("Anna Berg", "").get(30, TimeUnit.SECONDS);
        Notice notice = new Notice((delay, action) -> () -> {});
        RecordsViewModel vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("de"), records, notice, UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(Settings.defaults(Locale.GERMANY), false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.run(() -> {
            Theme.apply(Settings.Theme.LIGHT);
            stage = new Stage();
            Scene scene = new Scene(new Pane(), 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            scene.setRoot(view.root()); // as Navigator shows the records
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("client-search", focusedId(), "the list opens with the search");

        JavaFxToolkit.waitUntil(
                "the client list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(client));
        JavaFxToolkit.waitUntil(
                "the client's page", () -> vm.settled() && vm.page().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("client-search", focusedId(), "the client's page opens with the search still");
    }

    @Test
    void anOpenedConsultationPutsTheKeyboardOnItsBackButtonNotOnTheHeader() throws Exception {
        records = RecordsService.in(dataDir);
        Client client = records.createClient("Anna Berg", "").get(30, TimeUnit.SECONDS);
        com.restwise.engine.profile.Profile p = new com.restwise.json.ProfileReader()
                .parse(java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/test/resources/examples/light-side-sleeper-hip-pain.profile.json")));
        records.saveConsultation(
                        client,
                        java.time.LocalDate.of(2026, 11, 16),
                        p,
                        new com.restwise.engine.Advisor().assess(p, com.restwise.json.CatalogReader.shipped(), 3, "de"),
                        "")
                .get(30, TimeUnit.SECONDS);
        Notice notice = new Notice((delay, action) -> () -> {});
        RecordsViewModel vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("de"), records, notice, UiWork.onFx(Runnable::run)));
        RecordsView view = JavaFxToolkit.call(() -> new RecordsView(
                vm,
                PageRoles.navigation(false),
                PageRoles.settings(Settings.defaults(Locale.GERMANY), false),
                PageRoles.consultations(null),
                PageRoles.reports(),
                notice));
        JavaFxToolkit.run(() -> {
            Theme.apply(Settings.Theme.LIGHT);
            stage = new Stage();
            Scene scene = new Scene(view.root(), 1100, 760);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
        });
        JavaFxToolkit.waitUntil(
                "the client list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(client));
        JavaFxToolkit.waitUntil(
                "the client's page", () -> vm.settled() && vm.page().get() != null && openButton() != null);
        JavaFxToolkit.run(() -> {
            javafx.scene.control.Button open = openButton();
            open.requestFocus();
            open.fire(); // as Space on the focused button does
        });
        JavaFxToolkit.waitUntil(
                "the consultation's page", () -> stage.getScene().lookup("#stored-consultation") != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("back-to-client", focusedId(), "the Open button went with the page: the keyboard is on Back");
    }

    /** The first consultation's Open button on the client's page, if it shows. */
    private javafx.scene.control.Button openButton() {
        return (javafx.scene.control.Button) stage.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("open-consultation-"))
                .findFirst()
                .orElse(null);
    }

    private String focusedId() {
        return JavaFxToolkit.call(() -> {
            var owner = stage.getScene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }
}
