package com.restwise.records;

import static com.restwise.records.ClientTransferTest.clientWithVisits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.ClientTransfer.OnConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client per name, as people read names, whichever way a client arrives. */
class ClientNamesTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    private static final String VISIT = "{\"date\":\"2026-01-02\",\"profile\":{\"schemaVersion\":1,\"sleeper\":"
            + "{\"weightKg\":70},\"positions\":{\"SIDE\":1}},\"advice\":ADVICE,\"notes\":\"\"}";

    private Path file(String... names) throws Exception {
        StringBuilder b = new StringBuilder("{\"restwiseExport\":1,\"clients\":[");
        for (int i = 0; i < names.length; i++) {
            b.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i]).append("\",\"consultations\":[]}");
        }
        return Files.writeString(files.resolve("clients.json"), b.append("]}").toString());
    }

    private static List<String> names(ConsultationStore store) throws Exception {
        return store.searchClients("").stream().map(Client::name).sorted().toList();
    }

    @Test
    void aNewClientWhoseNameIsTakenIsRefusedWithTheClientToOpenInstead() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client alice = store.createClient("Alice Moreau", "");
            for (String same : List.of(
                    "alice moreau",
                    "ALICE MOREAU",
                    "Alice\u00A0Moreau",
                    "Alice  Moreau",
                    "Alice Mo\u200Breau",
                    "Alice Moreau\uFEFF")) {
                ClientExistsException e =
                        assertThrows(ClientExistsException.class, () -> store.createClient(same, ""), same);
                assertEquals(alice, e.existing(), "the window offers to open this one");
                assertTrue(e.getMessage().contains("Alice Moreau is already in the records"), e.getMessage());
            }
            Client bob = store.createClient("Bob", "");
            assertThrows(
                    ClientExistsException.class,
                    () -> store.updateClient(bob.id(), "alice moreau", ""),
                    "renaming onto a taken name");
            store.updateClient(alice.id(), "ALICE MOREAU", ""); // a client may change the case of their own name
            assertEquals(List.of("ALICE MOREAU", "Bob"), names(store));
        }
    }

    @Test
    void namesThatShowNothingAreRefused() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            for (String blank : List.of(
                    "\u200B",
                    "\u00A0\u00A0",
                    "\u3164",
                    "\uFEFF",
                    "\u0301",
                    "\uDB40\uDC41\uDB40\uDC42",
                    "\u2800",
                    "\u200B\u200D\u2060")) {
                assertTrue(
                        ClientName.problem(blank).isPresent(),
                        "accepted " + blank.codePoints().boxed().toList());
                StoreException e = assertThrows(StoreException.class, () -> store.createClient(blank, ""));
                assertEquals("client.blank-name", e.key());
            }
            assertEquals(0, store.clientCount());
            store.createClient("Zoe\u0308", ""); // a combining mark on a letter is a letter
            store.createClient("李", "");
            assertEquals(2, store.clientCount());
        }
    }

    @Test
    void aNameTwiceInOneImportFileIsRefusedNamingBothEntries() throws Exception {
        Path twice = file("Alice", "Bob", "alice");
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            for (OnConflict choice : OnConflict.values()) {
                TransferException e = assertThrows(
                        TransferException.class, () -> ClientTransfer.importFile(store, twice, null, choice));
                assertEquals(TransferException.Kind.INVALID, e.kind());
                assertEquals(
                        List.of("clients[2].name: \"alice\" is also the name of clients[0]; a file may hold each "
                                + "client once"),
                        e.problems());
            }
            assertEquals(0, store.clientCount());
        }
    }

    @Test
    void keepBothPicksANameNoClientHasEvenWhenTheFileHoldsTheNextOne() throws Exception {
        Path file = file("Alice", "Alice (2)", "Alice (3)");
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            store.createClient("Alice", "");
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, OnConflict.KEEP_BOTH);
            List<String> names = names(store);
            assertEquals(4, names.size(), names.toString());
            assertEquals(
                    names.size(),
                    names.stream().map(ClientName::identity).distinct().count(),
                    "no two clients of one name: " + names);
            assertEquals(
                    List.of("Alice -> Alice (2)", "Alice (2) -> Alice (3)", "Alice (3) -> Alice (4)"), s.renamed());
        }
    }

    @Test
    void keepBothOfManyCopiesNamesEachOnceAndStaysAllOrNothing() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            store.createClient("Alice", "");
            for (int n = 2; n <= 300; n++) {
                store.createClient("Alice (" + n + ")", "");
            }
        }
        try (ConsultationStore store = ConsultationStore.open(files.resolve("theirs"))) {
            clientWithVisits(store, "Alice", "", 1);
        }
        Path file = files.resolve("alice.json");
        try (ConsultationStore store = ConsultationStore.open(files.resolve("theirs"))) {
            ClientTransfer.export(store, store.searchClients(""), file, null);
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, OnConflict.KEEP_BOTH);
            assertEquals(List.of("Alice -> Alice (301)"), s.renamed());
            assertFalse(store.clientNamed("Alice (301)").isEmpty());
        }
    }
}
