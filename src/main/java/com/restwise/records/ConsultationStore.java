package com.restwise.records;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceReader;
import com.restwise.json.AdviceWriter;
import com.restwise.json.InvalidInputException;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileReader;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.storage.DataDirectory;
import com.restwise.storage.LeftoverFiles;
import com.restwise.storage.StorageTexts;
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
import org.sqlite.SQLiteOpenMode;

/**
 * Clients and consultations in an embedded SQLite database in the data directory. Every save
 * is one transaction; with WAL and full sync, a save that has returned survives a crash. A
 * database written by a newer Restwise is refused and left untouched.
 *
 * <p>Ids are never used twice, so a save by the id of a client or consultation that was deleted
 * or replaced elsewhere changes nothing and fails with {@code client.gone} or
 * {@code consultation.gone}: the caller still holds what was typed. Deleted text is overwritten
 * ({@code secure_delete}) and the write-ahead log is emptied after each delete or replace, so no
 * copy stays readable in either file. Records that cannot be written (a read-only disk or file)
 * are opened for reading only: they can be listed and exported, and every save says so.
 */
public final class ConsultationStore implements ClientRecords {

    public static final String FILE = "consultations.db";
    /**
     * Before schema 2 the shopper's own saved results lived under a client of this name; they are
     * {@link SavedResults} now, and files exported then may still hold such a client.
     */
    public static final String MY_RESULTS = "My results";

    /** How long a save waits for another process's save before it gives up. */
    private static final int BUSY_TIMEOUT_MS = 30_000;

    /** How long a delete waits to empty the write-ahead log while others read; it is emptied later otherwise. */
    private static final int CHECKPOINT_WAIT_MS = 250;

    /** Which Restwise program has the records open: said to others who find them busy. */
    public enum Program {
        WINDOW,
        COMMAND_LINE
    }

    /** Names the program saving a long import, so others who find the records busy are told who. */
    static final String HOLDER = "records.holder";

    private final Connection db;
    private final Path file;
    private final boolean readOnly;
    private Program program = Program.WINDOW;
    private int busyTimeout = BUSY_TIMEOUT_MS;
    /** The schema version of the file; a read-only file cannot be brought up to date. */
    private int schema;

    private ConsultationStore(Connection db, Path file, boolean readOnly) {
        this.db = db;
        this.file = file;
        this.readOnly = readOnly;
    }

    public static ConsultationStore open(Path dataDir) throws StoreException {
        return open(dataDir, 0);
    }

    /** The records as opened by a program, which others are told when it keeps them busy. */
    public static ConsultationStore open(Path dataDir, Program program) throws StoreException {
        ConsultationStore store = open(dataDir, 0);
        store.program = program;
        return store;
    }

    /** For tests: how long saves wait for another program's save. */
    static ConsultationStore open(Path dataDir, Program program, int busyTimeoutMs) throws StoreException {
        ConsultationStore store = open(dataDir, program);
        store.busyTimeout = busyTimeoutMs;
        try (Statement s = store.db.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
        } catch (SQLException e) {
            throw store.failure(READ, e);
        }
        return store;
    }

