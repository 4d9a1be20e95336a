package com.restwise.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncryptedExportTest {

    private static final char[] PASS = "correct horse battery staple".toCharArray();
    private static final int TAG = 16;
    private static final int SEALED_CHUNK = EncryptedExport.CHUNK + TAG;
    private static final int START = EncryptedExport.HEADER + TAG;

    /**
     * The chunk-format tests seal and open 18 times; at the shipped 600,000 key rounds that took
     * most of this class's time. They use a cheap key instead; the header, passphrase and
     * round-count tests below (and ClientTransferTest's round trips) go through the shipped cost.
     */
    private static final int CHEAP_ROUNDS = 1_000;

    private static byte[] seal(byte[] plain) throws IOException {
        return seal(plain, CHEAP_ROUNDS);
    }

    private static byte[] sealAsShipped(byte[] plain) throws IOException {
        return seal(plain, EncryptedExport.ITERATIONS);
    }

    private static byte[] seal(byte[] plain, int rounds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream s = EncryptedExport.seal(out, PASS, rounds)) {
            s.write(plain);
        }
        return out.toByteArray();
    }

    private static byte[] open(byte[] sealed) throws Exception {
        try (InputStream in = EncryptedExport.open(new ByteArrayInputStream(sealed), PASS, CHEAP_ROUNDS)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void roundTripsEverySizeAroundAChunk() throws Exception {
        for (int n : new int[] {
            0, 1, EncryptedExport.CHUNK - 1, EncryptedExport.CHUNK, EncryptedExport.CHUNK + 1, 3 * EncryptedExport.CHUNK
        }) {
            byte[] plain = random(n);
            assertArrayEquals(plain, open(seal(plain)), n + " bytes");
        }
    }

    @Test
    void theHeaderSaysWhatItIs() throws Exception {
        byte[] sealed = sealAsShipped(new byte[10]);
        assertTrue(EncryptedExport.isSealed(sealed));
        ByteBuffer h = ByteBuffer.wrap(sealed, EncryptedExport.MAGIC.length, 5);
        assertEquals(1, h.get(), "format version");
        assertEquals(600_000, h.getInt(), "PBKDF2 rounds, OWASP's figure");
        assertTrue(!Arrays.equals(seal(new byte[10]), sealed), "fresh salt and nonce every time");
        assertArrayEquals(
                new byte[10],
                EncryptedExport.open(new ByteArrayInputStream(sealed), PASS).readAllBytes(),
                "opened as shipped");
    }

    @Test
    void aWrongPassphraseIsFoundBeforeAnythingIsRead() throws Exception {
        byte[] sealed = sealAsShipped(random(1000));
        assertThrows(
                EncryptedExport.WrongPassphraseException.class,
                () -> EncryptedExport.open(new ByteArrayInputStream(sealed), "wrong".toCharArray()));
    }

    @Test
    void changedCutOrReorderedFilesAreRefused() throws Exception {
        byte[] sealed = seal(random(3 * EncryptedExport.CHUNK + 100));
        byte[] flipped = sealed.clone();
        flipped[START + SEALED_CHUNK + 5] ^= 1;
        assertThrows(EncryptedExport.TamperedException.class, () -> open(flipped));
        // cut exactly after a whole chunk: every remaining chunk verifies, yet the end is missing
        byte[] cutAtChunk = Arrays.copyOf(sealed, START + 2 * SEALED_CHUNK);
        assertThrows(EncryptedExport.TamperedException.class, () -> open(cutAtChunk));
        byte[] cutInside = Arrays.copyOf(sealed, sealed.length - 7);
        assertThrows(EncryptedExport.TamperedException.class, () -> open(cutInside));
        byte[] swapped = sealed.clone();
        System.arraycopy(sealed, START, swapped, START + SEALED_CHUNK, SEALED_CHUNK);
        System.arraycopy(sealed, START + SEALED_CHUNK, swapped, START, SEALED_CHUNK);
        assertThrows(EncryptedExport.TamperedException.class, () -> open(swapped));
        byte[] appended = Arrays.copyOf(sealed, sealed.length + 20);
        assertThrows(EncryptedExport.TamperedException.class, () -> open(appended));
    }

    @Test
    void aHeaderAskingForFewerOrEndlessRoundsIsRefused() throws Exception {
        byte[] sealed = sealAsShipped(random(10));
        for (int rounds : new int[] {1, CHEAP_ROUNDS, Integer.MAX_VALUE}) {
            byte[] changed = sealed.clone();
            ByteBuffer.wrap(changed).putInt(EncryptedExport.MAGIC.length + 1, rounds);
            EncryptedExport.TamperedException e = assertThrows(
                    EncryptedExport.TamperedException.class,
                    () -> EncryptedExport.open(new ByteArrayInputStream(changed), PASS));
            assertTrue(e.getMessage().contains("key rounds"), e.getMessage());
        }
    }
}
