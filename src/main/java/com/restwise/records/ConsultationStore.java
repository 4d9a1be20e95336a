package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.AdviceWriter;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.storage.DataDirectory;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sqlite.SQLiteConfig;

/**
 * Clients and consultations in an embedded SQLite database in the data directory. Every save
 * is one transaction; with WAL and full sync, a save that has returned survives a crash. A
 * database written by a newer Restwise is refused and left untouched.
 */
public final class ConsultationStore implements AutoCloseable {

    public static final String FILE = "consultations.db";
    /**
     * Before schema 2 the shopper's own saved results lived under a client of this name; they are
     * {@link SavedResults} now, and files exported then may still hold such a client.
     */
    public static final String MY_RESULTS = "My results";

    /** How long a save waits for another process's save before it gives up. */
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final Connection db;
    private final Path file;

    private ConsultationStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    public static ConsultationStore open(Path dataDir) throws StoreException {
        return open(dataDir, 0);
    }

    /** @param maxPages when positive, the database may not grow past this many pages: a full disk, for tests */
    static ConsultationStore open(Path dataDir, int maxPages) throws StoreException {
        Path file = dataDir.resolve(FILE);
        try {
            DataDirectory.prepare(dataDir);
            if (!Files.exists(file)) {
                // Created empty and owner-only first: SQLite gives its WAL and journal files the
                // database file's permissions. Another process may create it at the same moment.
                try {
                    Files.createFile(file, DataDirectory.ownerOnlyFile());
                } catch (FileAlreadyExistsException e) {
                    // the other process won; its file is just as good
                }
            }
        } catch (IOException e) {
            throw new StoreException("records.create-failed", new Object[] {dataDir, new StoreException.Cause(e, dataDir)}, e);
        }
        if (!Files.isWritable(file)) {
            throw new StoreException("records.read-only", file);
        }
        SqliteLibrary.useCacheIn(dataDir);
        Connection db;
        try {
            SQLiteConfig config = new SQLiteConfig();
            // Every write transaction takes the write lock when it begins, so what it reads
            // cannot change before it writes, and waiting writers queue instead of failing.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            if (maxPages > 0) {
                config.setMaxPageCount(maxPages);
            }
            db = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
        } catch (SQLException e) {
            throw new StoreException("records.open-failed", new Object[] {file, new StoreException.Cause(e, file)}, e);
        }
        ConsultationStore store = new ConsultationStore(db, file);
        try {
            store.prepareWhenFree();
        } catch (SQLException e) {
            store.closeQuietly();
            throw new StoreException("records.open-failed", new Object[] {file, new StoreException.Cause(e, file)}, e);
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        }
        return store;
    }

    /**
     * {@link #prepare()}, tried again while another process holds the file. SQLite answers
     * SQLITE_BUSY at once, without waiting out the busy timeout, where waiting could deadlock
     * (switching a brand-new file to WAL while others open it too), so the wait is ours.
     */
    private void prepareWhenFree() throws SQLException, StoreException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MS * 1_000_000L;
        for (int attempt = 1; ; attempt++) {
            try {
                prepare();
                return;
            } catch (SQLException e) {
                int primary = e.getErrorCode() & 0xff;   // extended codes such as SQLITE_BUSY_RECOVERY keep it
                boolean busy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(200, 10L * attempt) + (long) (Math.random() * 10));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    /**
     * Brings the schema up to date. Any number of processes may open a new data directory at
     * once: each takes the exclusive lock, re-reads the version under it, and migrates only
     * if no one else has done so meanwhile.
     */
    private void prepare() throws SQLException, StoreException {
        try (Statement s = db.createStatement()) {
            int version = userVersion(s);
            checkNotNewer(version);
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            if (version == Migrations.latest()) {
                return;
            }
            s.execute("BEGIN EXCLUSIVE");
            try {
                version = userVersion(s);
                checkNotNewer(version);
                for (int v = version; v < Migrations.latest(); v++) {
                    for (String sql : Migrations.STEPS.get(v)) {
                        s.execute(sql);
                    }
                }
                s.execute("PRAGMA user_version = " + Migrations.latest());
                s.execute("COMMIT");
            } catch (SQLException | StoreException | RuntimeException e) {
                rollbackQuietly(s, e);
                throw e;
            }
        }
    }

    private static int userVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.getInt(1);
        }
    }

    private void checkNotNewer(int version) throws StoreException {
        if (version > Migrations.latest()) {
            throw new StoreException("records.newer", file, version, Migrations.latest());
        }
    }

    private static void rollbackQuietly(Statement s, Exception cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // no transaction left to undo (SQLite rolls back itself after some errors)
            cause.addSuppressed(e);
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                return r.getInt(1);
            }
        });
    }

    // --- clients

    public Client createClient(String name, String notes) throws StoreException {
        String clean = requireName(name);
        long id = write(SAVE_CLIENT, () -> insertClientIn(clean, notes));
        return new Client(id, clean, notes == null ? "" : notes);
    }

    /** Inserts a client inside the caller's transaction. */
    long insertClientIn(String name, String notes) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO client (name, notes, created) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, name);
            p.setString(2, notes == null ? "" : notes);
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void updateClient(long id, String name, String notes) throws StoreException {
        String clean = requireName(name);
        write(SAVE_CLIENT, () -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE client SET name = ?, notes = ? WHERE id = ?")) {
                p.setString(1, clean);
                p.setString(2, notes == null ? "" : notes);
                p.setLong(3, id);
                return p.executeUpdate();
            }
        });
    }

    /** Deletes the client and all of their consultations. */
    public void deleteClient(long id) throws StoreException {
        write(DELETE_CLIENT, () -> deleteClientIn(id));
    }

    int deleteClientIn(long id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM client WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate();
        }
    }

    /** Clients whose name contains the text, in name order; all clients for blank text. */
    public List<Client> searchClients(String text) throws StoreException {
        String like = "%" + (text == null ? "" : text.strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        return query(() -> {
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT id, name, notes FROM client WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id")) {
                p.setString(1, like);
                List<Client> list = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        list.add(new Client(r.getLong(1), r.getString(2), r.getString(3)));
                    }
                }
                return list;
            }
        });
    }

    public Optional<Client> client(long id) throws StoreException {
        return query(() -> {
            try (PreparedStatement p = db.prepareStatement("SELECT id, name, notes FROM client WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Client(r.getLong(1), r.getString(2), r.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** A client with how many consultations they had and when the last one was. */
    public record ClientSummary(Client client, int consultations, LocalDate lastConsultation) {
    }

    /** Every client in name order, with their consultation count, in one query. */
    public List<ClientSummary> clientSummaries() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT c.id, c.name, c.notes, count(k.id), max(k.taken_on) FROM client c "
                            + "LEFT JOIN consultation k ON k.client_id = c.id GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id")) {
                List<ClientSummary> list = new ArrayList<>();
                while (r.next()) {
                    String last = r.getString(5);
                    list.add(new ClientSummary(new Client(r.getLong(1), r.getString(2), r.getString(3)), r.getInt(4),
                            last == null ? null : LocalDate.parse(last)));
                }
                return list;
            }
        });
    }

    /**
     * The client of this name: the one written exactly so, else the only one of the same
     * identity ("anna berger" finds "Anna Berger"); empty when there is none or several.
     */
    public Optional<Client> clientNamed(String name) throws StoreException {
        String clean = ClientName.clean(name);
        List<Client> same = new ArrayList<>();
        for (Client c : searchClients("")) {
            if (c.name().equals(clean)) {
                return Optional.of(c);
            }
            if (ClientName.identity(c.name()).equals(ClientName.identity(clean))) {
                same.add(c);
            }
        }
        return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    // --- consultations

    public Consultation saveConsultation(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException {
        long id = write(SAVE_CONSULTATION, () -> insertConsultationIn(clientId, date, profile, advice, notes));
        return new Consultation(id, clientId, date, profile, advice, advice.engineVersion(), notes == null ? "" : notes,
                profile.symptoms().morningPain());
    }

    /** Inserts a consultation inside the caller's transaction. */
    long insertConsultationIn(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO consultation "
                + "(client_id, taken_on, profile, advice, engine_version, notes, morning_pain) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, clientId);
            bind(p, 2, date, profile, advice, notes);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Sets a consultation's columns from parameter {@code first} on, in the order taken_on, profile,
     * advice, engine_version, notes, morning_pain (null when unanswered, never 0).
     */
    private static void bind(PreparedStatement p, int first, LocalDate date, Profile profile, Advice advice, String notes)
            throws SQLException {
        p.setString(first, date.toString());
        p.setString(first + 1, JsonFormat.compact(ProfileWriter.toJsonTree(profile)));
        p.setString(first + 2, AdviceWriter.toJson(advice, false));
        p.setString(first + 3, advice.engineVersion());
        p.setString(first + 4, notes == null ? "" : notes);
        if (profile.symptoms().morningPain() == null) {
            p.setNull(first + 5, Types.INTEGER);
        } else {
            p.setInt(first + 5, profile.symptoms().morningPain());
        }
    }

    public void updateNotes(long consultationId, String notes) throws StoreException {
        write(SAVE_NOTES, () -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE consultation SET notes = ? WHERE id = ?")) {
                p.setString(1, notes == null ? "" : notes);
                p.setLong(2, consultationId);
                return p.executeUpdate();
            }
        });
    }

    /**
     * Corrects a consultation's day and notes; its answers and advice stay as given. Fails with
     * {@code consultation.gone} when it was deleted meanwhile (another window, an import).
     */
    public void updateConsultation(long consultationId, LocalDate date, String notes) throws StoreException {
        int changed = write(SAVE_CONSULTATION, () -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE consultation SET taken_on = ?, notes = ? WHERE id = ?")) {
                p.setString(1, date.toString());
                p.setString(2, notes == null ? "" : notes);
                p.setLong(3, consultationId);
                return p.executeUpdate();
            }
        });
        requireFound(changed);
    }

    /**
     * Replaces a consultation's answers with corrected ones and the advice computed for them now,
     * with its day and notes; it keeps its place in the client's history.
     */
    public Consultation replaceConsultation(long consultationId, LocalDate date, Profile profile, Advice advice,
                                            String notes) throws StoreException {
        long[] clientId = {0};
        int changed = write(SAVE_CONSULTATION, () -> {
            try (PreparedStatement q = db.prepareStatement("SELECT client_id FROM consultation WHERE id = ?")) {
                q.setLong(1, consultationId);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return 0;
                    }
                    clientId[0] = r.getLong(1);
                }
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE consultation SET taken_on = ?, profile = ?, advice = ?, "
                    + "engine_version = ?, notes = ?, morning_pain = ? WHERE id = ?")) {
                bind(p, 1, date, profile, advice, notes);
                p.setLong(7, consultationId);
                return p.executeUpdate();
            }
        });
        requireFound(changed);
        return new Consultation(consultationId, clientId[0], date, profile, advice, advice.engineVersion(),
                notes == null ? "" : notes, profile.symptoms().morningPain());
    }

    /** Deletes one consultation; the client and their other consultations stay. */
    public void deleteConsultation(long consultationId) throws StoreException {
        int deleted = write(DELETE_CONSULTATION, () -> {
            try (PreparedStatement p = db.prepareStatement("DELETE FROM consultation WHERE id = ?")) {
                p.setLong(1, consultationId);
                return p.executeUpdate();
            }
        });
        requireFound(deleted);
    }

    private static void requireFound(int rows) throws StoreException {
        if (rows == 0) {
            throw new StoreException("consultation.gone");
        }
    }

    /** A client's consultations, oldest first. */
    public List<Consultation> consultations(long clientId) throws StoreException {
        return query(() -> {
            try (PreparedStatement p = db.prepareStatement("SELECT id, client_id, taken_on, profile, advice, "
                    + "engine_version, notes, morning_pain FROM consultation WHERE client_id = ? ORDER BY taken_on, id")) {
                p.setLong(1, clientId);
                List<Consultation> list = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        list.add(consultation(r));
                    }
                }
                return list;
            }
        });
    }

    public int consultationCount() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM consultation")) {
                return r.getInt(1);
            }
        });
    }

    /** The last profile a client was assessed with, to start a follow-up from. */
    public Optional<Profile> lastProfile(long clientId) throws StoreException {
        List<Consultation> all = consultations(clientId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).profile());
    }

    public String integrityCheck() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.getString(1);
            }
        });
    }

    private static Consultation consultation(ResultSet r) throws SQLException {
        try {
            Profile profile = new ProfileReader().read(StrictJson.parse(r.getString(4)));
            Advice advice = new AdviceReader().read(StrictJson.parse(r.getString(5)));
            int pain = r.getInt(8);
            Integer morningPain = r.wasNull() ? null : pain;   // straight after its own column
            return new Consultation(r.getLong(1), r.getLong(2), LocalDate.parse(r.getString(3)), profile, advice,
                    r.getString(6), r.getString(7), morningPain);
        } catch (InvalidInputException e) {
            throw new SQLException("consultation " + r.getLong(1) + " is damaged: " + e.getMessage(), e);
        }
    }

    static final StoreException.Action SAVE_CLIENT = new StoreException.Action("save-client");
    static final StoreException.Action DELETE_CLIENT = new StoreException.Action("delete-client");
    static final StoreException.Action SAVE_CONSULTATION = new StoreException.Action("save-consultation");
    static final StoreException.Action DELETE_CONSULTATION = new StoreException.Action("delete-consultation");
    static final StoreException.Action SAVE_NOTES = new StoreException.Action("save-notes");
    static final StoreException.Action READ = new StoreException.Action("read");
    static final StoreException.Action IMPORT = new StoreException.Action("import");
    static final StoreException.Action EXPORT = new StoreException.Action("export");

    /** Runs statements as one transaction: all of them, or on any failure none. */
    <T> T inTransaction(StoreException.Action what, Work<T> work) throws StoreException {
        return write(what, work, result -> true);
    }

    /** Runs statements as one transaction, kept only if {@code keep} accepts the result. */
    <T> T inTransaction(StoreException.Action what, Work<T> work, Predicate<T> keep) throws StoreException {
        return write(what, work, keep);
    }

    /** Updates a client's notes inside the caller's transaction. */
    void updateNotesIn(long clientId, String notes) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE client SET notes = ? WHERE id = ?")) {
            p.setString(1, notes == null ? "" : notes);
            p.setLong(2, clientId);
            p.executeUpdate();
        }
    }

    public int clientCount() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM client")) {
                return r.getInt(1);
            }
        });
    }

    /** A consultation as stored: the profile and advice JSON exactly as written when it was saved. */
    record StoredRow(LocalDate date, String profileJson, String adviceJson, String notes) {
    }

    interface RowSink {
        void accept(StoredRow row) throws IOException;
    }

    /** A client's consultations, oldest first, one at a time, so an export never holds them all. */
    void forEachConsultation(long clientId, RowSink sink) throws StoreException, IOException {
        try (PreparedStatement p = db.prepareStatement("SELECT taken_on, profile, advice, notes FROM consultation "
                + "WHERE client_id = ? ORDER BY taken_on, id")) {
            p.setLong(1, clientId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(new StoredRow(LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3),
                            r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw failure(READ, e);
        }
    }

    private <T> T write(StoreException.Action what, Work<T> work) throws StoreException {
        return write(what, work, result -> true);
    }

    private <T> T write(StoreException.Action what, Work<T> work, Predicate<T> keep) throws StoreException {
        try {
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(what, e);
        }
        try {
            T result = work.run();
            if (keep.test(result)) {
                db.commit();
            } else {
                db.rollback();
            }
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw failure(what, e);
        } catch (StoreException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            try {
                db.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is unusable; the next call reports that
            }
        }
    }

    /**
     * Undoes a failed transaction. After a full disk SQLite may already have rolled back, and
     * a second rollback then says "no transaction is active": that must never hide the cause.
     */
    private void rollback(Exception cause) {
        try {
            db.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private StoreException failure(StoreException.Action what, SQLException e) {
        return new StoreException("records.failed", new Object[] {what, new StoreException.Cause(e, file)}, e);
    }

    /** The open connection, for the shopper's saved results kept in the same database. */
    Connection connection() {
        return db;
    }

    <T> T query(Work<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw failure(READ, e);
        }
    }

    interface Work<T> {
        T run() throws SQLException, StoreException;
    }

    private static String requireName(String name) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new StoreException("client.needs-name");
        }
        if (ClientName.problem(name).isPresent()) {
            throw new StoreException("client.bad-name", ClientName.MAX_NAME);
        }
        return ClientName.clean(name);
    }

    private void closeQuietly() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing after a failed open: nothing more to tell the user
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure(READ, e);
        }
    }
}
