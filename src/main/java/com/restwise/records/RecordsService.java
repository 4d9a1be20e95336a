package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The client records behind one background thread. The SQLite connection is opened, migrated
 * and used only on that thread, so a slow disk (each save waits for its fsync) never holds up
 * the window; every call returns at once with a future of its result. A future fails with a
 * {@link StoreException} whose message a person can act on.
 *
 * <p>The store is opened on first use and again after a failed open, so a data directory that
 * was unusable (full disk) works as soon as it is fixed. Records that cannot be written are
 * opened for reading: they list and export, and each save fails with {@code records.read-only}.
 *
 * <p>What a window needs to tell a person: a new client whose name is taken fails with
 * {@link ClientExistsException} (holding the client to open instead); a save for a client or
 * consultation deleted or replaced elsewhere fails with {@code client.gone} or
 * {@code consultation.gone} and saves nothing, so the window keeps what was typed; a
 * consultation whose imported advice today's screen finds too mild has
 * {@link Consultation#todaysScreen()}.
 */
public final class RecordsService implements AutoCloseable {

    /** Work on the open store, run on the records thread. */
    public interface Work<T> {
        T run(ConsultationStore store) throws Exception;
    }

    /** Work on the client records, wherever they are, run on the records thread. */
    public interface ClientWork<T> {
        T run(OpenRecords records) throws Exception;
    }

    /** Opens the practice's records; called on the records thread. */
    public interface PracticeOpener {
        OpenRecords open() throws StoreException;
    }

    /** Opens the store; called on the records thread. */
    public interface Opener {
        ConsultationStore open() throws StoreException;
    }

    /**
     * Something that happens before each piece of work, on the records thread: in the app
     * nothing; in tests a deliberately slow disk.
     */
    public interface Disk {
        Disk FAST = what -> {};

        void before(String what) throws InterruptedException;
    }

    /** How long quitting waits for saves still running: far longer than any save on a working disk. */
    static final int CLOSE_WAIT_SECONDS = 20;

    private final Opener opener;
    private final Disk disk;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "restwise-records");
        t.setDaemon(true);
        return t;
    });
    /** Touched only on the records thread. */
    private ConsultationStore store;
    /** The practice's records once connected, else null: the clients are this computer's. Records thread only. */
    private OpenRecords practice;
    /** What the client records offer now, for the screens to read on their own thread. */
    private volatile ClientRecords.Offers offers = ClientRecords.Offers.ON_THIS_COMPUTER;
    /** The practice's records were locked: client work waits for them rather than going to this computer's. */
    private volatile boolean locked;

    private volatile String lockedWhere = "";

    public RecordsService(Opener opener, Disk disk) {
        this.opener = opener;
        this.disk = disk;
    }

    /** The records in a data directory. Nothing is opened until the first call. */
    public static RecordsService in(Path dataDir) {
        return new RecordsService(() -> ConsultationStore.open(dataDir), Disk.FAST);
    }

    /** Opens and migrates the store now (still off the caller's thread), so a problem shows early. */
    public CompletableFuture<Path> open() {
        return submit("open", ConsultationStore::file);
    }

    /** Runs work on the records thread, after opening the store if it is not open yet. */
    public <T> CompletableFuture<T> submit(String what, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    disk.before(what);
                    if (store == null) {
                        store = opener.open();
                    }
                    result.complete(work.run(store));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new CancellationException("the records are closed"));
        }
        return result;
    }

    /**
     * Runs work on the client records: the practice's when connected, else this computer's. A
     * shopper's saved results stay on this computer either way.
     */
    public <T> CompletableFuture<T> clients(String what, ClientWork<T> work) {
        return submit(what, s -> {
            if (practice == null && locked) {
                throw new com.restwise.records.practice.PracticeUnreachableException(
                        "practice.unreachable", new Object[] {lockedWhere, "locked"}, null);
            }
            return work.run(practice != null ? practice : OpenRecords.onThisComputer(s));
        });
    }

    /**
     * From now on the client records are the practice's: opened (connecting, on the records
     * thread) by the opener. Completes with what they offer; a failed connection leaves the
     * records where they were.
     */
    public CompletableFuture<ClientRecords.Offers> connect(PracticeOpener opener) {
        return submit("connect", s -> {
            OpenRecords opened = opener.open();
            closePractice();
            practice = opened;
            locked = false;
            offers = opened.records().offers();
            return offers;
        });
    }

    /** Back to this computer's records: the setting changed, and the practice's are closed. */
    public CompletableFuture<Void> disconnect() {
        return submit("disconnect", s -> {
            locked = false;
            closePractice();
            return null;
        });
    }

    /**
     * Closes the practice's records until they are connected again (after the password): till
     * then client work fails as unreachable, and never goes to this computer's records instead.
     */
    public CompletableFuture<Void> lock() {
        lockedWhere = offers.where();
        locked = true;
        return submit("lock", s -> {
            closePractice();
            return null;
        });
    }

    /**
     * Moves this computer's clients and consultations into the practice's records in one
     * transaction ("Move these records to the practice database"); this computer's stay as they
     * were. Consultations already there (same client, date and content) are not added again, so
     * a second move adds nothing. A null choice asks first when the practice has clients of the
     * same names.
     */
    public CompletableFuture<ImportResult> moveToPractice(ClientTransfer.OnConflict choice) {
        return submit("move", s -> {
            com.restwise.records.practice.PracticeStore to =
                    practice == null ? null : practice.practice().orElse(null);
            if (to == null) {
                throw new com.restwise.records.practice.PracticeUnreachableException(
                        "practice.unreachable", new Object[] {lockedWhere, "not connected"}, null);
            }
            try {
                com.restwise.records.practice.PracticeTransfer.ImportSummary m =
                        com.restwise.records.practice.PracticeTransfer.move(s, to, choice, "this computer");
                return new ImportResult.Done(new ClientTransfer.ImportSummary(
                        m.clientsInFile(),
                        m.added(),
                        m.replaced(),
                        m.keptBoth(),
                        m.skipped(),
                        m.consultationsSaved(),
                        m.clientsInRecords(),
                        m.consultationsInRecords(),
                        List.of(),
                        List.of()));
            } catch (TransferException e) {
                if (e.kind() == TransferException.Kind.CONFLICTS) {
                    return new ImportResult.Conflicts(new java.util.LinkedHashSet<>(e.problems()));
                }
                throw e;
            }
        });
    }

    /** What the client records offer now: versions, sharing, roles and where they are. */
    public ClientRecords.Offers offers() {
        return offers;
    }

    /** Whether the client records are the practice's now. */
    public boolean connected() {
        return offers.sharing();
    }

    private void closePractice() {
        if (practice != null) {
            try {
                practice.close();
            } catch (StoreException e) {
                // a connection that cannot be closed politely is dropped with the socket
            }
            practice = null;
            offers = ClientRecords.Offers.ON_THIS_COMPUTER;
        }
    }

    /** Why nothing can be saved in the client records (they can only be read), or empty. */
    public CompletableFuture<java.util.Optional<StoreException>> readOnly() {
        return clients("read", OpenRecords::readOnly);
    }

    public CompletableFuture<List<Client>> search(String text) {
        return clients("search", r -> r.records().searchClients(text));
    }

    public CompletableFuture<Client> createClient(String name, String notes) {
        return clients("save", r -> r.records().createClient(name, notes));
    }

    public CompletableFuture<Client> updateClient(Client client) {
        return clients("save", r -> {
            r.records().updateClient(client.id(), client.name(), client.notes());
            return client;
        });
    }

    public CompletableFuture<Void> deleteClient(long id) {
        return clients("save", r -> {
            r.records().deleteClient(id);
            return null;
        });
    }

    /** Who created each client and when (none on this computer, where names are unique). */
    public CompletableFuture<java.util.Map<Long, OpenRecords.Origin>> origins() {
        return clients("read", OpenRecords::origins);
    }

    /** The client's corrected consultations by id, with who corrected them when (none on this computer). */
    public CompletableFuture<java.util.Map<Long, OpenRecords.Correction>> corrections(long clientId) {
        return clients("read", r -> r.corrections(clientId));
    }

    /** Every version of a consultation, the first first (none on this computer). */
    public CompletableFuture<List<com.restwise.records.practice.PracticeStore.ConsultationVersion>> versions(
            long consultationId) {
        return clients("read", r -> r.versions(consultationId));
    }

    /** A client's consultations, oldest first. */
    public CompletableFuture<List<Consultation>> consultations(long clientId) {
        return clients("read", r -> r.records().consultations(clientId));
    }

    /**
     * What a client's page lists of their consultations, oldest first: dates, scores, firmness,
     * medical level, notes and corrections, without reading the answers and advice.
     */
    public CompletableFuture<List<ConsultationLine>> consultationLines(long clientId) {
        return clients("read", r -> r.records().consultationLines(clientId));
    }

    /** One consultation whole (its answers and advice), to open it, report on it or correct it. */
    public CompletableFuture<Consultation> consultation(long clientId, long consultationId) {
        return clients("read", r -> r.records().consultation(clientId, consultationId));
    }

    /** Saves a consultation to the client; completes with the client it was saved to. */
    public CompletableFuture<Client> saveConsultation(
            Client client, LocalDate date, Profile profile, Advice advice, String notes) {
        return clients("save", r -> {
            r.records().saveConsultation(client.id(), date, profile, advice, notes);
            return client;
        });
    }

    /** Keeps a shopper's result among their own saved results. */
    public CompletableFuture<SavedResult> saveResult(LocalDateTime when, Profile profile, Advice advice) {
        return submit("save", s -> new SavedResults(s).save(when, profile, advice));
    }

    /** The shopper's saved results, newest first. */
    public CompletableFuture<List<SavedResult>> savedResults() {
        return submit("read", s -> new SavedResults(s).all());
    }

    public CompletableFuture<Boolean> deleteSavedResult(long id) {
        return submit("save", s -> new SavedResults(s).delete(id));
    }

    /** Corrects a consultation's day and notes. */
    public CompletableFuture<Void> updateConsultation(long consultationId, LocalDate date, String notes) {
        return clients("save", r -> {
            r.records().updateConsultation(consultationId, date, notes);
            return null;
        });
    }

    /** Replaces a consultation's answers, advice, day and notes (answers corrected in the wizard). */
    public CompletableFuture<Consultation> replaceConsultation(
            long consultationId, LocalDate date, Profile profile, Advice advice, String notes) {
        return clients("save", r -> r.records().replaceConsultation(consultationId, date, profile, advice, notes));
    }

    public CompletableFuture<Void> deleteConsultation(long consultationId) {
        return clients("save", r -> {
            r.records().deleteConsultation(consultationId);
            return null;
        });
    }

    /**
     * Writes one client (or every client, when {@code only} is null) to a file, sealed with the
     * passphrase unless it is null; owner-only and atomic (see {@link ClientTransfer#export}). The
     * progress is told on the records thread.
     */
    public CompletableFuture<ClientTransfer.ExportSummary> export(
            Path target, Client only, char[] passphrase, ClientTransfer.Progress progress) {
        return clients("export", r -> r.export(only == null ? null : List.of(only), target, passphrase, progress));
    }

    /**
     * Imports a file in one transaction, or says what must be asked first: its passphrase, or what
     * to do with the clients already in the records (a null choice asks when there are any). Until
     * it is done nothing changes; a damaged or tampered file fails with a {@link TransferException}.
     */
    public CompletableFuture<ImportResult> importFile(
            Path file, char[] passphrase, ClientTransfer.OnConflict onConflict, ClientTransfer.Progress progress) {
        return clients("import", r -> {
            try {
                return new ImportResult.Done(
                        r.importFile(file, passphrase, onConflict, progress).summary());
            } catch (TransferException e) {
                switch (e.kind()) {
                    case NEEDS_PASSPHRASE:
                        return new ImportResult.NeedsPassphrase();
                    case WRONG_PASSPHRASE:
                        return new ImportResult.WrongPassphrase();
                    case CONFLICTS:
                        return new ImportResult.Conflicts(new LinkedHashSet<>(e.problems()));
                    default:
                        throw e;
                }
            }
        });
    }

    /**
     * Closes the store after the work already asked for, waiting for it (a save in flight is
     * finished, not cut off when the app quits); later calls fail.
     */
    @Override
    public void close() {
        if (thread.isShutdown()) {
            return;
        }
        thread.execute(() -> {
            closePractice();
            if (store != null) {
                try {
                    store.close();
                } catch (StoreException e) {
                    // every save was its own transaction; nothing is lost by a failed close
                }
                store = null;
            }
        });
        thread.shutdown();
        try {
            thread.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
