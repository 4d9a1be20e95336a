package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.AdviceWriter;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.TransferException.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientTransferTest {

    @TempDir
    Path here;

    @TempDir
    Path there;

    @TempDir
    Path files;

    static Client clientWithVisits(ConsultationStore store, String name, String notes, int visits) throws Exception {
        return RecordsContract.clientWithVisits(store, name, notes, visits);
    }

    /** Every client's name with its notes and consultation notes: what a user would compare. */
    static Map<String, String> contents(ConsultationStore store) throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (Client c : store.searchClients("")) {
            StringBuilder b = new StringBuilder(c.notes());
            for (Consultation k : store.consultations(c.id())) {
                b.append('|')
                        .append(k.date())
                        .append(' ')
                        .append(k.notes())
                        .append(' ')
                        .append(k.morningPain());
            }
            all.put(c.name(), b.toString());
        }
        return all;
    }

    private Path export(Path dir, char[] passphrase) throws Exception {
        Path file = files.resolve(passphrase == null ? "plain.json" : "sealed.rwx");
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ClientTransfer.export(store, store.searchClients(""), file, passphrase);
        }
        return file;
    }

    @Test
    void exportThenImportRoundTripsEveryClientExactly() throws Exception {
        Map<String, String> before;
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Σοφία Петрова", "shoulder since spring", 3);
            clientWithVisits(store, "Jan", "", 1);
            before = contents(store);
        }
        Path file = export(here, null);
        try (ConsultationStore store = ConsultationStore.open(there)) {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, null);
            assertEquals(2, s.added());
            assertEquals(2, s.clientsInRecords());
            assertEquals(4, s.consultationsInRecords());
            assertEquals(before, contents(store));
        }
    }

    @Test
    void exportsAreOwnerOnly() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Jan", "", 1);
        }
        Path file = export(here, null);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aSealedExportRoundTripsAndAWrongPassphraseChangesNothing() throws Exception {
        Map<String, String> before;
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Anna Berger", "knee", 2);
            before = contents(store);
        }
        Path file = export(here, "correct horse".toCharArray());
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Anna"), "a sealed export shows no name");
        try (ConsultationStore store = ConsultationStore.open(there)) {
            assertTrue(ClientTransfer.isSealed(file));
            TransferException none = assertThrows(
                    TransferException.class, () -> ClientTransfer.importFile(store, file, null, OnConflict.SKIP));
            assertEquals(Kind.NEEDS_PASSPHRASE, none.kind());
            TransferException wrong = assertThrows(
                    TransferException.class,
                    () -> ClientTransfer.importFile(store, file, "wrong horse".toCharArray(), OnConflict.SKIP));
            assertEquals(Kind.WRONG_PASSPHRASE, wrong.kind());
            assertTrue(wrong.message("de").contains("Passphrase öffnet"), wrong.message("de"));
            assertEquals(0, store.clientCount());
            ClientTransfer.importFile(store, file, "correct horse".toCharArray(), null);
            assertEquals(before, contents(store));
        }
    }

    @Test
    void aTamperedSealedExportIsRefusedAndChangesNothing() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Anna Berger", "knee", 40);
        }
        Path file = export(here, "pass".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 100] ^= 1;
        Files.write(file, bytes);
        try (ConsultationStore store = ConsultationStore.open(there)) {
            TransferException e = assertThrows(
                    TransferException.class, () -> ClientTransfer.importFile(store, file, "pass".toCharArray(), null));
            assertEquals(Kind.TAMPERED, e.kind());
            assertEquals(0, store.clientCount(), "consultations read before the changed part are not kept");
            assertEquals(0, store.consultationCount());
        }
    }

    /** The case: Replace deleted Carol and the first Alice, and reported them saved. */
    @Test
    void replaceReplacesOnlyTheClientsItNames() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(there)) {
            clientWithVisits(store, "ALICE", "old ALICE", 1);
            clientWithVisits(store, "Bob", "old Bob", 1);
        }
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Alice", "new Alice", 2);
            clientWithVisits(store, "Carol", "new Carol", 2);
            clientWithVisits(store, "Dave", "new Dave", 2);
        }
        Path file = export(here, null);
        try (ConsultationStore store = ConsultationStore.open(there)) {
            ClientTransfer.ImportPreview preview = ClientTransfer.preview(store, file, null);
            assertEquals(List.of("Alice"), preview.conflicts());
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, OnConflict.REPLACE);
            Map<String, String> after = contents(store);
            assertEquals(
                    List.of("Alice", "Bob", "Carol", "Dave"),
                    after.keySet().stream().sorted().toList(),
                    after.toString());
            assertTrue(after.get("Alice").startsWith("new Alice"));
            assertTrue(after.get("Bob").startsWith("old Bob"));
            assertTrue(after.get("Carol").startsWith("new Carol"));
            assertEquals(1, s.replaced());
            assertEquals(2, s.added());
            assertEquals(4, s.clientsInRecords(), "the old ALICE was replaced by the file's Alice");
        }
    }

    @Test
    void keepBothNamesTheNewcomerApartAndSkipKeepsMine() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Anna Berger", "theirs", 1);
        }
        Path file = export(here, null);
        try (ConsultationStore store = ConsultationStore.open(there)) {
            clientWithVisits(store, "anna berger", "mine", 1);
            TransferException ask =
                    assertThrows(TransferException.class, () -> ClientTransfer.importFile(store, file, null, null));
            assertEquals(Kind.CONFLICTS, ask.kind());
            assertEquals(List.of("Anna Berger"), ask.problems());
            ClientTransfer.importFile(store, file, null, OnConflict.SKIP);
            assertEquals(Map.of("anna berger", "mine|2026-01-01 visit 0 0"), contents(store));
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, OnConflict.KEEP_BOTH);
            assertEquals(List.of("Anna Berger -> Anna Berger (2)"), s.renamed());
            ClientTransfer.importFile(store, file, null, OnConflict.KEEP_BOTH);
            assertEquals(
                    List.of("Anna Berger (2)", "Anna Berger (3)", "anna berger"),
                    contents(store).keySet().stream().sorted().toList());
        }
    }

    private TransferException refused(String json) throws Exception {
        Path file = files.resolve("hostile.json");
        Files.writeString(file, json);
        try (ConsultationStore store = ConsultationStore.open(there)) {
            if (store.clientNamed("Mine").isEmpty()) {
                clientWithVisits(store, "Mine", "", 1);
            }
            Map<String, String> before = contents(store);
            TransferException e = assertThrows(
                    TransferException.class, () -> ClientTransfer.importFile(store, file, null, OnConflict.REPLACE));
            assertEquals(before, contents(store), "a refused file changes nothing");
            return e;
        }
    }

    private static String consultationJson(Profile p, String date) {
        String advice = AdviceWriter.toJson(ConsultationStoreTest.advise(p), false);
        String profile = JsonFormat.compact(ProfileWriter.toJsonTree(p));
        return "{\"date\":\"" + date + "\",\"profile\":" + profile + ",\"advice\":" + advice + ",\"notes\":\"\"}";
    }

    @Test
    void hostileEntriesAreRefusedByName() throws Exception {
        Profile p = profile().build();
        String good = consultationJson(p, "2026-03-01");
        TransferException e = refused("{\"restwiseExport\":1,\"clients\":["
                + "{\"name\":\"Ok\",\"consultations\":[" + good + "]},"
                + "{\"name\":\"Evil\\u202Egnp.exe\",\"consultations\":[]},"
                + "{\"name\":\"Esc\\u001b[2J\",\"consultations\":[]},"
                + "{\"name\":\"Dates\",\"consultations\":[" + consultationJson(p, "2026-02-30") + ","
                + consultationJson(p, "2999-01-01") + "]}]}");
        assertEquals(Kind.INVALID, e.kind());
        List<String> problems = e.problems();
        assertTrue(
                problems.contains(
                        "clients[1].name: contains a text-direction control (U+202E) (got \"Evil\\u202egnp.exe\")"),
                problems.toString());
        assertTrue(
                problems.contains("clients[2].name: contains a control character (U+001B) (got \"Esc\\u001b[2J\")"),
                problems.toString());
        assertTrue(
                problems.contains(
                        "clients[3] \"Dates\".consultations[0].date: must be a real date such as 2026-11-22 (got \"2026-02-30\")"),
                problems.toString());
        assertTrue(
                problems.contains(
                        "clients[3] \"Dates\".consultations[1].date: must be a date from 1900-01-01 to today (got \"2999-01-01\")"),
                problems.toString());
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aFileThatIsNotTextSaysSoWithoutAnEmptyPlace() throws Exception {
        Path file = files.resolve("garbage.bin");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00, (byte) 0x80});
        try (ConsultationStore store = ConsultationStore.open(there)) {
            TransferException e = assertThrows(
                    TransferException.class, () -> ClientTransfer.importFile(store, file, null, OnConflict.REPLACE));
            // it printed "error: : the file is not UTF-8 text" before
            assertEquals(List.of("the file is not UTF-8 text"), e.problems());
        }
    }

    @Test
    void adviceThatContradictsItsProfileIsRefused() throws Exception {
        Profile urgent = profile().signs(WarningSign.values()[0]).build();
        Profile calm = profile().build();
        // The advice of a calm profile pasted under a profile with a warning sign.
        String forged = consultationJson(calm, "2026-03-01")
                .replace(
                        JsonFormat.compact(ProfileWriter.toJsonTree(calm)),
                        JsonFormat.compact(ProfileWriter.toJsonTree(urgent)));
        TransferException e = refused(
                "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Forged\",\"consultations\":[" + forged + "]}]}");
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(
                e.problems()
                        .get(0)
                        .startsWith("clients[0] \"Forged\".consultations[0].advice: contradicts its profile: "
                                + "says medical level"),
                e.problems().toString());
    }

    /** The app's own export could not be imported past 1 MiB (about 200 consultations). */
    @Test
    void sixHundredConsultationsReImportWhole() throws Exception {
        Map<String, String> before;
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Anna Berger", "", 300);
            clientWithVisits(store, "Jan", "", 300);
            before = contents(store);
        }
        Path file = export(here, null);
        assertTrue(Files.size(file) > StrictJson.MAX_BYTES, Files.size(file) + " bytes");
        Path sealed = export(here, "pass".toCharArray());
        try (ConsultationStore store = ConsultationStore.open(there)) {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, null);
            assertEquals(600, s.consultationsSaved());
            assertEquals(600, s.consultationsInRecords());
            assertEquals(before, contents(store));
            ClientTransfer.ImportSummary again =
                    ClientTransfer.importFile(store, sealed, "pass".toCharArray(), OnConflict.REPLACE);
            assertEquals(2, again.replaced());
            assertEquals(before, contents(store));
        }
    }

    @Test
    void oneEntryOverItsLimitIsRefusedByNameWithoutReadingItWhole() throws Exception {
        String hugeNotes = "x".repeat(ClientImport.ENTRY_LIMIT + 4096);
        TransferException e = refused("{\"restwiseExport\":1,\"clients\":[{\"name\":\"Ok\",\"consultations\":[]},"
                + "{\"name\":\"Big\",\"consultations\":[{\"date\":\"2026-01-01\",\"notes\":\"" + hugeNotes + "\"}]}]}");
        assertEquals(
                List.of("clients[1] \"Big\".consultations[0]: larger than 1 MiB of JSON text; is the file damaged?"),
                e.problems());
    }

    @Test
    void aCutOffOrForeignFileIsRefused() throws Exception {
        assertEquals(
                Kind.INVALID,
                refused("{\"restwiseExport\":1,\"clients\":[{\"name\":\"Ok\",\"consultations\":[")
                        .kind());
        TransferException other = refused("{\"restwiseExport\":2,\"clients\":[]}");
        assertEquals(List.of("restwiseExport: must be 1 (got 2; a newer Restwise wrote this file?)"), other.problems());
        TransferException notes =
                refused("{\"restwiseExport\":1,\"clients\":[{\"consultations\":[],\"name\":\"Late\"}]}");
        assertEquals(List.of("clients[0]: \"name\" must come before \"consultations\""), notes.problems());
    }

    @Test
    void longExportsAndImportsTellHowFarTheyHaveCome() throws Exception {
        List<Double> exported = new ArrayList<>();
        List<Double> imported = new ArrayList<>();
        Path file = files.resolve("progress.json");
        try (ConsultationStore store = ConsultationStore.open(here)) {
            clientWithVisits(store, "Anna", "", 60);
            ClientTransfer.export(store, store.searchClients(""), file, null, exported::add);
        }
        try (ConsultationStore store = ConsultationStore.open(there)) {
            ClientTransfer.importFile(store, file, null, null, imported::add);
        }
        for (List<Double> steps : List.of(exported, imported)) {
            assertTrue(steps.size() > 2, steps.toString());
            assertEquals(1.0, steps.get(steps.size() - 1), 1e-9);
            for (int i = 1; i < steps.size(); i++) {
                assertTrue(steps.get(i) >= steps.get(i - 1), "never backwards: " + steps);
            }
        }
    }
}
