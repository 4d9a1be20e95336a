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
 * was unusable (full disk, read-only) works as soon as it is fixed.
 */
public final class RecordsService implements AutoCloseable {

    /** Work on the open store, run on the records thread. */
    public interface Work<T> {
        T run(ConsultationStore store) throws Exception;
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
        Disk FAST = what -> { };

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

    public CompletableFuture<List<Client>> search(String text) {
        return submit("search", s -> s.searchClients(text));
    }

    public CompletableFuture<Client> createClient(String name, String notes) {
        return submit("save", s -> s.createClient(name, notes));
    }

    public CompletableFuture<Client> updateClient(Client client) {
        return submit("save", s -> {
            s.updateClient(client.id(), client.name(), client.notes());
            return client;
        });
    }

    public CompletableFuture<Void> deleteClient(long id) {
        return submit("save", s -> {
            s.deleteClient(id);
            return null;
        });
    }

    /** A client's consultations, oldest first. */
    public CompletableFuture<List<Consultation>> consultations(long clientId) {
        return submit("read", s -> s.consultations(clientId));
    }

    /** Saves a consultation to the client; completes with the client it was saved to. */
    public CompletableFuture<Client> saveConsultation(Client client, LocalDate date, Profile profile, Advice advice,
                                                      String notes) {
        return submit("save", s -> {
            s.saveConsultation(client.id(), date, profile, advice, notes);
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
        return submit("save", s -> {
            s.updateConsultation(consultationId, date, notes);
            return null;
        });
    }

    /** Replaces a consultation's answers, advice, day and notes (answers corrected in the wizard). */
    public CompletableFuture<Consultation> replaceConsultation(long consultationId, LocalDate date, Profile profile,
                                                               Advice advice, String notes) {
        return submit("save", s -> s.replaceConsultation(consultationId, date, profile, advice, notes));
    }

    public CompletableFuture<Void> deleteConsultation(long consultationId) {
        return submit("save", s -> {
            s.deleteConsultation(consultationId);
            return null;
        });
    }

    /**
     * Writes one client (or every client, when {@code only} is null) to a file, sealed with the
     * passphrase unless it is null; owner-only and atomic (see {@link ClientTransfer#export}). The
     * progress is told on the records thread.
     */
    public CompletableFuture<ClientTransfer.ExportSummary> export(Path target, Client only, char[] passphrase,
                                                                  ClientTransfer.Progress progress) {
        return submit("export", s -> ClientTransfer.export(s, only == null ? s.searchClients("") : List.of(only),
                target, passphrase, progress));
    }

    /**
     * Imports a file in one transaction, or says what must be asked first: its passphrase, or what
     * to do with the clients already in the records (a null choice asks when there are any). Until
     * it is done nothing changes; a damaged or tampered file fails with a {@link TransferException}.
     */
    public CompletableFuture<ImportResult> importFile(Path file, char[] passphrase, ClientTransfer.OnConflict onConflict,
                                                      ClientTransfer.Progress progress) {
        return submit("import", s -> {
            try {
                return new ImportResult.Done(ClientTransfer.importFile(s, file, passphrase, onConflict, progress));
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
