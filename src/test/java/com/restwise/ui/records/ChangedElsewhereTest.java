package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.records.ConsultationLine;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records screen while the command line or another window changes the records under it:
 * what was typed for a client replaced meanwhile stays on screen and lands on nobody, and a new
 * client of a name already there opens that client instead of making a twin.
 */
@ExtendWith(JavaFxToolkit.class)
class ChangedElsewhereTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private final Notice notice = new Notice((delay, action) -> () -> {});

    {
        notice.translate(new I18n("en"));
    }

    private RecordsService records;
    private RecordsViewModel vm;
    private Client carol;

    @BeforeEach
    void windowShowsCarol() throws Exception {
        records = RecordsService.in(dataDir);
        carol = records.createClient("Carol", "knee").get(10, TimeUnit.SECONDS);
        Profile p = ProfileBuilder.profile().weight(70).morningPain(5).build();
        records.saveConsultation(
                        carol,
                        LocalDate.of(2026, 3, 1),
                        p,
                        new Advisor().assess(p, CatalogReader.shipped(), 3, "en"),
                        "first visit")
                .get(10, TimeUnit.SECONDS);
        vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("en"), records, notice, UiWork.onFx(Runnable::run)));
        JavaFxToolkit.run(vm::load);
        settle();
        JavaFxToolkit.run(() -> vm.open(carol));
        settle();
    }

    @AfterEach
    void close() {
        records.close();
    }

    private void settle() throws Exception {
        JavaFxToolkit.waitUntil("the records to settle", vm::settled);
    }

    /** {@code records import --replace} on the command line: Carol is replaced by the file's Carol. */
    private Client commandLineReplacesCarol() throws Exception {
        Path file = elsewhere.resolve("clients.json");
        try (ConsultationStore other = ConsultationStore.open(elsewhere)) {
            other.createClient("Carol", "from the import");
            ClientTransfer.exportAll(other, file, null, done -> {});
        }
        try (ConsultationStore commandLine = ConsultationStore.open(dataDir)) {
            ClientTransfer.importFile(commandLine, file, null, ClientTransfer.OnConflict.REPLACE, done -> {});
            return commandLine.searchClients("Carol").get(0);
        }
    }

    private String notesOf(Client c) throws Exception {
        try (ConsultationStore look = ConsultationStore.open(dataDir)) {
            return look.client(c.id()).orElseThrow().notes();
        }
    }

    @Test
    void notesTypedForAReplacedClientStayOnScreenAndLandOnNobody() throws Exception {
        Client newCarol = commandLineReplacesCarol();
        assertNotEquals(carol.id(), newCarol.id());

        boolean saved = JavaFxToolkit.call(
                        () -> vm.updateClient(new Client(carol.id(), "Carol", "typed in the window")))
                .get(10, TimeUnit.SECONDS);
        settle();
        assertFalse(saved);
        assertTrue(notice.get().contains("no longer in the records"), notice.get());
        assertEquals(
                carol.id(), JavaFxToolkit.call(() -> vm.page().get().client().id()), "the page stays open");
        assertEquals(new RecordsViewModel.Unsaved(carol, "typed in the window"), JavaFxToolkit.call(() -> vm.unsaved()
                .get()));
        assertEquals("from the import", notesOf(newCarol), "nothing landed on the new Carol");

        // a search meanwhile does not close the page with what was typed
        JavaFxToolkit.run(() -> vm.search(null));
        settle();
        assertEquals(
                carol.id(), JavaFxToolkit.call(() -> vm.page().get().client().id()));

        JavaFxToolkit.run(vm::reloadList);
        settle();
        assertEquals(
                newCarol.id(),
                JavaFxToolkit.call(() -> vm.page().get().client().id()),
                "reloading shows the Carol the records hold now");
        assertEquals(
                "typed in the window",
                JavaFxToolkit.call(() -> vm.unsaved().get().typed()),
                "what was typed stays until it is closed");
        assertEquals("from the import", notesOf(newCarol));
        JavaFxToolkit.run(vm::dismissUnsaved);
        assertNull(JavaFxToolkit.call(() -> vm.unsaved().get()));
    }

    @Test
    void onScreenTheNotesStayInTheirFieldAndThePanelOffersToReload() throws Exception {
        RecordsView view = JavaFxToolkit.call(() -> {
            RecordsView v = new RecordsView(
                    vm,
                    com.restwise.ui.common.PageRoles.navigation(false),
                    com.restwise.ui.common.PageRoles.settings(
                            com.restwise.storage.Settings.defaults(java.util.Locale.UK), false),
                    com.restwise.ui.common.PageRoles.consultations(null),
                    com.restwise.ui.common.PageRoles.reports(),
                    notice);
            new javafx.scene.Scene(v.root(), 1000, 700);
            v.root().applyCss();
            return v;
        });
        settle();
        JavaFxToolkit.run(() -> vm.open(carol));
        settle();
        javafx.scene.Node panel = JavaFxToolkit.call(() -> view.root().lookup("#unsaved"));
        assertFalse(JavaFxToolkit.call(panel::isVisible));
        commandLineReplacesCarol();

        javafx.scene.control.TextField notes = JavaFxToolkit.call(() -> {
            view.root().applyCss();
            return (javafx.scene.control.TextField) view.root().lookup("#client-notes");
        });
        JavaFxToolkit.run(() -> {
            notes.setText("typed in the window");
            notes.getOnAction().handle(new javafx.event.ActionEvent()); // Enter, as tabbing away does
        });
        settle();
        assertTrue(JavaFxToolkit.call(panel::isVisible), "the panel says it was saved to nobody");
        assertEquals("typed in the window", JavaFxToolkit.call(() -> ((javafx.scene.control.TextArea)
                        view.root().lookup("#unsaved-text"))
                .getText()));
        assertTrue(JavaFxToolkit.call(
                        () -> ((javafx.scene.control.Label) view.root().lookup("#unsaved-note")).getText())
                .startsWith("Not saved, because Carol was deleted or replaced elsewhere"));
        assertEquals("typed in the window", JavaFxToolkit.call(notes::getText), "the field keeps what was typed");
        assertTrue(JavaFxToolkit.call(() -> notes.getScene() != null), "the page is still shown");
    }

    @Test
    void aRenameForAReplacedClientIsKeptAndSavedToNobody() throws Exception {
        Client newCarol = commandLineReplacesCarol();
        assertFalse(JavaFxToolkit.call(() -> vm.updateClient(new Client(carol.id(), "Carol Weber", "knee")))
                .get(10, TimeUnit.SECONDS));
        settle();
        assertEquals("Carol Weber", JavaFxToolkit.call(() -> vm.unsaved().get().typed()));
        try (ConsultationStore look = ConsultationStore.open(dataDir)) {
            assertEquals(
                    List.of("Carol"),
                    look.searchClients("").stream().map(Client::name).toList());
        }
        assertEquals("from the import", notesOf(newCarol));
    }

    @Test
    void consultationNotesEditedForAReplacedClientStayOnTheirPage() throws Exception {
        ConsultationLine first =
                JavaFxToolkit.call(() -> vm.page().get().consultations().get(0));
        commandLineReplacesCarol();
        assertFalse(JavaFxToolkit.call(() -> vm.editConsultation(first, first.date(), "better since March"))
                .get(10, TimeUnit.SECONDS));
        settle();
        assertTrue(notice.get().contains("no longer in the records"), notice.get());
        assertEquals(
                "better since March",
                JavaFxToolkit.call(() -> vm.unsaved().get().typed()));
        RecordsViewModel.ClientPage shown = JavaFxToolkit.call(() -> vm.page().get());
        assertEquals(carol.id(), shown.client().id());
        assertEquals(1, shown.consultations().size(), "the page is not read again as an empty client");
    }

    @Test
    void aNewClientOfANameThereAlreadyOffersToOpenThem() throws Exception {
        JavaFxToolkit.run(() -> vm.open(null));
        assertFalse(JavaFxToolkit.call(() -> vm.createClient("  CAROL ")).get(10, TimeUnit.SECONDS));
        settle();
        assertTrue(notice.get().contains("already in the records"), notice.get());
        assertEquals(carol, JavaFxToolkit.call(() -> vm.existingClient().get()));

        JavaFxToolkit.run(vm::openExisting);
        settle();
        assertEquals(carol, JavaFxToolkit.call(() -> vm.page().get().client()));
        assertNull(JavaFxToolkit.call(() -> vm.existingClient().get()));
        assertEquals(
                List.of("Carol"),
                JavaFxToolkit.call(() -> vm.clients().stream().map(Client::name).toList()),
                "no twin");
    }

    @Test
    void aNewClientOfAnotherNameOffersNobody() throws Exception {
        assertTrue(JavaFxToolkit.call(() -> vm.createClient("Carola")).get(10, TimeUnit.SECONDS));
        settle();
        assertNull(JavaFxToolkit.call(() -> vm.existingClient().get()));
        assertNotNull(JavaFxToolkit.call(() -> vm.page().get()));
    }
}
