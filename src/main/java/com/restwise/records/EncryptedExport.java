package com.restwise.records;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An export protected by a passphrase: AES-256-GCM with a key from PBKDF2-HMAC-SHA256, all in
 * the JDK. The JSON is sealed in chunks of 64 KiB, each its own GCM message, so a file of any
 * size is written and read with bounded memory and no byte is used before it is verified.
 *
 * <pre>
 * header  "RESTWISE-SEALED\n"  16 bytes
 *         format version       1 byte  (1)
 *         PBKDF2 iterations    4 bytes, big-endian (600,000 when written)
 *         salt                 16 bytes, random
 *         nonce                12 bytes, random
 *         passphrase check     16 bytes: the GCM tag of nothing, chunk number 0
 * chunks  ciphertext + 16-byte tag, chunk numbers 1, 2, ...; every chunk but the last holds
 *         exactly 64 KiB; the last holds less (possibly nothing) and is marked final
 * </pre>
 *
 * The nonce of chunk n is the file's nonce with n added into its last 8 bytes; the header,
 * the chunk number and the final mark are authenticated with every chunk, so a chunk cannot be
 * moved, dropped, or the file cut short without the tag failing.
 *
 * <p>A passphrase is used in its composed form (NFC), so "Müller" typed on a keyboard that
 * composes and pasted from a text that does not opens the same file. Files sealed before that
 * with a decomposed passphrase still open with it.
 */
