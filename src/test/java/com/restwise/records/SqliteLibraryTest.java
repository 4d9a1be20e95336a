package com.restwise.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteLibraryTest {

    @Test
    void theNativeLibraryIsUnpackedOnceIntoTheDataDirectorysCacheNotTheTempFolder(@TempDir Path dataDir)
            throws Exception {
        String path = System.clearProperty(SqliteLibrary.PATH);
        String name = System.clearProperty(SqliteLibrary.NAME);
        try {
            SqliteLibrary.useCacheIn(dataDir);
            Path folder = Path.of(System.getProperty(SqliteLibrary.PATH));
            Path library = folder.resolve(System.getProperty(SqliteLibrary.NAME));
            assertTrue(folder.startsWith(dataDir.resolve("cache")), folder.toString());
            assertTrue(Files.size(library) > 100_000, "the whole library: " + Files.size(library));
            FileTime unpacked = Files.getLastModifiedTime(library);

            // the next start finds it and writes nothing
            System.clearProperty(SqliteLibrary.PATH);
            Thread.sleep(20);
            SqliteLibrary.useCacheIn(dataDir);
            assertEquals(unpacked, Files.getLastModifiedTime(library));
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> all = files.collect(Collectors.toList());
                assertEquals(List.of(library), all, "one library, no half-written copies");
            }
        } finally {
            restore(SqliteLibrary.PATH, path);
            restore(SqliteLibrary.NAME, name);
        }
    }

    @Test
    void theInstalledAppsLibraryBesideTheJarsIsLeftAlone(@TempDir Path dataDir) throws Exception {
        String path = System.getProperty(SqliteLibrary.PATH);
        try {
            System.setProperty(SqliteLibrary.PATH, "/opt/restwise/lib/app");
            SqliteLibrary.useCacheIn(dataDir);
            assertEquals("/opt/restwise/lib/app", System.getProperty(SqliteLibrary.PATH));
            assertTrue(Files.notExists(dataDir.resolve("cache")));
        } finally {
            restore(SqliteLibrary.PATH, path);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
