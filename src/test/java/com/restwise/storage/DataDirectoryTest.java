package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(
                Path.of("/opt/x"),
                DataDirectory.resolve("/opt/x", Map.of("RESTWISE_DATA", "/env"), "Linux", "/home/u"));
    }

    @Test
    void theEnvironmentWinsOverTheSystemDefault() {
        assertEquals(Path.of("/env"), DataDirectory.resolve(null, Map.of("RESTWISE_DATA", "/env"), "Linux", "/home/u"));
    }

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertEquals(
                Path.of("/xdg/restwise"),
                DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u"));
        assertEquals(
                Path.of("/home/u/.local/share/restwise"), DataDirectory.resolve(null, Map.of(), "Linux", "/home/u"));
        assertEquals(
                Path.of("/home/u/.local/share/restwise"),
                DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u"),
                "relative XDG ignored");
    }

    @Test
    void windowsAndMacUseTheirPerUserFolders() {
        assertEquals(
                Path.of("C:/Users/u/AppData/Roaming", "Restwise"),
                DataDirectory.resolve(
                        null, Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), "Windows 11", "C:/Users/u"));
        assertEquals(
                Path.of("/Users/u/Library/Application Support/Restwise"),
                DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"));
    }

    @Test
    void itIsCreatedOnFirstUseForItsOwnerOnly() throws Exception {
        Path dir = tmp.resolve("a/b/restwise");
        DataDirectory.prepare(dir);
        assertTrue(Files.isDirectory(dir));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }
}
