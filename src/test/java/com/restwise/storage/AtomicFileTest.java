package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("export.json");
        AtomicFile.write(target, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"a\":1}", Files.readString(target));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("export.json"), names());
    }

    /** A full disk replaced a good export with a truncated one. */
    @Test
    void aWriterThatFailsMidwayLeavesTheEarlierFileWholeAndNoTrace() throws Exception {
        Path target = dir.resolve("export.json");
        AtomicFile.write(target, "the good export".getBytes(StandardCharsets.UTF_8));
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFile.write(target, out -> {
                    out.write(new byte[200_000]);
                    throw new FileSystemException(target.toString(), null, "No space left on device");
                }));
        assertEquals("the good export", Files.readString(target));
        assertEquals(List.of("export.json"), names(), "the partial file is removed");
        assertEquals(
                "The disk is full: " + target + " could not be written. Free some space and try again.",
                StorageTexts.describe(e, target, "en"));
    }

    @Test
    void replacingKeepsTheFileOwnerOnlyEvenIfTheOldOneWasNot() throws Exception {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("new", Files.readString(target));
    }

    /** Damaged files moved aside used to overwrite earlier damaged copies. */
    @Test
    void damagedCopiesNeverReplaceEachOther() throws Exception {
        for (int i = 0; i < 3; i++) {
            Path draft = Files.writeString(dir.resolve("draft.json"), "damaged " + i);
            Path aside = AtomicFile.moveAside(draft);
            assertTrue(
                    aside.getFileName().toString().matches("draft-damaged-\\d{8}-\\d{6}(-\\d+)?\\.json"),
                    aside.toString());
            assertTrue(Files.notExists(draft));
        }
        List<String> kept = names();
        assertEquals(3, kept.size(), kept.toString());
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertTrue(
                    kept.stream().anyMatch(f -> {
                        try {
                            return Files.readString(dir.resolve(f)).equals("damaged " + n);
                        } catch (IOException e) {
                            return false;
                        }
                    }),
                    "copy " + i + " kept");
        }
    }

    /** Temporary files were created 0644 under a fixed name, then chmod-ed. */
    @Test
    void theTemporaryFileIsOwnerOnlyFromItsFirstMomentAndUniquelyNamed() throws Exception {
        Path target = dir.resolve("settings.json");
        List<String> seen = new ArrayList<>();
        AtomicFile.write(target, outer -> {
            AtomicFile.write(target, inner -> {
                for (String name : names()) {
                    Path p = dir.resolve(name);
                    seen.add(name + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
                }
                inner.write('2');
            });
            outer.write('1');
        });
        assertEquals(2, seen.size(), "two writes at once, two temporary files: " + seen);
        for (String s : seen) {
            assertTrue(s.startsWith(".settings.json.") && s.endsWith(".tmp rw-------"), s);
        }
        assertEquals("1", Files.readString(target), "the write that finished last wins, whole");
    }
}
