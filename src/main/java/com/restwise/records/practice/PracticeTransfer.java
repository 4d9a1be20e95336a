package com.restwise.records.practice;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.records.Client;
import com.restwise.records.ClientName;
import com.restwise.records.ClientRecords;
import com.restwise.records.ClientTransfer;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import com.restwise.records.EncryptedExport;
import com.restwise.records.ExportWriter;
import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import com.restwise.storage.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Moving records into and out of the practice database, in the export format of the local
 * records (see {@link ClientTransfer}).
 *
 * <ul>
 * <li>An export is one snapshot: one repeatable-read transaction, so a change made meanwhile in
 * another room is either wholly in the file or not at all. Each client exported is audited.</li>
 * <li>An import, or moving a computer's records into the practice, runs in one transaction:
 * all of it, or on any failure nothing. Consultations already there (same client, date and
 * content) are recognised and skipped, so running the same move twice adds nothing. A client
 * whose name the login can already see is a conflict, decided as with the local records:
 * skip; replace (the client's other consultations are hidden as earlier versions, not erased);
 * or keep both (in a practice two clients may share a name, so no renaming).</li>
 * </ul>
 */
public final class PracticeTransfer {

    private PracticeTransfer() {}

    /** What an import or a move did, counted in the practice database afterwards. */
    public record ImportSummary(
            int clientsInFile,
            int added,
            int replaced,
            int keptBoth,
            int skipped,
            int consultationsSaved,
            int consultationsAlreadyThere,
            int consultationsHidden,
            int clientsInRecords,
            int consultationsInRecords,
            List<String> todaysScreen) {}

    // --- export

    /**
     * Writes the chosen clients (all this login sees when {@code clientIds} is null) to
     * {@code target} as one snapshot, sealed when a passphrase is given; owner-only and atomic.
     */
    public static ClientTransfer.ExportSummary export(
            PracticeStore store, Set<Long> clientIds, Path target, char[] passphrase)
            throws StoreException, TransferException {
        int[] counts = new int[2];
        try {
            store.connections().runLong("client", c -> {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                }
                PracticeConnections.allowLongStatements(c);
                List<Client> clients = store.clientsIn(c).stream()
                        .map(PracticeStore.PracticeClient::client)
                        .filter(k -> clientIds == null || clientIds.contains(k.id()))
                        .toList();
                try {
                    AtomicFile.write(target, out -> {
                        if (passphrase == null) {
                            counts[1] = writeJson(c, clients, out);
                        } else {
                            try (OutputStream sealed = EncryptedExport.seal(out, passphrase)) {
                                counts[1] = writeJson(c, clients, sealed);
                            }
                        }
                    });
                } catch (DatabaseFailure e) {
                    throw e.cause;
                } catch (IOException e) {
                    throw new UncheckedTransfer(
                            new TransferException(TransferException.Kind.UNWRITABLE, target.toString(), List.of(), e));
                }
                c.commit();
                counts[0] = clients.size();
                return null;
            });
        } catch (UncheckedTransfer e) {
            throw e.cause;
        }
        return new ClientTransfer.ExportSummary(target, counts[0], counts[1], passphrase != null);
    }

    private static int writeJson(Connection c, List<Client> clients, OutputStream out) throws IOException {
        return ExportWriter.write(
                out,
                clients,
                (client, row) -> {
                    try (PreparedStatement p = c.prepareStatement(
                            "SELECT taken_on, profile, advice, notes FROM restwise_api.consultations(?, 'export')")) {
                        p.setLong(1, client.id());
                        try (ResultSet r = p.executeQuery()) {
                            while (r.next()) {
                                row.write(r.getDate(1).toLocalDate(), r.getString(2), r.getString(3), r.getString(4));
                            }
                        }
                    } catch (SQLException e) {
                        throw new DatabaseFailure(e);
                    }
                },
                n -> {});
    }

    /** Carries a database failure through the file writer, which passes only IOExceptions on. */
    private static final class DatabaseFailure extends IOException {
        private final SQLException cause;

        DatabaseFailure(SQLException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    /** Carries a file failure out of the database work, which passes only database failures on. */
    private static final class UncheckedTransfer extends RuntimeException {
        private final TransferException cause;

        UncheckedTransfer(TransferException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    // --- import

    /**
     * Imports an export file (sealed or plain) into the practice database. The file is first read
     * and checked entry by entry exactly as the local records do it, into a scratch store in
     * {@code scratchDir} (the data directory, where this computer's records are anyway), which is
     * deleted afterwards; then its clients are moved into the practice in one transaction.
     */
    public static ImportSummary importFile(
            PracticeStore store, Path file, char[] passphrase, OnConflict choice, Path scratchDir)
            throws StoreException, TransferException {
        Path scratch;
        try {
            Files.createDirectories(scratchDir);
            scratch = Files.createTempDirectory(scratchDir, ".practice-import-");
        } catch (IOException e) {
            throw new TransferException(
                    TransferException.Kind.UNREADABLE,
                    String.valueOf(file.getFileName()),
                    List.of("no room to read it: " + e.getMessage()),
                    e);
        }
        try {
            ClientTransfer.ImportSummary read;
            try (ConsultationStore checked = ConsultationStore.open(scratch)) {
                read = ClientTransfer.importFile(checked, file, passphrase, OnConflict.KEEP_BOTH);
                ImportSummary moved = move(checked, store, choice, String.valueOf(file.getFileName()));
                return new ImportSummary(
                        read.clientsInFile(),
                        moved.added(),
                        moved.replaced(),
                        moved.keptBoth(),
                        moved.skipped(),
                        moved.consultationsSaved(),
                        moved.consultationsAlreadyThere(),
                        moved.consultationsHidden(),
                        moved.clientsInRecords(),
                        moved.consultationsInRecords(),
                        read.todaysScreen());
            }
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Moves every client of other records (this computer's) into the practice database in one
     * transaction: "Move these records to the practice database". The other records are left
     * as they were.
     *
     * @param choice what to do with a client whose name the login already sees; null: refuse
     *               with {@link TransferException.Kind#CONFLICTS} naming them, and change nothing
     */
    public static ImportSummary move(ClientRecords from, PracticeStore to, OnConflict choice, String source)
            throws StoreException, TransferException {
        List<Client> incoming = from.searchClients("");
        Map<String, List<PracticeStore.PracticeClient>> seen = new HashMap<>();
        for (PracticeStore.PracticeClient pc : to.clients()) {
            seen.computeIfAbsent(ClientName.identity(pc.client().name()), k -> new ArrayList<>())
                    .add(pc);
        }
        Set<String> conflicts = new LinkedHashSet<>();
        for (Client c : incoming) {
            if (seen.containsKey(ClientName.identity(c.name()))) {
                conflicts.add(c.name());
            }
        }
        if (choice == null && !conflicts.isEmpty()) {
            throw new TransferException(TransferException.Kind.CONFLICTS, source, List.copyOf(conflicts));
        }
        int[] n = new int[7]; // added, replaced, keptBoth, skipped, saved, alreadyThere, hidden
        Map<Long, JsonArray> consultations = new HashMap<>();
        for (Client c : incoming) {
            consultations.put(c.id(), asJson(from.consultations(c.id())));
        }
        Set<Long> replacedHere = new HashSet<>();
        to.connections().runLong("client", c -> {
            c.setAutoCommit(false);
            PracticeConnections.allowLongStatements(c);
            for (Client client : incoming) {
                List<PracticeStore.PracticeClient> same =
                        seen.getOrDefault(ClientName.identity(client.name()), List.of());
                Long target = null;
                boolean replace = false;
                if (!same.isEmpty()) {
                    switch (choice) {
                        case SKIP -> {
                            n[3]++;
                            continue;
                        }
                        case REPLACE -> {
                            // The client written exactly so if there is one, else the first created.
                            PracticeStore.PracticeClient old = same.stream()
                                    .filter(pc -> pc.client().name().equals(client.name())
                                            && !replacedHere.contains(
                                                    pc.client().id()))
                                    .findFirst()
                                    .orElse(same.stream()
                                            .filter(pc -> !replacedHere.contains(
                                                    pc.client().id()))
                                            .min(Comparator.comparing(PracticeStore.PracticeClient::createdAt))
                                            .orElse(null));
                            if (old == null) {
                                // every client of this name was replaced by an earlier entry of the file
                                n[0]++;
                                importClient(c, null, client, false, consultations.get(client.id()), n);
                                continue;
                            }
                            target = old.client().id();
                            replace = true;
                            replacedHere.add(target);
                            n[1]++;
                        }
                        case KEEP_BOTH -> n[2]++;
                    }
                } else {
                    n[0]++;
                }
                importClient(c, target, client, replace, consultations.get(client.id()), n);
            }
            c.commit();
            return null;
        });
        return new ImportSummary(
                incoming.size(),
                n[0],
                n[1],
                n[2],
                n[3],
                n[4],
                n[5],
                n[6],
                to.clientCount(),
                to.consultationCount(),
                List.of());
    }

    /** One client of an import, in one call: one audit row. Adds to n[4..6] what it saved, found there and hid. */
    private static void importClient(
            Connection c, Long target, Client client, boolean replace, JsonArray consultations, int[] n)
            throws SQLException {
        try (PreparedStatement p =
                c.prepareStatement("SELECT * FROM restwise_api.import_client(?, ?, ?, ?, ?::jsonb)")) {
            p.setObject(1, target);
            p.setString(2, client.name());
            p.setString(3, client.notes());
            p.setBoolean(4, replace);
            p.setString(5, consultations.toString());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                n[4] += r.getInt("added");
                n[5] += r.getInt("skipped");
                n[6] += r.getInt("hidden");
            }
        }
    }

    private static JsonArray asJson(List<Consultation> list) {
        JsonArray all = new JsonArray();
        for (Consultation k : list) {
            JsonObject o = new JsonObject();
            o.addProperty("date", k.date().toString());
            o.addProperty("morningPain", k.morningPain());
            o.addProperty("profile", StoredConsultation.profileJson(k.profile()));
            o.addProperty("advice", StoredConsultation.adviceJson(k.advice()));
            o.addProperty("engineVersion", k.engineVersion());
            o.addProperty("notes", k.notes());
            if (k.todaysScreen() != null) {
                // today's screen of an imported consultation stays with it, as in this computer's records
                o.addProperty("todaysScreen", k.todaysScreen().name());
            }
            all.add(o);
        }
        return all;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next run's clean-up of the data directory
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
