package com.restwise.records;

import com.restwise.storage.StorageTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc finds its native library. Left to itself it unpacks the library into the
 * system's temp folder under a new name on every start, and a killed run leaves that file
 * behind. Instead the library is unpacked once per sqlite-jdbc version into the data directory's
 * {@code cache/} and loaded from there. The installed app already has it beside its jars (the
 * launcher sets {@code org.sqlite.lib.path}); then nothing is done here.
 *
 * <p>A half-written library ({@code *.part}) is deleted when the unpacking fails, and one left by
 * a killed run is deleted by the next. A full disk is reported as such rather than left to
 * sqlite-jdbc, which would try the temp folder and fail there with a stack trace.
 */
final class SqliteLibrary {

    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    /** A half-written library this old was left by a run that was killed; a running unpack takes well under this. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    /**
     * Before the first connection: set once per process, later calls change nothing.
     *
     * @throws IOException when the disk is full (another folder, such as a read-only one, leaves
     *                     sqlite-jdbc to its own way)
     */
    static synchronized void useCacheIn(Path dataDir) throws IOException {
        deleteAbandoned(dataDir.resolve("cache"));
        if (System.getProperty(PATH) != null) {
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = ("/" + LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name).replaceAll("/+", "/");
        Path folder = dataDir.resolve("cache").resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(name);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return; // no library for this platform in the jar: sqlite-jdbc says so itself
            }
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(folder);
                // written aside and moved in whole, so a killed run never leaves half a library
                Path partial = Files.createTempFile(folder, name, ".part");
                try {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            if (StorageTexts.keyFor(e).equals("disk.full") || StorageTexts.almostFull(folder)) {
                throw e;
            }
            return; // a data directory we cannot write to: sqlite-jdbc falls back to the temp folder
        }
        System.setProperty(PATH, folder.toString());
        System.setProperty(NAME, name);
    }

    /** Deletes half-written libraries of runs that were killed, in every version's folder. */
    static void deleteAbandoned(Path cache) {
        if (!Files.isDirectory(cache)) {
            return;
        }
        FileTime before = FileTime.from(Instant.now().minus(ABANDONED));
        try (Stream<Path> all = Files.find(
                cache,
                2,
                (p, a) -> a.isRegularFile()
                        && p.getFileName().toString().endsWith(".part")
                        && a.lastModifiedTime().compareTo(before) < 0)) {
            for (Path part : (Iterable<Path>) all::iterator) {
                Files.deleteIfExists(part);
            }
        } catch (IOException | UncheckedIOException e) {
            // left for the next start
        }
    }
}
