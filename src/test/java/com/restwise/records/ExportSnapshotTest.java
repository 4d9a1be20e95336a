package com.restwise.records;

import static com.restwise.records.ClientTransferTest.clientWithVisits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.restwise.json.StrictJson;
import com.restwise.storage.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is the records at one moment, and leaves nothing readable behind. */
class ExportSnapshotTest {

    @TempDir
    Path dir;

    @TempDir
    Path out;

    private static int consultationsIn(Path export) throws Exception {
        int n = 0;
        for (JsonElement c :
                StrictJson.parse(Files.readString(export)).getAsJsonObject().getAsJsonArray("clients")) {
            n += c.getAsJsonObject().getAsJsonArray("consultations").size();
        }
        return n;
    }

    @Test
    void clientsDeletedWhileAnExportRunsAreStillWrittenWhole() throws Exception {
        Path target = out.resolve("backup.json");
        try (ConsultationStore store = ConsultationStore.open(dir);
                ConsultationStore other = ConsultationStore.open(dir)) {
            for (int i = 0; i < 6; i++) {
                clientWithVisits(store, "Client " + i, "", 20);
            }
            AtomicBoolean meddled = new AtomicBoolean();
            ClientTransfer.ExportSummary s = ClientTransfer.exportAll(store, target, null, done -> {
                if (meddled.compareAndSet(false, true)) {
                    try {
                        // another window or command replaces clients while the export is under way
                        for (Client c : other.searchClients("")) {
                            other.deleteClient(c.id());
                        }
                        other.createClient("Newcomer", "");
                    } catch (StoreException e) {
                        throw new AssertionError(e);
                    }
                }
            });
            assertTrue(meddled.get());
            assertEquals(6, s.clients());
            assertEquals(120, s.consultations());
            assertEquals(120, consultationsIn(target), "every client of the moment the export began, whole");
            assertEquals(1, store.clientCount(), "the other connection's changes are saved");
        }
    }

    @Test
    void aClientReplacedBeforeTheExportBeganIsNotExportedEmpty() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client carol = clientWithVisits(store, "Carol", "", 3);
            store.deleteClient(carol.id());
            clientWithVisits(store, "Carol", "", 1);
            StoreException e = assertThrows(
                    StoreException.class,
                    () -> ClientTransfer.export(store, List.of(carol), out.resolve("carol.json"), null));
            assertEquals("client.gone", e.key());
            assertTrue(Files.notExists(out.resolve("carol.json")));
        }
    }

    @Test
    void aDeviceOrAPipeIsNeverReplacedByAnExport() throws Exception {
        Path fifo = out.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            clientWithVisits(store, "Anna", "private", 1);
            TransferException e = assertThrows(
                    TransferException.class,
                    () -> ClientTransfer.exportAll(store, fifo, null, ClientTransfer.Progress.NONE));
            assertTrue(e.getCause() instanceof AtomicFile.NotARegularFileException, String.valueOf(e.getCause()));
            assertTrue(e.getMessage().contains("is not a regular file"), e.getMessage());
        }
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still a pipe");
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(fifo), left.toList(), "no temporary file beside it");
        }
    }

    @Test
    void aTemporaryFileLeftByAKilledExportIsDeletedAtTheNextStart() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            clientWithVisits(store, "Anna", "private", 1);
        }
        // What a SIGKILL midway leaves: the noted temporary file beside the target, holding health data.
        Path temp = out.resolve(".backup.json.0123456789abcdef.tmp");
        Files.writeString(temp, "{\"clients\":[{\"name\":\"Anna\",\"notes\":\"private\"");
        Path notes = dir.resolve("unfinished");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("0123456789abcdef.note"), temp.toString());
        Path notOurs = out.resolve("holiday.jpg");
        Files.writeString(notOurs, "photo");
        Files.writeString(notes.resolve("fedcba9876543210.note"), notOurs.toString());

        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(1, store.clientCount());
        }
        assertTrue(Files.notExists(temp), "the leftover export is gone");
        assertTrue(Files.exists(notOurs), "a note never deletes a file that is not a Restwise temporary file");
        try (Stream<Path> left = Files.list(notes)) {
            assertEquals(0, left.count(), "the notes are gone too");
        }
    }

    @Test
    void aStartWhileAnExportRunsLeavesItsTemporaryFileAlone() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            clientWithVisits(store, "Anna", "private", 3);
            int[] deletedMeanwhile = {-1};
            ClientTransfer.exportAll(store, out.resolve("running.json"), null, done -> {
                if (deletedMeanwhile[0] < 0) {
                    deletedMeanwhile[0] =
                            com.restwise.storage.LeftoverFiles.in(dir).cleanUp();
                }
            });
            assertEquals(0, deletedMeanwhile[0], "another start deleted a running export's file");
            assertEquals(3, consultationsIn(out.resolve("running.json")));
        }
    }

    @Test
    void anExportThatFailsOrSucceedsLeavesNoTemporaryFileAndNoNote() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            clientWithVisits(store, "Anna", "private", 2);
            ClientTransfer.exportAll(store, out.resolve("ok.json"), null, ClientTransfer.Progress.NONE);
            assertThrows(
                    IllegalStateException.class,
                    () -> ClientTransfer.exportAll(store, out.resolve("ok.json"), null, done -> {
                        throw new IllegalStateException("the disk went away");
                    }));
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(out.resolve("ok.json")), left.toList());
        }
        try (Stream<Path> left = Files.list(dir.resolve("unfinished"))) {
            assertEquals(0, left.count());
        }
    }
}
