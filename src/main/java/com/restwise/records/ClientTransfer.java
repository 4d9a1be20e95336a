package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.TransferException.Kind;
import com.restwise.storage.AtomicFile;
import com.restwise.storage.LeftoverFiles;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Moving clients between computers. An export streams every chosen client's consultations
 * into one JSON document (owner-only, written atomically), sealed with a passphrase when one is
 * given. An import reads such a file entry by entry inside one transaction: a damaged or
 * hostile entry, a wrong passphrase or a changed sealed file refuses the whole file and changes
 * nothing; clients that are already in the records are skipped, replaced or kept apart as the
 * user chose, one by one.
 *
 * <pre>
 * {"restwiseExport": 1, "exported": "2026-11-30",
 *  "clients": [{"name": "Anna Berger", "notes": "",
 *               "consultations": [{"date": "2026-11-22", "profile": {...}, "advice": {...}, "notes": ""}]}]}
 * </pre>
 *
 * Within a client, "name" comes before "consultations" (as Restwise writes it), so that each
 * consultation can be saved as it is read.
 */
public final class ClientTransfer {

    public static final int FORMAT_VERSION = 1;

    /** What to do with a client whose name is already in the records. */
    public enum OnConflict {
        SKIP,
        REPLACE,
        KEEP_BOTH
    }

    public record ConsultationRecord(LocalDate date, Profile profile, Advice advice, String notes) {}

    /** How far a long export or import has come, from 0 to 1; called on the thread doing the work. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = done -> {};

        void update(double done);
    }

    /** What an export wrote. */
    public record ExportSummary(Path file, int clients, int consultations, boolean sealed) {}

    /** What an import would do, read before the user decides about conflicts. */
    public record ImportPreview(int clients, int consultations, List<String> conflicts) {}

    /**
     * What an import did, and what the records hold afterwards (counted in the store after the
     * import was saved, not from the file).
     *
     * @param renamed "Anna Berger -> Anna Berger (2)" for each client kept apart
     * @param todaysScreen each consultation whose imported advice is less pressing than today's
     *                     medical screen of its profile, e.g. {@code clients[0] "Carol".consultations[1]
     *                     (2026-01-02): Today's screen: URGENT (the imported advice said SOON)}; the
     *                     consultation keeps it too ({@link Consultation#todaysScreen()})
     */
    public record ImportSummary(
            int clientsInFile,
            int added,
            int replaced,
            int keptBoth,
            int skipped,
            int consultationsSaved,
            int clientsInRecords,
            int consultationsInRecords,
            List<String> renamed,
            List<String> todaysScreen) {}

    private ClientTransfer() {}

    // --- export

    /** Says plainly that a plain export holds health data, and recommends a passphrase. */
    public static String plainExportWarning(String lang) {
        return TransferException.text(lang, "transfer.plain-warning");
    }

    /**
     * Writes the clients to {@code target}, sealed when a passphrase is given (null: plain
     * JSON, which holds health data anyone with the file can read). Written beside the target
     * and renamed into place, readable by its owner only: a full disk leaves an earlier export
     * of that name as it was. The whole export is read as one snapshot of the records, so what
     * others save meanwhile (an import replacing clients) never leaves it half old, half new;
     * a client deleted or replaced before it began fails with {@code client.gone}. A target that
     * is a device or a pipe is refused, and a temporary file left by a killed export is deleted
     * at the next start ({@link LeftoverFiles}).
     */
    public static ExportSummary export(ConsultationStore store, List<Client> clients, Path target, char[] passphrase)
            throws StoreException, TransferException {
        return export(store, clients, target, passphrase, Progress.NONE);
    }

    /** As {@link #export(ConsultationStore, List, Path, char[])}, telling how far it has come. */
    public static ExportSummary export(
            ConsultationStore store, List<Client> clients, Path target, char[] passphrase, Progress progress)
            throws StoreException, TransferException {
        return export(
                store,
                () -> {
                    List<Client> now = new java.util.ArrayList<>();
                    for (Client c : clients) {
                        now.add(store.client(c.id()).orElseThrow(() -> new StoreException("client.gone")));
                    }
                    return now;
                },
                target,
                passphrase,
                progress);
    }

    /** Every client in the records at the moment the export begins, in name order. */
    public static ExportSummary exportAll(ConsultationStore store, Path target, char[] passphrase, Progress progress)
            throws StoreException, TransferException {
        return export(store, () -> store.searchClients(""), target, passphrase, progress);
    }

