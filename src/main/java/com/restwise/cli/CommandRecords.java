package com.restwise.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.records.Client;
import com.restwise.records.ClientRecords;
import com.restwise.records.ClientTransfer;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.ConsultationStore;
import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import com.restwise.records.practice.PracticeStore;
import com.restwise.records.practice.PracticeTransfer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The records a {@code records} command works on: this computer's (the data directory) or the
 * practice database's. The command uses them through this alone; only export and import, whose
 * files are read and written differently by each store, and handing a client to a colleague,
 * which only a practice offers, differ here.
 */
abstract class CommandRecords implements AutoCloseable {

    abstract ClientRecords records();

    abstract ClientTransfer.ExportSummary export(List<Client> clients, Path target, char[] passphrase)
            throws StoreException, TransferException;

    /** Imports the file and answers what it did, counted in the records afterwards. */
    abstract JsonObject importFile(Path file, char[] passphrase, OnConflict choice)
            throws StoreException, TransferException;

    /** The practice's records, to hand a client to a colleague; empty on this computer. */
    abstract Optional<PracticeStore> practice();

    @Override
    public void close() throws StoreException {
        records().close();
    }

    static CommandRecords onThisComputer(ConsultationStore store) {
        return new OnThisComputer(store);
    }

    /** @param scratchDir where an import file is checked before it goes to the practice (the data directory) */
    static CommandRecords inThePractice(PracticeStore store, Path scratchDir) {
        return new InThePractice(store, scratchDir);
    }

    private static final class OnThisComputer extends CommandRecords {
        private final ConsultationStore store;

        OnThisComputer(ConsultationStore store) {
            this.store = store;
        }

        @Override
        ClientRecords records() {
            return store;
        }

        @Override
        ClientTransfer.ExportSummary export(List<Client> clients, Path target, char[] passphrase)
                throws StoreException, TransferException {
            return ClientTransfer.export(store, clients, target, passphrase);
        }

        @Override
        JsonObject importFile(Path file, char[] passphrase, OnConflict choice) throws StoreException, TransferException {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, passphrase, choice);
            JsonObject o = counts(s.clientsInFile(), s.added(), s.replaced(), s.keptBoth(), s.skipped(),
                    s.consultationsSaved(), s.clientsInRecords(), s.consultationsInRecords());
            JsonArray renamed = new JsonArray();
            s.renamed().forEach(renamed::add);
            o.add("renamed", renamed);
            return o;
        }

        @Override
        Optional<PracticeStore> practice() {
            return Optional.empty();
        }
    }

    private static final class InThePractice extends CommandRecords {
        private final PracticeStore store;
        private final Path scratchDir;

        InThePractice(PracticeStore store, Path scratchDir) {
            this.store = store;
            this.scratchDir = scratchDir;
        }

        @Override
        ClientRecords records() {
            return store;
        }

        @Override
        ClientTransfer.ExportSummary export(List<Client> clients, Path target, char[] passphrase)
                throws StoreException, TransferException {
            return PracticeTransfer.export(store, clients.stream().map(Client::id).collect(Collectors.toSet()), target,
                    passphrase);
        }

        @Override
        JsonObject importFile(Path file, char[] passphrase, OnConflict choice) throws StoreException, TransferException {
            PracticeTransfer.ImportSummary s = PracticeTransfer.importFile(store, file, passphrase, choice, scratchDir);
            JsonObject o = counts(s.clientsInFile(), s.added(), s.replaced(), s.keptBoth(), s.skipped(),
                    s.consultationsSaved(), s.clientsInRecords(), s.consultationsInRecords());
            // In a practice two clients may share a name: keep-both renames nobody.
            o.add("renamed", new JsonArray());
            o.addProperty("consultationsAlreadyThere", s.consultationsAlreadyThere());
            o.addProperty("consultationsHidden", s.consultationsHidden());
            return o;
        }

        @Override
        Optional<PracticeStore> practice() {
            return Optional.of(store);
        }
    }

    private static JsonObject counts(int clientsInFile, int added, int replaced, int keptBoth, int skipped,
                                     int consultationsSaved, int clientsInRecords, int consultationsInRecords) {
        JsonObject o = new JsonObject();
        o.addProperty("clientsInFile", clientsInFile);
        o.addProperty("added", added);
        o.addProperty("replaced", replaced);
        o.addProperty("keptBoth", keptBoth);
        o.addProperty("skipped", skipped);
        o.addProperty("consultationsSaved", consultationsSaved);
        o.addProperty("clientsInRecords", clientsInRecords);
        o.addProperty("consultationsInRecords", consultationsInRecords);
        return o;
    }
}
