package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.storage.StorageTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is particular to the SQLite store on this computer: its file, its schema version, the
 * disk under it. What any records keep is {@link RecordsContract}, run here by
 * {@link SqliteRecordsContractTest}.
 */
class ConsultationStoreTest {

    @TempDir
    Path dir;

    static Advice advise(Profile p) {
        return new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
    }

    @Test
    void theSchemaHasAVersionAndTheFileIsForItsOwnerOnly() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        ConsultationStore.open(dir).close();
        Path file = dir.resolve(ConsultationStore.FILE);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(dir));
        assertTrue(
                e.getMessage().contains("newer version of Restwise")
                        && e.getMessage().contains("untouched"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyRecordsFileGivesAClearMessage() throws Exception {
        ConsultationStore.open(dir).close();
        Path file = dir.resolve(ConsultationStore.FILE);
        file.toFile().setWritable(false);
        try {
            if (!Files.isWritable(file)) { // as root every file is writable; nothing to check then
                StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(dir));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            }
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearMessage() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(blocker.resolve("data")));
        assertEquals("folder.blocked", StorageTexts.keyFor(e.getCause()));
        assertTrue(
                e.getMessage()
                        .startsWith("Restwise cannot create its records in " + blocker.resolve("data")
                                + ". A file is in the way"),
                e.getMessage());
        assertTrue(e.message("de").contains("im Weg"), e.message("de"));
    }

    /** A full disk used to say "no transaction is active": the failed rollback hid the cause. */
    @Test
    void aFullDiskSaysSoInBothLanguagesAndKeepsWhatWasSaved() throws Exception {
        Profile p = profile().morningPain(5).build();
        try (ConsultationStore store = ConsultationStore.open(dir, 12)) {
            Client c = store.createClient("Anna", "");
            StoreException full = null;
            int saved = 0;
            for (int i = 0; i < 500 && full == null; i++) {
                try {
                    store.saveConsultation(c.id(), LocalDate.of(2026, 1, 1), p, advise(p), "x".repeat(2000));
                    saved++;
                } catch (StoreException e) {
                    full = e;
                }
            }
            assertTrue(full != null, "the database never filled up");
            assertEquals(
                    "The consultation could not be saved. The disk is full: " + store.file()
                            + " could not be written. Free some space and try again.",
                    full.getMessage());
            assertTrue(
                    full.message("de")
                            .startsWith("Die Beratung konnte nicht gespeichert werden. Der Datenträger ist voll"),
                    full.message("de"));
            assertEquals(saved, store.consultations(c.id()).size(), "every save that returned is kept");
            assertEquals("ok", store.integrityCheck());
        }
    }
}