    /** The clients to export, read inside the export's snapshot. */
    private interface Choice {
        List<Client> clients() throws StoreException;
    }

    private static ExportSummary export(
            ConsultationStore store, Choice choice, Path target, char[] passphrase, Progress progress)
            throws StoreException, TransferException {
        return store.snapshot(() -> {
            List<Client> clients = choice.clients();
            return write(store, clients, target, passphrase, progress);
        });
    }

    private static ExportSummary write(
            ConsultationStore store, List<Client> clients, Path target, char[] passphrase, Progress progress)
            throws StoreException, TransferException {
        int total = 0;
        Set<Long> chosen = new HashSet<>();
        clients.forEach(c -> chosen.add(c.id()));
        for (ConsultationStore.ClientSummary s : store.clientSummaries()) {
            total += chosen.contains(s.client().id()) ? s.consultations() : 0;
        }
        int expected = Math.max(1, total);
        int[] consultations = new int[1];
        try {
            AtomicFile.write(
                    target,
                    out -> {
                        if (passphrase == null) {
                            consultations[0] = writeJson(
                                    store, clients, out, n -> progress.update(Math.min(1.0, n / (double) expected)));
                        } else {
                            try (OutputStream sealed = EncryptedExport.seal(out, passphrase)) {
                                consultations[0] = writeJson(
                                        store,
                                        clients,
                                        sealed,
                                        n -> progress.update(Math.min(1.0, n / (double) expected)));
                            }
                        }
                    },
                    LeftoverFiles.in(store.file().getParent()));
        } catch (StoreFailure e) {
            throw e.cause;
        } catch (IOException e) {
            throw new TransferException(Kind.UNWRITABLE, target.toString(), List.of(), e);
        }
        return new ExportSummary(target, clients.size(), consultations[0], passphrase != null);
    }

    /** Streams the plain JSON export of the clients; returns how many consultations it wrote. */
    public static int writeJson(ConsultationStore store, List<Client> clients, OutputStream out) throws IOException {
        return writeJson(store, clients, out, n -> {});
    }

    private static int writeJson(ConsultationStore store, List<Client> clients, OutputStream out, IntConsumer written)
            throws IOException {
        return ExportWriter.write(
                out,
                clients,
                (client, row) -> {
                    try {
                        store.forEachConsultation(
                                client.id(), r -> row.write(r.date(), r.profileJson(), r.adviceJson(), r.notes()));
                    } catch (StoreException e) {
                        throw new StoreFailure(e);
                    }
                },
                written);
    }

    /** Carries a store failure through the file writer, which only passes IOExceptions on. */
    private static final class StoreFailure extends IOException {
        private final StoreException cause;

