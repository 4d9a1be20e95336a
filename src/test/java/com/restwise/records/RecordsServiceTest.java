package com.restwise.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records on their own thread: the caller never waits, and nothing asked for is lost. */
class RecordsServiceTest {

    @TempDir
    Path dataDir;

    @Test
    void theStoreIsOpenedAndUsedOnlyOnTheRecordsThreadAndCallsReturnAtOnce() throws Exception {
        SlowDisk disk = new SlowDisk().slow("save", 800);
        String[] openedOn = new String[1];
        RecordsService records = new RecordsService(
                () -> {
                    openedOn[0] = Thread.currentThread().getName();
                    return ConsultationStore.open(dataDir);
                },
                disk);
        long start = System.nanoTime();
        CompletableFuture<Client> saved = records.createClient("Anna Berger", "");
        long returnedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(returnedAfter < 100, "returned after " + returnedAfter + " ms, before the 800 ms save");
        assertFalse(saved.isDone());
        assertEquals("Anna Berger", saved.get(10, TimeUnit.SECONDS).name());
        assertEquals("restwise-records", openedOn[0]);
        assertNotEquals(Thread.currentThread().getName(), openedOn[0]);
        records.close();
    }

    @Test
    void quittingWaitsForASaveInFlight() throws Exception {
        RecordsService records =
                new RecordsService(() -> ConsultationStore.open(dataDir), new SlowDisk().slow("save", 700));
        CompletableFuture<Client> saved = records.createClient("Anna Berger", "");
        records.close();
        assertTrue(saved.isDone(), "close returned only after the save");
        try (ConsultationStore store = ConsultationStore.open(dataDir)) {
            assertEquals(
                    List.of("Anna Berger"),
                    store.searchClients("").stream().map(Client::name).toList());
        }
        assertThrows(
                CancellationException.class,
                () -> records.search("").get(5, TimeUnit.SECONDS),
                "a closed service refuses work instead of leaving it waiting forever");
    }

    @Test
    void aDataDirectoryThatWasUnusableWorksOnceItIsFixed() throws Exception {
        Path blocked = dataDir.resolve("records");
        Files.writeString(blocked, "a file where the folder should be");
        RecordsService records = RecordsService.in(blocked);
        ExecutionException failed = assertThrows(ExecutionException.class, () -> records.createClient("Anna Berger", "")
                .get(10, TimeUnit.SECONDS));
        assertInstanceOf(StoreException.class, failed.getCause());
        Files.delete(blocked);
        assertEquals(
                "Anna Berger",
                records.createClient("Anna Berger", "")
                        .get(10, TimeUnit.SECONDS)
                        .name());
        records.close();
    }
}