public final class EncryptedExport {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023 onwards). */
    public static final int ITERATIONS = 600_000;
    /** A file asking for more work than this is refused rather than keeping the computer busy. */
    static final int MAX_ITERATIONS = 10_000_000;

    static final byte[] MAGIC = "RESTWISE-SEALED\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int CHUNK = 64 * 1024;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG = 16;
    static final int HEADER = MAGIC.length + 1 + 4 + SALT + NONCE;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedExport() {}

    /** Whether the stream starts like a sealed export (reads and keeps nothing past the magic). */
    public static boolean isSealed(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * Whether the start is a sealed export's first line with a few bytes changed: no JSON
     * document starts like that, so the file is a damaged sealed export, not damaged JSON.
     */
    static boolean looksLikeDamagedMagic(byte[] start) {
        if (start.length < MAGIC.length || isSealed(start)) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < MAGIC.length; i++) {
            same += start[i] == MAGIC[i] ? 1 : 0;
        }
        return same >= MAGIC.length / 2;
    }

    /** The passphrase as its composed (NFC) characters. */
    static char[] composed(char[] passphrase) {
        return java.text.Normalizer.normalize(java.nio.CharBuffer.wrap(passphrase), java.text.Normalizer.Form.NFC)
                .toCharArray();
    }

    /** A stream whose bytes are sealed into {@code out}; closing it writes the final chunk (not closing out). */
    public static OutputStream seal(OutputStream out, char[] passphrase) throws IOException {
        return seal(out, passphrase, ITERATIONS);
    }

    /**
     * With a key cost of our choosing: only for the tests of the chunk format, which seal and
     * open a file two dozen times and would spend most of the build's key rounds on it.
     */
    static OutputStream seal(OutputStream out, char[] passphrase, int iterations) throws IOException {
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        header.put(MAGIC).put((byte) VERSION).putInt(iterations).put(salt).put(nonce);
        SecretKey key = key(composed(passphrase), salt, iterations);
        out.write(header.array());
        out.write(crypt(Cipher.ENCRYPT_MODE, key, header.array(), 0, false, new byte[0], 0, 0));
        return new Sealer(out, key, header.array());
    }

    /**
     * The plain bytes of a sealed export. A wrong passphrase is found here, before anything is
     * read; a changed or cut-off file is found by the returned stream, which then throws
     * {@link TamperedException} before handing over any byte of the damaged chunk.
     */
    public static InputStream open(InputStream in, char[] passphrase) throws IOException, WrongPassphraseException {
        return open(in, passphrase, ITERATIONS);
    }

    /** Accepting files that ask for at least {@code fewestIterations}: the other half of the tests' cheaper seal. */
    static InputStream open(InputStream in, char[] passphrase, int fewestIterations)
            throws IOException, WrongPassphraseException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[HEADER];
        byte[] check = new byte[TAG];
        try {
            data.readFully(header);
            data.readFully(check);
        } catch (EOFException e) {
            throw new TamperedException("the file is cut off inside its header");
        }
        if (!isSealed(header)) {
            throw new TamperedException("the file is not a passphrase-protected Restwise export");
        }
        ByteBuffer h = ByteBuffer.wrap(header, MAGIC.length, HEADER - MAGIC.length);
        int version = Byte.toUnsignedInt(h.get());
        if (version != VERSION) {
            throw new TamperedException("the file is sealed in format " + version + "; this Restwise reads format "
                    + VERSION + " (a newer Restwise wrote it?)");
        }
        long iterations = Integer.toUnsignedLong(h.getInt());
        if (iterations < fewestIterations || iterations > MAX_ITERATIONS) {
            throw new TamperedException("the file asks for " + String.format(java.util.Locale.ROOT, "%,d", iterations)
                    + " key rounds, outside "
                    + String.format(java.util.Locale.ROOT, "%,d to %,d", fewestIterations, MAX_ITERATIONS));
        }
        byte[] salt = new byte[SALT];
        h.get(salt);
        char[] composed = composed(passphrase);
        SecretKey key = key(composed, salt, (int) iterations);
        if (!opens(key, header, check)) {
            // sealed before passphrases were composed, with a decomposed one
            key = Arrays.equals(composed, passphrase) ? null : key(passphrase, salt, (int) iterations);
            if (key == null || !opens(key, header, check)) {
                throw new WrongPassphraseException();
            }
        }
        Arrays.fill(composed, '\0');
        return new Opener(new PushbackInputStream(in, 1), key, header);
    }

    private static boolean opens(SecretKey key, byte[] header, byte[] check) {
        try {
            crypt(Cipher.DECRYPT_MODE, key, header, 0, false, check, 0, TAG);
            return true;
        } catch (TamperedException e) {
            return false;
        }
    }

    static SecretKey key(char[] passphrase, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            byte[] bytes = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
            return new SecretKeySpec(bytes, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no PBKDF2-HMAC-SHA256", e);
        }
    }

    private static byte[] crypt(
            int mode, SecretKey key, byte[] header, long chunk, boolean last, byte[] data, int offset, int length)
            throws TamperedException {
        byte[] nonce = Arrays.copyOfRange(header, HEADER - NONCE, HEADER);
        ByteBuffer counter = ByteBuffer.wrap(nonce, NONCE - 8, 8);
        counter.putLong(NONCE - 8, counter.getLong(NONCE - 8) + chunk);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(ByteBuffer.allocate(9)
                    .putLong(chunk)
                    .put((byte) (last ? 1 : 0))
                    .array());
            return cipher.doFinal(data, offset, length);
        } catch (AEADBadTagException e) {
            throw new TamperedException(
                    chunk == 0 ? "wrong passphrase" : "part " + chunk + " of the file was changed or cut off");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM", e);
        }
    }

    /** The passphrase does not open this file. */
    public static final class WrongPassphraseException extends Exception {
        WrongPassphraseException() {
            super("the passphrase does not open this file");
        }
    }

    /** The sealed file was changed, cut off or is not a sealed export at all. */
    public static final class TamperedException extends IOException {
        TamperedException(String message) {
            super(message);
        }
    }

    private static final class Sealer extends OutputStream {
        private final OutputStream out;
        private final SecretKey key;
        private final byte[] header;
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private long chunk = 1;
        private boolean closed;

        Sealer(OutputStream out, SecretKey key, byte[] header) {
            this.out = out;
            this.key = key;
            this.header = header;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == CHUNK) {
                    // Only sealed once more bytes follow: the last chunk must be marked as last.
                    out.write(crypt(Cipher.ENCRYPT_MODE, key, header, chunk++, false, buffer, 0, CHUNK));
                    filled = 0;
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (filled == CHUNK) {
                out.write(crypt(Cipher.ENCRYPT_MODE, key, header, chunk++, false, buffer, 0, CHUNK));
                filled = 0;
            }
            out.write(crypt(Cipher.ENCRYPT_MODE, key, header, chunk, true, buffer, 0, filled));
            out.flush();
        }
    }

    private static final class Opener extends InputStream {
        private final PushbackInputStream in;
        private final SecretKey key;
        private final byte[] header;
        private final byte[] sealed = new byte[CHUNK + TAG];
        private byte[] plain = new byte[0];
        private int position;
        private long chunk = 1;
        private boolean ended;

        Opener(PushbackInputStream in, SecretKey key, byte[] header) {
            this.in = in;
            this.key = key;
            this.header = header;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (position == plain.length) {
                if (ended) {
                    return -1;
                }
                nextChunk();
            }
            int n = Math.min(len, plain.length - position);
            System.arraycopy(plain, position, b, off, n);
            position += n;
            return n;
        }

        private void nextChunk() throws IOException {
            int n = in.readNBytes(sealed, 0, sealed.length);
            if (n < TAG) {
                throw new TamperedException("the file is cut off after part " + (chunk - 1));
            }
            boolean last = n < sealed.length;
            if (!last) {
                // A full chunk is the last one only if nothing follows it; the writer never
                // ends on a full chunk, so this is a file cut off at a chunk's end.
                int next = in.read();
                if (next < 0) {
                    throw new TamperedException("the file is cut off after part " + chunk);
                }
                in.unread(next);
                plain = crypt(Cipher.DECRYPT_MODE, key, header, chunk++, false, sealed, 0, n);
            } else {
                plain = crypt(Cipher.DECRYPT_MODE, key, header, chunk++, true, sealed, 0, n);
                ended = true;
            }
            position = 0;
        }
    }
}