        StoreFailure(StoreException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    // --- import

    /** Whether the file is sealed with a passphrase (then import and preview need one). */
    public static boolean isSealed(Path file) throws TransferException {
        try (InputStream in = open(file)) {
            return EncryptedExport.isSealed(in.readNBytes(EncryptedExport.MAGIC.length));
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads the whole file, checking every entry, and finds the clients the records already
     * hold, without keeping anything. The user then decides about those conflicts.
     */
    public static ImportPreview preview(ConsultationStore store, Path file, char[] passphrase)
            throws TransferException, StoreException {
        return preview(store, file, passphrase, Progress.NONE);
    }

    /** As {@link #preview(ConsultationStore, Path, char[])}, telling how much of the file is read. */
    public static ImportPreview preview(ConsultationStore store, Path file, char[] passphrase, Progress progress)
            throws TransferException, StoreException {
        ClientImport.Result r = run(store, file, passphrase, null, true, progress);
        return new ImportPreview(r.clientsRead(), r.consultationsRead(), r.conflicts());
    }

    /**
     * Imports the file in one transaction. With {@code choice} null a file with conflicts is
     * refused ({@link Kind#CONFLICTS}, the names in {@code problems()}) and nothing is saved.
     */
    public static ImportSummary importFile(ConsultationStore store, Path file, char[] passphrase, OnConflict choice)
            throws TransferException, StoreException {
        return importFile(store, file, passphrase, choice, Progress.NONE);
    }

    /** As {@link #importFile(ConsultationStore, Path, char[], OnConflict)}, telling how much of the file is read. */
    public static ImportSummary importFile(
            ConsultationStore store, Path file, char[] passphrase, OnConflict choice, Progress progress)
            throws TransferException, StoreException {
        ClientImport.Result r = run(store, file, passphrase, choice, false, progress);
        return new ImportSummary(
                r.clientsRead(),
                r.added(),
                r.replaced(),
                r.renamed(),
                r.skipped(),
                r.consultationsSaved(),
                store.clientCount(),
                store.consultationCount(),
                r.renamedTo(),
                r.todaysScreen());
    }

    private static ClientImport.Result run(
            ConsultationStore store, Path file, char[] passphrase, OnConflict choice, boolean dryRun, Progress progress)
            throws TransferException, StoreException {
        String name = String.valueOf(file.getFileName());
        try (InputStream raw = new BufferedInputStream(new ReadProgress(open(file), size(file), progress), 1 << 16)) {
            raw.mark(EncryptedExport.MAGIC.length);
            byte[] start = raw.readNBytes(EncryptedExport.MAGIC.length);
            boolean sealed = EncryptedExport.isSealed(start);
            raw.reset();
            if (EncryptedExport.looksLikeDamagedMagic(start)) {
                throw new TransferException(
                        Kind.TAMPERED,
                        name,
                        List.of("its first line, which marks a " + "passphrase-protected Restwise export, is damaged"));
            }
            InputStream plain = raw;
            if (sealed) {
                if (passphrase == null) {
                    throw new TransferException(Kind.NEEDS_PASSPHRASE, name, List.of());
                }
                try {
                    plain = EncryptedExport.open(raw, passphrase);
                } catch (EncryptedExport.WrongPassphraseException e) {
                    throw new TransferException(Kind.WRONG_PASSPHRASE, name, List.of());
                } catch (EncryptedExport.TamperedException e) {
                    throw new TransferException(Kind.TAMPERED, name, List.of(e.getMessage()));
                }
            }
            Reader text = new InputStreamReader(
                    plain,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            ClientImport.Result r = store.inTransaction(
                    ConsultationStore.IMPORT,
                    () -> {
                        ClientImport.Result read = new ClientImport(store, choice).run(text);
                        SavedResults.adoptOldMyResults(store); // an older export may hold them
                        return read;
                    },
                    result -> !dryRun
                            && result.problems().isEmpty()
                            && !result.tampered()
                            && (choice != null || result.conflicts().isEmpty()));
            if (r.replaced() > 0 && !dryRun) {
                store.emptyLog();
            }
            if (r.tampered()) {
                throw new TransferException(Kind.TAMPERED, name, r.problems());
            }
            if (!r.problems().isEmpty()) {
                throw new TransferException(Kind.INVALID, name, r.problems());
            }
            if (!dryRun && choice == null && !r.conflicts().isEmpty()) {
                throw new TransferException(Kind.CONFLICTS, name, r.conflicts());
            }
            return r;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static long size(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return 1; // a pipe: its length is not known until it ends
            }
            return Math.max(1, Files.size(file));
        } catch (IOException e) {
            return 1;
        }
    }

    /** Tells how much of a file has been read, at most every 64 KiB. */
    private static final class ReadProgress extends FilterInputStream {
        private final long size;
        private final Progress progress;
        private long read;
        private long told;

        ReadProgress(InputStream in, long size, Progress progress) {
            super(in);
            this.size = size;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read - told >= 1 << 16 || read >= size) {
                told = read;
                progress.update(Math.min(1.0, read / (double) size));
            }
        }
    }

    /**
     * A stream that only ever reads on: a pipe, {@code /dev/stdin} or a FIFO cannot seek, and
     * the JDK's channel-backed file streams ask for their position when buffered.
     */
    private static InputStream open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a file");
        }
        try {
            return new java.io.FileInputStream(file.toFile());
        } catch (java.io.FileNotFoundException e) {
            if (Files.notExists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.exists(file) && !Files.isReadable(file)) {
                throw new AccessDeniedException(file.toString());
            }
            throw e;
        }
    }

    private static TransferException unreadable(Path file, IOException e) {
        String why = e instanceof NoSuchFileException
                ? "no such file"
                : e instanceof AccessDeniedException
                        ? "permission denied"
                        : e.getMessage() == null ? "input/output error" : e.getMessage();
        return new TransferException(Kind.UNREADABLE, String.valueOf(file.getFileName()), List.of(why));
    }
}
