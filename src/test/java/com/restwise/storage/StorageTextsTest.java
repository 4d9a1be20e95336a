package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.BundleFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StorageTextsTest {

    private static final Path FILE = Path.of("/home/anna/exports/clients.json");

    @Test
    void failuresAreSaidSoThatAPersonCanActOnThem() {
        assertEquals("disk.full", StorageTexts.keyFor(new FileSystemException("/x", null, "No space left on device")));
        assertEquals(
                "disk.full",
                StorageTexts.keyFor(new SQLException(
                        "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)")));
        assertEquals("folder.not-writable", StorageTexts.keyFor(new AccessDeniedException("/x")));
        assertEquals(
                "folder.not-writable",
                StorageTexts.keyFor(new SQLException("[SQLITE_READONLY] attempt to write a readonly database")));
        assertEquals(
                "disk.read-only", StorageTexts.keyFor(new FileSystemException("/x", null, "Read-only file system")));
        assertEquals(
                "records.busy",
                StorageTexts.keyFor(
                        new SQLException("[SQLITE_BUSY] The database file is locked (database is locked)")));
        assertEquals(
                "disk.full",
                StorageTexts.keyFor(new IOException("wrapped", new IOException("No space left on device"))));
    }

    @Test
    void noMessageNamesAnExceptionClass() {
        String en = StorageTexts.describe(new AccessDeniedException(FILE.toString()), FILE, "en");
        assertEquals(
                "The folder of /home/anna/exports/clients.json cannot be written. Choose another folder, "
                        + "or ask for permission to write there.",
                en);
        String de = StorageTexts.describe(
                new FileSystemException(FILE.toString(), null, "No space left on device"), FILE, "de");
        assertTrue(de.startsWith("Der Datenträger ist voll"), de);
        String other = StorageTexts.describe(new FileSystemLoopException("x"), FILE, "en");
        assertFalse(other.contains("Exception"), other);
    }

    @Test
    void bothLanguagesHaveEveryText() throws Exception {
        assertEquals(
                BundleFiles.keys("com.restwise.storage.storage-texts", "en"),
                BundleFiles.keys("com.restwise.storage.storage-texts", "de"));
        assertEquals(
                BundleFiles.keys("com.restwise.records.records-texts", "en"),
                BundleFiles.keys("com.restwise.records.records-texts", "de"));
    }

    @Test
    void anApostropheAndTheNumbersComeOutAsWritten() {
        assertEquals(
                "A client's name cannot contain control characters or text-direction marks, and has at most 200"
                        + " characters.",
                StorageTexts.get("en", "client.bad-name", 200));
    }
}
