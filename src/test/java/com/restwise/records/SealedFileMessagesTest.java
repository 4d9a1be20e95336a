package com.restwise.records;

import static com.restwise.records.ClientTransferTest.clientWithVisits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.TransferException.Kind;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passphrases are what they look like, and a damaged sealed file says what is damaged. */
class SealedFileMessagesTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    private Path sealed(char[] passphrase) throws Exception {
        Path file = files.resolve("sealed.rwx");
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            if (store.clientCount() == 0) {
                clientWithVisits(store, "Anna", "", 1);
            }
            ClientTransfer.exportAll(store, file, passphrase, ClientTransfer.Progress.NONE);
        }
        return file;
    }

    private TransferException refused(Path file, char[] passphrase) throws Exception {
        try (ConsultationStore store = ConsultationStore.open(files.resolve("records"))) {
            TransferException e = assertThrows(
                    TransferException.class, () -> ClientTransfer.importFile(store, file, passphrase, null));
            assertEquals(0, store.clientCount());
            return e;
        }
    }

    @Test
    void theComposedAndDecomposedSpellingsOfOnePassphraseOpenTheSameFile() throws Exception {
        String composed = Normalizer.normalize("Müller-Lüdenscheidt", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        Path file = sealed(decomposed.toCharArray());
        try (ConsultationStore store = ConsultationStore.open(files.resolve("records"))) {
            assertEquals(
                    1,
                    ClientTransfer.importFile(store, file, composed.toCharArray(), null)
                            .added());
        }
    }

    @Test
    void aDamagedHeaderSaysWhatIsDamaged() throws Exception {
        Path file = sealed("secret".toCharArray());
        byte[] good = Files.readAllBytes(file);
        int magic = EncryptedExport.MAGIC.length;

        byte[] version = good.clone();
        version[magic] = (byte) 255;
        TransferException v = refused(Files.write(files.resolve("v.rwx"), version), "secret".toCharArray());
        assertEquals(Kind.TAMPERED, v.kind());
        assertTrue(v.getMessage().contains("format 255"), v.getMessage());

        byte[] rounds = good.clone();
        ByteBuffer.wrap(rounds).putInt(magic + 1, Integer.MIN_VALUE);
        TransferException r = refused(Files.write(files.resolve("r.rwx"), rounds), "secret".toCharArray());
        assertTrue(r.getMessage().contains("2,147,483,648 key rounds"), r.getMessage());

        byte[] salt = good.clone();
        salt[magic + 5] ^= 1;
        TransferException s = refused(Files.write(files.resolve("s.rwx"), salt), "secret".toCharArray());
        assertEquals(Kind.WRONG_PASSPHRASE, s.kind());
        assertTrue(s.getMessage().contains("or the start of the file"), s.getMessage());

        byte[] line = good.clone();
        line[3] = 'X';
        line[9] = 'x';
        TransferException m = refused(Files.write(files.resolve("m.rwx"), line), "secret".toCharArray());
        assertEquals(Kind.TAMPERED, m.kind());
        assertEquals(
                List.of("its first line, which marks a passphrase-protected Restwise export, is damaged"),
                m.problems());
    }
}
