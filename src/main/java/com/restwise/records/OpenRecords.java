package com.restwise.records;

import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.practice.PracticeStore;
import com.restwise.records.practice.PracticeTransfer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Client records opened for the screens or a command: this computer's (SQLite in the data
 * directory) or the practice database's. The callers use them through this alone; only export
 * and import, whose files each store reads and writes its own way, and handing a client to a
 * colleague, which only a practice offers, differ here.
 */
public abstract class OpenRecords implements AutoCloseable {

    /**
     * What an import did, counted in the records afterwards.
     *
     * @param alreadyThere consultations recognised (same client, date and content) and not added again
     * @param hidden       a replaced client's other consultations, kept as earlier versions (practice only)
     */
    public record Imported(ClientTransfer.ImportSummary summary, int alreadyThere, int hidden) {}

    public abstract ClientRecords records();

    /** Why nothing can be saved in these records (read-only on this computer), or empty. */
    public abstract Optional<String> readOnlyNote();

    /** The same, as the failure every save would meet ({@code records.read-only}), to say in any language. */
    public Optional<StoreException> readOnly() {
        return Optional.empty();
    }

    /**
     * Writes the clients to a file, sealed with the passphrase unless it is null; every client
     * this person sees, as one snapshot, when {@code clients} is null.
     */
    public abstract ClientTransfer.ExportSummary export(
            List<Client> clients, Path target, char[] passphrase, ClientTransfer.Progress progress)
            throws StoreException, TransferException;

    /** A batch of consultations for one client, which a rerun of the same lines does not save twice. */
    public abstract ConsultationBatch batch(String clientName);

    /** Imports the file in one transaction; a conflict with no choice fails with {@link TransferException.Kind#CONFLICTS}. */
    public abstract Imported importFile(
            Path file, char[] passphrase, OnConflict choice, ClientTransfer.Progress progress)
            throws StoreException, TransferException;

    /** Who last corrected a consultation, and when ("corrected on ... by ..."). */
    public record Correction(java.time.Instant at, String by) {}

    /** Who created a client and when, which tells two clients of one name apart. */
    public record Origin(java.time.Instant at, String by) {}

    /** Each client's origin by id; none on this computer, where names are unique. */
    public abstract java.util.Map<Long, Origin> origins() throws StoreException;

    /** The client's corrected consultations by id; none on this computer, which keeps no versions. */
    public abstract java.util.Map<Long, Correction> corrections(long clientId) throws StoreException;

    /** Every version of a consultation, the first first; none on this computer. */
    public abstract List<PracticeStore.ConsultationVersion> versions(long consultationId) throws StoreException;

    /** The practice's records, to hand a client to a colleague; empty on this computer. */
    public abstract Optional<PracticeStore> practice();

    @Override
    public void close() throws StoreException {
        records().close();
    }

    public static OpenRecords onThisComputer(ConsultationStore store) {
        return new OnThisComputer(store);
    }

    /** @param scratchDir where an import file is checked before it goes to the practice (the data directory) */
    public static OpenRecords inThePractice(PracticeStore store, Path scratchDir) {
        return new InThePractice(store, scratchDir, () -> {});
    }

    /** The same, with what lives as long as the connection (the window's listener for other rooms' changes). */
    public static OpenRecords inThePractice(PracticeStore store, Path scratchDir, AutoCloseable alongside) {
        return new InThePractice(store, scratchDir, alongside);
    }

    private static final class OnThisComputer extends OpenRecords {
        private final ConsultationStore store;

        OnThisComputer(ConsultationStore store) {
            this.store = store;
        }

        @Override
        public ClientRecords records() {
            return store;
        }

        @Override
        public Optional<String> readOnlyNote() {
            return readOnly().map(Throwable::getMessage);
        }

        @Override
        public Optional<StoreException> readOnly() {
            return store.isReadOnly()
                    ? Optional.of(new StoreException("records.read-only", store.file()))
                    : Optional.empty();
        }

        @Override
        public ClientTransfer.ExportSummary export(
                List<Client> clients, Path target, char[] passphrase, ClientTransfer.Progress progress)
                throws StoreException, TransferException {
            return clients == null
                    ? ClientTransfer.exportAll(store, target, passphrase, progress)
                    : ClientTransfer.export(store, clients, target, passphrase, progress);
        }

        @Override
        public ConsultationBatch batch(String clientName) {
            return new ConsultationBatch(store, clientName);
        }

        @Override
        public Imported importFile(Path file, char[] passphrase, OnConflict choice, ClientTransfer.Progress progress)
                throws StoreException, TransferException {
            return new Imported(ClientTransfer.importFile(store, file, passphrase, choice, progress), 0, 0);
        }

