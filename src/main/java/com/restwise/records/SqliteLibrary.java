package com.restwise.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc finds its native library. Left to itself it unpacks the library into the
 * system's temp folder under a new name on every start, and a killed run leaves that file
 * behind. Instead the library is unpacked once per sqlite-jdbc version into the data directory's
 * {@code cache/} and loaded from there. The installed app already has it beside its jars (the
 * launcher sets {@code org.sqlite.lib.path}); then nothing is done here.
 */
final class SqliteLibrary {

    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /** Before the first connection: set once per process, later calls change nothing. */
    static synchronized void useCacheIn(Path dataDir) {
        if (System.getProperty(PATH) != null) {
            return;
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = ("/" + LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name).replaceAll("/+", "/");
        Path folder = dataDir.resolve("cache").resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path library = folder.resolve(name);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return;   // no library for this platform in the jar: sqlite-jdbc says so itself
            }
            if (!Files.isRegularFile(library)) {
                Files.createDirectories(folder);
                // written aside and moved in whole, so a killed run never leaves half a library
                Path partial = Files.createTempFile(folder, name, ".part");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            return;   // a data directory we cannot write to: sqlite-jdbc falls back to the temp folder
        }
        System.setProperty(PATH, folder.toString());
        System.setProperty(NAME, name);
    }
}
