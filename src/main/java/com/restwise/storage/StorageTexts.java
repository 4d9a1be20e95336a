package com.restwise.storage;

import com.restwise.engine.Placeholders;
import com.restwise.engine.TextBundles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What went wrong with a file or the records, said so that a person can act on it ("the disk
 * is full", "the folder cannot be written"), in the app's language. Never an exception class:
 * the system's own words are only added where no better sentence is known.
 */
public final class StorageTexts {

    private static final String BUNDLE = "com.restwise.storage.storage-texts";

    private StorageTexts() {}

    public static String get(String lang, String key, Object... args) {
        return Placeholders.fill(TextBundles.load(BUNDLE, lang).getString(key), args);
    }

    /** The key of the sentence that explains a failure while writing or reading {@code path}. */
    public static String keyFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String msg = t.getMessage() == null ? "" : t.getMessage();
            String lower = msg.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left")
                    || lower.contains("sqlite_full")
                    || lower.contains("disk is full")
                    || lower.contains("database or disk is full")
                    || lower.contains("disk quota exceeded")
                    || lower.contains("not enough space")) {
                return "disk.full";
            }
            if (lower.contains("read-only file system")) {
                return "disk.read-only";
            }
            if (t instanceof AccessDeniedException
                    || lower.contains("permission denied")
                    || lower.contains("access is denied")
                    || lower.contains("sqlite_readonly")
                    || lower.contains("readonly database")
                    || lower.contains("sqlite_cantopen")) {
                return "folder.not-writable";
            }
            if (lower.contains("not a directory") || t instanceof FileAlreadyExistsException) {
                return "folder.blocked";
            }
            if (t instanceof NoSuchFileException || t instanceof NotDirectoryException) {
                return "folder.missing";
            }
            if (lower.contains("sqlite_busy") || lower.contains("database is locked")) {
                return "records.busy";
            }
            if (lower.contains("sqlite_corrupt")
                    || lower.contains("sqlite_notadb")
                    || lower.contains("malformed")
                    || lower.contains("not a database")) {
                return "records.damaged";
            }
            if (lower.contains("sqlite_ioerr") || lower.contains("input/output error")) {
                return "disk.error";
            }
        }
        return "file.failed";
    }

    /** One sentence for a failure on {@code path}, e.g. "The disk is full: ... could not be saved." Looks at the disk. */
    public static String describe(Throwable e, Path path, String lang) {
        return sentence(keyFor(e, path), path == null ? "" : path.toString(), systemWords(e), lang);
    }

    /**
     * The key of the sentence for a failure on {@code path}, looking at the disk when the failure
     * itself does not say: so it is decided where the failure happened, never on the JavaFX thread.
     */
    public static String keyFor(Throwable e, Path path) {
        String key = keyFor(e);
        if ((key.equals("disk.error") || key.equals("file.failed")) && almostFull(path)) {
            // SQLite reports a failed write of its journal as an I/O error, not as a full disk.
            key = "disk.full";
        }
        return key;
    }

    /** The sentence of a key from {@link #keyFor(Throwable, Path)} about the file {@code where}, without touching the disk. */
    public static String sentence(String key, String where, String systemWords, String lang) {
        return get(lang, key, where, systemWords);
    }

    /** Whether the disk holding the path has less than 1 MiB left. */
    public static boolean almostFull(Path path) {
        for (Path p = path == null ? null : path.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    return Files.getFileStore(p).getUsableSpace() < 1024 * 1024;
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** The system's own words without the exception's class, for the generic sentence. */
    public static String systemWords(Throwable e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String msg = e.getMessage();
        if (msg == null || msg.isBlank()) {
            return e instanceof IOException ? "input/output error" : "unknown cause";
        }
        // sqlite-jdbc prefixes its messages with the result code, e.g. "[SQLITE_IOERR] ..."
        return msg.replaceAll("\\[SQLITE_[A-Z_]+\\]\\s*", "").strip();
    }
}