        @Override
        public java.util.Map<Long, Origin> origins() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Map<Long, Correction> corrections(long clientId) {
            return java.util.Map.of();
        }

        @Override
        public List<PracticeStore.ConsultationVersion> versions(long consultationId) {
            return List.of();
        }

        @Override
        public Optional<PracticeStore> practice() {
            return Optional.empty();
        }
    }

    private static final class InThePractice extends OpenRecords {
        private final PracticeStore store;
        private final Path scratchDir;
        private final AutoCloseable alongside;

        InThePractice(PracticeStore store, Path scratchDir, AutoCloseable alongside) {
            this.store = store;
            this.scratchDir = scratchDir;
            this.alongside = alongside;
        }

        @Override
        public void close() throws StoreException {
            try {
                alongside.close();
            } catch (Exception e) {
                // what listens is dropped with the connection either way
            }
            store.close();
        }

        @Override
        public ClientRecords records() {
            return store;
        }

        @Override
        public Optional<String> readOnlyNote() {
            return Optional.empty();
        }

        @Override
        public ClientTransfer.ExportSummary export(
                List<Client> clients, Path target, char[] passphrase, ClientTransfer.Progress progress)
                throws StoreException, TransferException {
            ClientTransfer.ExportSummary s = PracticeTransfer.export(
                    store,
                    clients == null ? null : clients.stream().map(Client::id).collect(Collectors.toSet()),
                    target,
                    passphrase);
            progress.update(1.0);
            return s;
        }

        @Override
        public ConsultationBatch batch(String clientName) {
            return new ConsultationBatch(new PracticeLedger(store), clientName);
        }

        @Override
        public Imported importFile(Path file, char[] passphrase, OnConflict choice, ClientTransfer.Progress progress)
                throws StoreException, TransferException {
            PracticeTransfer.ImportSummary s = PracticeTransfer.importFile(store, file, passphrase, choice, scratchDir);
            progress.update(1.0);
            // In a practice two clients may share a name: keep-both renames nobody.
            return new Imported(
                    new ClientTransfer.ImportSummary(
                            s.clientsInFile(),
                            s.added(),
                            s.replaced(),
                            s.keptBoth(),
                            s.skipped(),
                            s.consultationsSaved(),
                            s.clientsInRecords(),
                            s.consultationsInRecords(),
                            List.of(),
                            s.todaysScreen()),
                    s.consultationsAlreadyThere(),
                    s.consultationsHidden());
        }

        @Override
        public java.util.Map<Long, Origin> origins() throws StoreException {
            java.util.Map<Long, Origin> all = new java.util.HashMap<>();
            for (PracticeStore.PracticeClient c : store.clients()) {
                String by = c.creatorName() == null || c.creatorName().isBlank() ? c.createdBy() : c.creatorName();
                all.put(c.client().id(), new Origin(c.createdAt(), by));
            }
            return all;
        }

        @Override
        public java.util.Map<Long, Correction> corrections(long clientId) throws StoreException {
            java.util.Map<Long, Correction> corrected = new java.util.HashMap<>();
            for (PracticeStore.ConsultationSummary s : store.summaries(clientId)) {
                if (s.correctedAt() != null) {
                    corrected.put(s.id(), new Correction(s.correctedAt(), s.correctedByName()));
                }
            }
            return corrected;
        }

        @Override
        public List<PracticeStore.ConsultationVersion> versions(long consultationId) throws StoreException {
            return store.versions(consultationId);
        }

        @Override
        public Optional<PracticeStore> practice() {
            return Optional.of(store);
        }
    }

    /**
     * A batch in the practice: each line's save carries a request id made from the client and
     * the line's id, so the database itself recognises a line a run saved before.
     */
    private static final class PracticeLedger implements ConsultationBatch.Ledger {
        private final PracticeStore store;

        PracticeLedger(PracticeStore store) {
            this.store = store;
        }

        @Override
        public Optional<Client> clientNamed(String name) throws StoreException {
            return store.clientNamed(name);
        }

        @Override
        public Client createClient(String name, String notes) throws StoreException {
            return store.createClient(name, notes);
        }

        @Override
        public boolean batchLineSaved(long clientId, String lineId) {
            return false;
        }

        @Override
        public Consultation saveBatchLine(
                long clientId,
                String lineId,
                java.time.LocalDate date,
                com.restwise.engine.profile.Profile profile,
                com.restwise.engine.advice.Advice advice,
                String notes)
                throws StoreException {
            java.util.UUID request = java.util.UUID.nameUUIDFromBytes(
                    ("restwise batch " + clientId + " " + lineId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            PracticeStore.Saved saved = store.save(clientId, date, profile, advice, notes, request);
            return saved.repeated() ? null : Consultation.justSaved(saved.id(), clientId, date, profile, advice, notes);
        }
    }
}
