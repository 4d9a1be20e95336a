package com.restwise.records;

import static com.restwise.records.ClientTransferTest.clientWithVisits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.ConsultationStore.Program;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records kept busy by a long import say which program holds them. */
class BusyRecordsTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    @Test
    void theWindowIsToldThatTheCommandLineIsImporting() throws Exception {
        Path file = files.resolve("many.json");
        try (ConsultationStore theirs = ConsultationStore.open(files.resolve("theirs"))) {
            for (int i = 0; i < 5; i++) {
                clientWithVisits(theirs, "Client " + i, "", 40);
            }
            ClientTransfer.exportAll(theirs, file, null, ClientTransfer.Progress.NONE);
        }
        CountDownLatch importing = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(1);
        try (ConsultationStore commandLine = ConsultationStore.open(dir, Program.COMMAND_LINE);
                ConsultationStore window = ConsultationStore.open(dir, Program.WINDOW, 300)) {
            CompletableFuture<ClientTransfer.ImportSummary> running = CompletableFuture.supplyAsync(() -> {
                try {
                    java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
                    return ClientTransfer.importFile(commandLine, file, null, null, done -> {
                        if (told.incrementAndGet() < 3) {
                            return; // the first part is read before the import's transaction begins
                        }
                        importing.countDown();
                        try {
                            asked.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(importing.await(10, TimeUnit.SECONDS));
            Thread.sleep(100); // the import has read on and holds the write lock
            StoreException busy = assertThrows(StoreException.class, () -> window.createClient("Anna", ""));
            asked.countDown();
            assertEquals("records.busy-by", busy.key());
            assertTrue(
                    busy.getMessage().contains("the command line (restwise records import) is importing"),
                    busy.getMessage());
            assertTrue(busy.message("de").contains("die Kommandozeile"), busy.message("de"));
            assertEquals(5, running.get(20, TimeUnit.SECONDS).added());
        }
    }
}
