package com.restwise.records;

import static com.restwise.records.ClientTransferTest.clientWithVisits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records keep working: imports from pipes, records that can only be read, a first start on a full disk. */
class StreamAndReadOnlyTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    private Path fifoFedWith(byte[] bytes) throws Exception {
        Path fifo = files.resolve("fifo-" + System.nanoTime());
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return fifo;
    }

    @Test
    void plainAndSealedImportsReadFromAPipe() throws Exception {
        Path plain = files.resolve("plain.json");
        Path sealed = files.resolve("sealed.rwx");
        try (ConsultationStore store = ConsultationStore.open(files.resolve("theirs"))) {
            clientWithVisits(store, "Anna", "", 3);
            ClientTransfer.exportAll(store, plain, null, ClientTransfer.Progress.NONE);
            ClientTransfer.exportAll(store, sealed, "pass".toCharArray(), ClientTransfer.Progress.NONE);
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ClientTransfer.ImportSummary s =
                    ClientTransfer.importFile(store, fifoFedWith(Files.readAllBytes(plain)), null, null);
            assertEquals(3, s.consultationsSaved());
            s = ClientTransfer.importFile(
                    store,
                    fifoFedWith(Files.readAllBytes(sealed)),
                    "pass".toCharArray(),
                    ClientTransfer.OnConflict.KEEP_BOTH);
            assertEquals(3, s.consultationsSaved());
            assertEquals(2, store.clientCount());
        }
    }

    @Test
    void readOnlyRecordsListAndExportAndSayNothingCanBeSaved() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            clientWithVisits(store, "Anna", "knee", 2);
        }
        try (ConsultationStore store = ConsultationStore.openReadOnly(dir)) {
            assertTrue(store.isReadOnly());
            assertEquals(1, store.clientSummaries().size());
            assertEquals(
                    2,
                    ClientTransfer.exportAll(store, files.resolve("copy.json"), null, ClientTransfer.Progress.NONE)
                            .consultations());
            StoreException e = assertThrows(StoreException.class, () -> store.createClient("Jan", ""));
            assertEquals("records.read-only", e.key());
            assertTrue(e.getMessage().contains("can be read and exported, but nothing can be saved"), e.getMessage());
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(1, store.clientCount(), "nothing changed");
        }
    }

    @Test
    void halfUnpackedLibrariesOfKilledRunsAreDeleted() throws Exception {
        Path cache = dir.resolve("cache").resolve("sqlite-0.0.0");
        Files.createDirectories(cache);
        Path old = Files.write(cache.resolve("libsqlitejdbc.so123.part"), new byte[512 * 1024]);
        Files.setLastModifiedTime(
                old, FileTime.from(Instant.now().minus(SqliteLibrary.ABANDONED).minusSeconds(60)));
        Path running = Files.write(cache.resolve("libsqlitejdbc.so456.part"), new byte[16]);
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(0, store.clientCount());
        }
        assertTrue(Files.notExists(old), "a killed run's half library is deleted");
        assertTrue(Files.exists(running), "one another run is writing now is left alone");
    }
}
