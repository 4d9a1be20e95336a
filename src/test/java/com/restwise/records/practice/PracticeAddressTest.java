package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.BundleFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice database's address as libpq writes it, the password's sources, and the messages. */
class PracticeAddressTest {

    @TempDir
    Path dir;

    @Test
    void aLibpqUriIsReadWithVerifyFullByDefault() throws Exception {
        PracticeAddress a = PracticeAddress.parse("postgresql://jana@db.physio-am-park.de/physio_am_park");
        assertEquals("jana", a.login());
        assertEquals("db.physio-am-park.de", a.host());
        assertEquals(5432, a.port());
        assertEquals("physio_am_park", a.database());
        assertEquals("verify-full", a.sslMode());
        assertNull(a.caFile());
        PracticeAddress b = PracticeAddress.parse(
                "postgres://j%C3%BCrgen@[::1]:6543/praxis%20nord?sslmode=require&sslrootcert=%2Fetc%2Fpraxis%2Fca.pem");
        assertEquals("jürgen", b.login());
        assertEquals("::1", b.host());
        assertEquals(6543, b.port());
        assertEquals("praxis nord", b.database());
        assertEquals(Path.of("/etc/praxis/ca.pem"), b.caFile());
        assertEquals(b, PracticeAddress.parse(b.toString()), "written back as it was read");
    }

    @Test
    void whatIsWrongWithAnAddressIsNamed() {
        for (String[] bad : new String[][] {
            {"http://jana@host/db", "must start with postgresql://"},
            {"postgresql://host/db", "names no login"},
            {"postgresql://jana:secret@host/db", "holds a password"},
            {"postgresql://jana@host", "names no database"},
            {"postgresql://jana@host/db?sslmode=sometimes", "sslmode must be one of"},
            {"postgresql://jana@host/db?password=x", "unknown parameter \"password\""},
            {"postgresql://jana@host/db\u001b[2J", "not a URI"}
        }) {
            PracticeException e = assertThrows(PracticeException.class, () -> PracticeAddress.parse(bad[0]), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\u001b"), "no raw escape reaches the terminal");
        }
    }

    @Test
    void anUncheckedConnectionLeavesThisComputerOnlyWhenTheRiskWasChosen() throws Exception {
        PracticeAddress.parse("postgresql://jana@localhost/db?sslmode=disable").checkSafe(false);
        PracticeAddress.parse("postgresql://jana@127.0.0.1/db?sslmode=disable").checkSafe(false);
        PracticeAddress.parse("postgresql://jana@db.example/db").checkSafe(false);
        PracticeAddress plain = PracticeAddress.parse("postgresql://jana@db.example/db?sslmode=disable");
        assertEquals(
                "practice.unsafe",
                assertThrows(PracticeException.class, () -> plain.checkSafe(false))
                        .key());
        plain.checkSafe(true);
        PracticeAddress unchecked = PracticeAddress.parse("postgresql://jana@10.0.0.5/db?sslmode=require");
        assertEquals(
                "practice.unsafe",
                assertThrows(PracticeException.class, () -> unchecked.checkSafe(false))
                        .key());
    }

    @Test
    void thePasswordComesFromTheFirstLineOfAUtf8File() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "Müller-Straße 7\nignored\n", StandardCharsets.UTF_8);
        assertEquals("Müller-Straße 7", new String(PracticePassword.fromFile(file)));
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
        assertTrue(assertThrows(PracticeException.class, () -> PracticePassword.fromFile(file))
                .getMessage()
                .contains("not UTF-8 text"));
        assertTrue(assertThrows(PracticeException.class, () -> PracticePassword.fromFile(dir.resolve("none")))
                .getMessage()
                .contains("no such file"));
    }

    @Test
    void everyMessageIsInEnglishAndGermanWithTheSamePlaceholders() throws Exception {
        String bundle = "com.restwise.records.practice.practice-texts";
        assertEquals(BundleFiles.keys(bundle, "en"), BundleFiles.keys(bundle, "de"));
        var en = BundleFiles.texts(bundle, "en");
        var de = BundleFiles.texts(bundle, "de");
        for (String key : en.stringPropertyNames()) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(de.getProperty(key)), key);
        }
        assertEquals(
                "Ihre Rolle in dieser Praxis (reception) darf das nicht.",
                new PracticeException("practice.denied", "reception").message("de"));
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