    /** @param maxPages when positive, the database may not grow past this many pages: a full disk, for tests */
    static ConsultationStore open(Path dataDir, int maxPages) throws StoreException {
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file) && !writable(dataDir, file)) {
            return openReadOnly(dataDir);
        }
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
            SqliteLibrary.useCacheIn(dataDir);
        } catch (IOException e) {
            throw new StoreException(
                    "records.create-failed", new Object[] {dataDir, new StoreException.Cause(e, dataDir)}, e);
        }
        LeftoverFiles.in(dataDir).cleanUp();
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
            throw openFailed(file, e);
        }
        ConsultationStore store = new ConsultationStore(db, file, false);
        return ready(store, () -> {
            store.prepareWhenFree();
            return store;
        });
    }

    private static StoreException openFailed(Path file, Exception e) {
        return new StoreException("records.open-failed", new Object[] {file, new StoreException.Cause(e, file)}, e);
    }

    /** Runs a newly opened store's first statements; if they fail, the store is closed again. */
    private static ConsultationStore ready(ConsultationStore store, Work<ConsultationStore> first)
            throws StoreException {
        try {
            return first.run();
        } catch (SQLException e) {
            store.closeQuietly();
            throw openFailed(store.file, e);
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        }
    }

    /**
     * Whether SQLite can write the file and make its write-ahead log beside it. As root every
     * permission passes, but a read-only mount still says so.
     */
    private static boolean writable(Path dataDir, Path file) {
        try {
            return Files.isWritable(file)
                    && Files.isWritable(dataDir)
                    && !Files.getFileStore(file).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The records for reading only: listed and exported, never saved to ({@code records.read-only}).
     * Where the write-ahead log's files cannot be made beside the database (a read-only folder
     * or disk without them), SQLite is told the file cannot change ({@code immutable}).
     */
    public static ConsultationStore openReadOnly(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("records.open-failed", new Object[] {
                file, new StoreException.Cause(new java.nio.file.NoSuchFileException(file.toString()), file)
            });
        }
        try {
            SqliteLibrary.useCacheIn(dataDir);
        } catch (IOException e) {
            throw openFailed(file, e);
        }
        LeftoverFiles.in(dataDir).cleanUp();
        Path wal = dataDir.resolve(FILE + "-wal");
        Path shm = dataDir.resolve(FILE + "-shm");
        boolean logReachable = (Files.exists(wal) && Files.exists(shm)) || writable(dataDir, dataDir);
        Connection db;
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            String uri = "file:" + file.toAbsolutePath().toUri().getRawPath() + (logReachable ? "" : "?immutable=1");
            db = DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
        } catch (SQLException e) {
            throw openFailed(file, e);
        }
        ConsultationStore store = new ConsultationStore(db, file, true);
        return ready(store, () -> {
            try (Statement s = db.createStatement()) {
                store.schema = userVersion(s);
                store.checkNotNewer(store.schema);
            }
            return store;
        });
    }

    /** Whether these records can only be read (a read-only disk or file): every save fails with {@code records.read-only}. */
    public boolean isReadOnly() {
        return readOnly;
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
                int primary = e.getErrorCode() & 0xff; // extended codes such as SQLITE_BUSY_RECOVERY keep it
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
            // Freed pages are overwritten with zeros, so deleted notes do not linger in the file.
            s.execute("PRAGMA secure_delete = ON");
            schema = Migrations.latest();
            if (version == Migrations.latest()) {
                s.execute("PRAGMA foreign_keys = ON");
                return;
            }
            // Steps rebuild tables; with foreign keys on, dropping the old ones would cascade.
            // SQLite only changes this setting outside a transaction.
            s.execute("PRAGMA foreign_keys = OFF");
            try {
                s.execute("BEGIN EXCLUSIVE");
                try {
                    version = userVersion(s);
                    checkNotNewer(version);
                    for (int v = version; v < Migrations.latest(); v++) {
                        for (String sql : Migrations.STEPS.get(v)) {
                            s.execute(sql);
                        }
                    }
                    try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                        if (broken.next()) {
                            throw new SQLException("[SQLITE_CORRUPT] a consultation belongs to no client");
                        }
                    }
                    s.execute("PRAGMA user_version = " + Migrations.latest());
                    s.execute("COMMIT");
                } catch (SQLException | StoreException | RuntimeException e) {
                    rollbackQuietly(s, e);
                    throw e;
                }
            } finally {
                s.execute("PRAGMA foreign_keys = ON");
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
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA user_version")) {
                return r.getInt(1);
            }
        });
    }

    // --- clients

    /**
     * Adds a client. Fails with {@link ClientExistsException} (holding that client, so the window
     * can offer to open it) when a client of the same name, as people read it
     * ({@link ClientName#identity}), is in the records.
     */
    public Client createClient(String name, String notes) throws StoreException {
        String clean = requireName(name);
        long id = write(SAVE_CLIENT, () -> {
            Optional<Client> same = sameName(clean, 0);
            if (same.isPresent()) {
                throw new ClientExistsException(same.get());
            }
            return insertClientIn(clean, notes);
        });
        return new Client(id, clean, notes == null ? "" : notes);
    }

    /** A client other than {@code except} whose name reads as this one, inside the caller's transaction. */
    private Optional<Client> sameName(String name, long except) throws SQLException {
        String identity = ClientName.identity(name);
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, name, notes FROM client")) {
            while (r.next()) {
                if (r.getLong(1) != except
                        && ClientName.identity(r.getString(2)).equals(identity)) {
                    return Optional.of(new Client(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
        }
        return Optional.empty();
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

    /**
     * Renames a client or changes their notes. Fails with {@code client.gone} when the client was
     * deleted or replaced elsewhere meanwhile (nothing is saved; the caller keeps what was typed),
     * and with {@link ClientExistsException} when another client already has the new name.
     */
    public void updateClient(long id, String name, String notes) throws StoreException {
        String clean = requireName(name);
        int changed = write(SAVE_CLIENT, () -> {
            if (!clientExists(id)) {
                return 0;
            }
            Optional<Client> same = sameName(clean, id);
            if (same.isPresent()) {
                throw new ClientExistsException(same.get());
            }
            try (PreparedStatement p = db.prepareStatement("UPDATE client SET name = ?, notes = ? WHERE id = ?")) {
                p.setString(1, clean);
                p.setString(2, notes == null ? "" : notes);
                p.setLong(3, id);
                return p.executeUpdate();
            }
        });
        requireClient(changed);
        emptyLog();
    }

    /** Deletes the client and all of their consultations; fails with {@code client.gone} if they already were. */
    public void deleteClient(long id) throws StoreException {
        requireClient(write(DELETE_CLIENT, () -> deleteClientIn(id)));
        emptyLog();
    }

    private static void requireClient(int rows) throws StoreException {
        if (rows == 0) {
            throw new StoreException("client.gone");
        }
    }

    /**
     * Moves what the write-ahead log holds into the database and empties the log, so the text a
     * delete or replace overwrote is not left in {@code consultations.db-wal}. A reader elsewhere
     * (an export running) may hold the log for a while; then it waits a moment at most, and the
     * next delete or replace empties the log instead.
     */
    void emptyLog() {
        if (readOnly) {
            return;
        }
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + CHECKPOINT_WAIT_MS);
            try {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            } finally {
                s.execute("PRAGMA busy_timeout = " + busyTimeout);
            }
        } catch (SQLException e) {
            // another reader holds the log: the next delete or replace empties it
        }
    }

    int deleteClientIn(long id) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("DELETE FROM client WHERE id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate();
        }
    }

    /** Clients whose name contains the text, in name order; all clients for blank text. */
    public List<Client> searchClients(String text) throws StoreException {
        String like = "%"
                + (text == null
                        ? ""
                        : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
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
                    return r.next()
                            ? Optional.of(new Client(r.getLong(1), r.getString(2), r.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** A client with how many consultations they had and when the last one was. */
    public record ClientSummary(Client client, int consultations, LocalDate lastConsultation) {}

    /** Every client in name order, with their consultation count, in one query. */
    public List<ClientSummary> clientSummaries() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT c.id, c.name, c.notes, count(k.id), max(k.taken_on) FROM client c "
                                    + "LEFT JOIN consultation k ON k.client_id = c.id GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id")) {
                List<ClientSummary> list = new ArrayList<>();
                while (r.next()) {
                    String last = r.getString(5);
                    list.add(new ClientSummary(
                            new Client(r.getLong(1), r.getString(2), r.getString(3)),
                            r.getInt(4),
                            last == null ? null : LocalDate.parse(last)));
                }
                return list;
            }
        });
    }

    // --- consultations

    /** Fails with {@code client.gone} when the client was deleted or replaced elsewhere meanwhile. */
    public Consultation saveConsultation(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException {
        long id = write(SAVE_CONSULTATION, () -> {
            if (!clientExists(clientId)) {
                throw new StoreException("client.gone");
            }
            return insertConsultationIn(clientId, date, profile, advice, notes);
        });
        return Consultation.justSaved(id, clientId, date, profile, advice, notes);
    }

    private boolean clientExists(long clientId) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("SELECT 1 FROM client WHERE id = ?")) {
            p.setLong(1, clientId);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Notes, inside the caller's transaction, that today's medical screen gives a consultation a
     * more pressing level than its saved advice.
     */
    void markTodaysScreenIn(long consultationId, MedicalLevel level) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE consultation SET todays_screen = ? WHERE id = ?")) {
            p.setString(1, level.name());
            p.setLong(2, consultationId);
            p.executeUpdate();
        }
    }

    /** Whether a batch saved the line of this id for this client before. */
    boolean batchLineSaved(long clientId, String lineId) throws StoreException {
        return query(() -> {
            try (PreparedStatement q =
                    db.prepareStatement("SELECT 1 FROM batch_line WHERE client_id = ? AND line_id = ?")) {
                q.setLong(1, clientId);
                q.setString(2, lineId);
                try (ResultSet r = q.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /**
     * Saves one line of a batch file, unless a batch saved that line for this client before:
     * the consultation and the note that the line is saved, in one transaction. Returns the
     * consultation, or null when the line was saved before.
     */
    Consultation saveBatchLine(
            long clientId, String lineId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException {
        long id = write(SAVE_CONSULTATION, () -> {
            if (!clientExists(clientId)) {
                throw new StoreException("client.gone");
            }
            try (PreparedStatement q =
                    db.prepareStatement("SELECT 1 FROM batch_line WHERE client_id = ? AND line_id = ?")) {
                q.setLong(1, clientId);
                q.setString(2, lineId);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        return 0L;
                    }
                }
            }
            long saved = insertConsultationIn(clientId, date, profile, advice, notes);
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO batch_line (client_id, line_id, consultation_id) VALUES (?, ?, ?)")) {
                p.setLong(1, clientId);
                p.setString(2, lineId);
                p.setLong(3, saved);
                p.executeUpdate();
            }
            return saved;
        });
        return id == 0 ? null : Consultation.justSaved(id, clientId, date, profile, advice, notes);
    }

    /** Inserts a consultation inside the caller's transaction. */
    long insertConsultationIn(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO consultation "
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
    private static void bind(
            PreparedStatement p, int first, LocalDate date, Profile profile, Advice advice, String notes)
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

    /**
     * Corrects a consultation's day and notes; its answers and advice stay as given. Fails with
     * {@code consultation.gone} when it was deleted meanwhile (another window, an import).
     */
    public void updateConsultation(long consultationId, LocalDate date, String notes) throws StoreException {
        int changed = write(SAVE_CONSULTATION, () -> {
            try (PreparedStatement p =
                    db.prepareStatement("UPDATE consultation SET taken_on = ?, notes = ? WHERE id = ?")) {
                p.setString(1, date.toString());
                p.setString(2, notes == null ? "" : notes);
                p.setLong(3, consultationId);
                return p.executeUpdate();
            }
        });
        requireFound(changed);
        emptyLog();
    }

    /**
     * Replaces a consultation's answers with corrected ones and the advice computed for them now,
     * with its day and notes; it keeps its place in the client's history.
     */
    public Consultation replaceConsultation(
            long consultationId, LocalDate date, Profile profile, Advice advice, String notes) throws StoreException {
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
            try (PreparedStatement p =
                    db.prepareStatement("UPDATE consultation SET taken_on = ?, profile = ?, advice = ?, "
                            + "engine_version = ?, notes = ?, morning_pain = ?, todays_screen = NULL WHERE id = ?")) {
                bind(p, 1, date, profile, advice, notes);
                p.setLong(7, consultationId);
                return p.executeUpdate();
            }
        });
        requireFound(changed);
        emptyLog();
        return Consultation.justSaved(consultationId, clientId[0], date, profile, advice, notes);
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
        emptyLog();
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
                    + "engine_version, notes, morning_pain, " + (schema >= 3 ? "todays_screen" : "NULL")
                    + " FROM consultation WHERE client_id = ? ORDER BY taken_on, id")) {
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
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM consultation")) {
                return r.getInt(1);
            }
        });
    }

    public String integrityCheck() throws StoreException {
        return query(() -> {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.getString(1);
            }
        });
    }

    private static Consultation consultation(ResultSet r) throws SQLException {
        try {
            Profile profile = new ProfileReader().read(StrictJson.parse(r.getString(4)));
            Advice advice = new AdviceReader().read(StrictJson.parse(r.getString(5)));
            int pain = r.getInt(8);
            Integer morningPain = r.wasNull() ? null : pain; // straight after its own column
            String screen = r.getString(9);
            return new Consultation(
                    r.getLong(1),
                    r.getLong(2),
                    LocalDate.parse(r.getString(3)),
                    profile,
                    advice,
                    r.getString(6),
                    r.getString(7),
                    morningPain,
                    screen == null ? null : MedicalLevel.valueOf(screen));
        } catch (InvalidInputException e) {
            throw new SQLException("consultation " + r.getLong(1) + " is damaged: " + e.getMessage(), e);
        }
    }

    static final StoreException.Action SAVE_CLIENT = new StoreException.Action("save-client");
    static final StoreException.Action DELETE_CLIENT = new StoreException.Action("delete-client");
    static final StoreException.Action SAVE_CONSULTATION = new StoreException.Action("save-consultation");
    static final StoreException.Action DELETE_CONSULTATION = new StoreException.Action("delete-consultation");
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
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM client")) {
                return r.getInt(1);
            }
        });
    }

    /** A consultation as stored: the profile and advice JSON exactly as written when it was saved. */
    record StoredRow(LocalDate date, String profileJson, String adviceJson, String notes) {}

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
                    sink.accept(new StoredRow(
                            LocalDate.parse(r.getString(1)), r.getString(2), r.getString(3), r.getString(4)));
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
        if (readOnly) {
            throw new StoreException("records.read-only", file);
        }
        try {
            db.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(what, e);
        }
        boolean holding = what == IMPORT && holdFor(true);
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
            if (holding) {
                holdFor(false);
            }
            try {
                db.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is unusable; the next call reports that
            }
        }
    }

    /**
     * Notes (or clears) in the data directory that this program is saving a long import. Written
     * before the transaction takes the write lock; one left by a killed run names a process that
     * has ended and is ignored.
     */
    private boolean holdFor(boolean holding) {
        Path holder = file.resolveSibling(HOLDER);
        try {
            if (holding) {
                Files.writeString(
                        holder, program.name() + " " + ProcessHandle.current().pid());
            } else {
                Files.deleteIfExists(holder);
            }
            return true;
        } catch (IOException e) {
            return false; // only the busy message is less precise
        }
    }

    /** The program that notes it is saving a long import now, if it is still running. */
    private Optional<Program> holder() {
        try {
            String[] note =
                    Files.readString(file.resolveSibling(HOLDER)).strip().split(" ");
            long pid = Long.parseLong(note[1]);
            boolean running = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return running ? Optional.of(Program.valueOf(note[0])) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
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
        if (StorageTexts.keyFor(e).equals("records.busy")) {
            Optional<Program> holder = holder();
            if (holder.isPresent()) {
                return new StoreException(
                        "records.busy-by", new Object[] {what, file, new StoreException.Holder(holder.get())}, e);
            }
        }
        return new StoreException("records.failed", new Object[] {what, new StoreException.Cause(e, file)}, e);
    }

    /** The open connection, for the shopper's saved results kept in the same database. */
    Connection connection() {
        return db;
    }

    /**
     * Runs reads as one read transaction: everything they read is the records at one moment,
     * whatever other windows or commands save meanwhile (an export is one snapshot). Others
     * can still save while it runs.
     */
    public <T, E extends Exception> T snapshot(Reading<T, E> work) throws StoreException, E {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN DEFERRED");
            try {
                return work.read();
            } finally {
                s.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw failure(READ, e);
        }
    }

    /** Reads run as one snapshot; may throw what the caller does with them (writing a file). */
    public interface Reading<T, E extends Exception> {
        T read() throws SQLException, StoreException, E;
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
        return ClientRecords.checkedName(name);
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
