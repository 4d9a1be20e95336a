package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.Client;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.UiWork;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that can only be read (a read-only disk or file): the screen lists the clients, says
 * once that nothing can be saved there, and each button that would save says why it is off.
 */
@ExtendWith(JavaFxToolkit.class)
class ReadOnlyRecordsScreenTest {

    @TempDir
    Path dataDir;

    private final Notice notice = PageRoles.notice();
    private RecordsService records;
    private RecordsViewModel vm;
    private RecordsView view;

    {
        notice.translate(new I18n("en"));
    }

    @BeforeEach
    void recordsWithClients() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dataDir)) {
            store.createClient("Anna Berger", "knee");
            store.createClient("Bob Stone", "");
        }
    }

    @AfterEach
    void close() {
        records.close();
    }

    private void screen(RecordsService.Opener opener) throws Exception {
        records = new RecordsService(opener, RecordsService.Disk.FAST);
        vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("en"), records, notice, UiWork.onFx(Runnable::run)));
        view = JavaFxToolkit.call(() -> {
            RecordsView v = new RecordsView(
                    vm,
                    PageRoles.navigation(false),
                    PageRoles.settings(Settings.defaults(Locale.UK), false),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    notice);
            new Scene(v.root(), 1000, 700);
            return v;
        });
        JavaFxToolkit.waitUntil("the list", () -> vm.settled() && !vm.clients().isEmpty());
        JavaFxToolkit.run(() -> vm.open(vm.clients().get(0)));
        JavaFxToolkit.waitUntil("Anna's page", () -> vm.settled() && vm.page().get() != null);
        JavaFxToolkit.run(() -> view.root().applyCss());
    }

    private <T extends Node> T find(String id) {
        return JavaFxToolkit.call(() -> {
            @SuppressWarnings("unchecked")
            T found = (T) view.root().lookup(id);
            return found;
        });
    }

    private static Object tooltipOf(Node holder) {
        return holder.getProperties().get("javafx.scene.control.Tooltip");
    }

    @Test
    void readOnlyRecordsListTheClientsAndEverySaveSaysWhyItIsOff() throws Exception {
        screen(() -> ConsultationStore.openReadOnly(dataDir));
        assertEquals(
                List.of("Anna Berger", "Bob Stone"),
                JavaFxToolkit.call(() -> vm.clients().stream().map(Client::name).toList()));
        Node note = find("#records-read-only");
        assertTrue(JavaFxToolkit.call(() -> note.getParent().isVisible()));
        String said = JavaFxToolkit.call(() -> vm.readOnlyNote().get());
        assertTrue(said.contains("read-only") && said.contains("nothing can be saved there"), said);

        for (String id : List.of("#new-client", "#import", "#rename-client", "#delete-client", "#new-consultation")) {
            Control saving = find(id);
            assertTrue(JavaFxToolkit.call(saving::isDisabled), id + " is off");
            assertEquals(
                    "Nothing can be saved here: the records can only be read.",
                    JavaFxToolkit.call(saving::getAccessibleHelp),
                    id);
            assertTrue(JavaFxToolkit.call(() -> tooltipOf(saving.getParent())) != null, id + " says why on hover");
        }
        Control export = find("#export-client");
        assertFalse(JavaFxToolkit.call(export::isDisabled), "export still works");
        TextField notes = find("#client-notes");
        assertFalse(JavaFxToolkit.call(notes::isEditable));

        // and a save asked for all the same is refused in words, changing nothing
        assertFalse(JavaFxToolkit.call(() -> vm.createClient("Cleo")).get(10, TimeUnit.SECONDS));
        assertTrue(notice.get().contains("read-only"), notice.get());
    }

    @Test
    void writableRecordsSayNothingAndLeaveTheButtonsOn() throws Exception {
        screen(() -> ConsultationStore.open(dataDir));
        assertEquals("", JavaFxToolkit.call(() -> vm.readOnlyNote().get()));
        Node note = find("#records-read-only");
        assertFalse(JavaFxToolkit.call(() -> note.getParent().isVisible()));
        Control rename = find("#rename-client");
        assertFalse(JavaFxToolkit.call(rename::isDisabled));
        assertNull(JavaFxToolkit.call(() -> tooltipOf(rename.getParent())));
        TextField notes = find("#client-notes");
        assertTrue(JavaFxToolkit.call(notes::isEditable));
    }
}
