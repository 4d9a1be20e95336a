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

/**
 * Clients and consultations in an embedded SQLite database in the data directory. Every save
 * is one transaction; with WAL and full sync, a save that has returned survives a crash. A
 * database written by a newer Restwise is refused and left untouched.
 */
public final class ConsultationStore implements AutoCloseable {

    public static final String FILE = "consultations.db";
    /** The shopper's own saved results live under a client of this name. */
    public static final String MY_RESULTS = "My results";

    private final Connection db;
    private final Path file;

    private ConsultationStore(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    public static ConsultationStore open(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(FILE);
        try {
            DataDirectory.prepare(dataDir);
            if (!Files.exists(file)) {
                // Created empty and owner-only first: SQLite gives its WAL and journal files the
                // database file's permissions.
                Files.createFile(file);
                DataDirectory.ownerOnly(file);
            }
        } catch (IOException e) {
            throw new StoreException("Restwise cannot create its records in " + dataDir + " (" + reason(e)
                    + "). Check that the folder exists and that you may write to it.", e);
        }
        if (!Files.isWritable(file)) {
            throw new StoreException("The records file " + file + " is read-only, so nothing can be saved. "
                    + "Make it writable, or start Restwise with another --data-dir.");
        }
        SqliteLibrary.useCacheIn(dataDir);
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException("Restwise cannot open its records file " + file + " (" + e.getMessage() + ").", e);
        }
        ConsultationStore store = new ConsultationStore(db, file);
        try {
            store.prepare();
        } catch (SQLException e) {
            store.closeQuietly();
            throw new StoreException("The records file " + file + " cannot be used (" + e.getMessage()
                    + "). It was left as it is.", e);
        } catch (StoreException e) {
            store.closeQuietly();
            throw e;
        }
        return store;
    }

    private void prepare() throws SQLException, StoreException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            int version;
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.getInt(1);
            }
            if (version > Migrations.latest()) {
                throw new StoreException("The records file " + file + " was written by a newer version of Restwise "
                        + "(schema " + version + "; this version reads up to " + Migrations.latest()
                        + "). Update Restwise to open it; the file was left untouched.");
            }
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = FULL");
            s.execute("PRAGMA foreign_keys = ON");
            for (int v = version; v < Migrations.latest(); v++) {
                migrate(v);
            }
        }
    }

    /** One version step, all or nothing. */
    private void migrate(int from) throws SQLException {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String sql : Migrations.STEPS.get(from)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + (from + 1));
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() throws StoreException {
        return query("read the schema version", () -> {
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                return r.getInt(1);
            }
        });
    }

    // --- clients

    public Client createClient(String name, String notes) throws StoreException {
        String clean = requireName(name);
        long id = write("save the client", () -> insertClientIn(clean, notes));
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
        write("save the client", () -> {
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
        write("delete the client", () -> deleteClientIn(id));
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
        return query("search the clients", () -> {
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
        return query("read the client", () -> {
            try (PreparedStatement p = db.prepareStatement("SELECT id, name, notes FROM client WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Client(r.getLong(1), r.getString(2), r.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** The shopper's own client, created on first use. */
    public Client myResults() throws StoreException {
        for (Client c : searchClients(MY_RESULTS)) {
            if (c.name().equals(MY_RESULTS)) {
                return c;
            }
        }
        return createClient(MY_RESULTS, "");
    }

    // --- consultations

    public Consultation saveConsultation(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException {
        long id = write("save the consultation", () -> insertConsultationIn(clientId, date, profile, advice, notes));
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
            p.setString(2, date.toString());
            p.setString(3, JsonFormat.compact(ProfileWriter.toJsonTree(profile)));
            p.setString(4, AdviceWriter.toJson(advice, false));
            p.setString(5, advice.engineVersion());
            p.setString(6, notes == null ? "" : notes);
            if (profile.symptoms().morningPain() == null) {
                p.setNull(7, Types.INTEGER);
            } else {
                p.setInt(7, profile.symptoms().morningPain());
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void updateNotes(long consultationId, String notes) throws StoreException {
        write("save the notes", () -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE consultation SET notes = ? WHERE id = ?")) {
                p.setString(1, notes == null ? "" : notes);
                p.setLong(2, consultationId);
                return p.executeUpdate();
            }
        });
    }

    /** A client's consultations, oldest first. */
    public List<Consultation> consultations(long clientId) throws StoreException {
        return query("read the consultations", () -> {
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
        return query("count the consultations", () -> {
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
        return query("check the records", () -> {
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
            return new Consultation(r.getLong(1), r.getLong(2), LocalDate.parse(r.getString(3)), profile, advice,
                    r.getString(6), r.getString(7), r.wasNull() ? null : pain);
        } catch (InvalidInputException e) {
            throw new SQLException("consultation " + r.getLong(1) + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Runs statements as one transaction. */
    <T> T inTransaction(String what, Work<T> work) throws StoreException {
        return write(what, work);
    }

    private <T> T write(String what, Work<T> work) throws StoreException {
        try {
            db.setAutoCommit(false);
            try {
                T result = work.run();
                db.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Restwise could not " + what + " (" + e.getMessage() + ").", e);
        }
    }

    private <T> T query(String what, Work<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Restwise could not " + what + " (" + e.getMessage() + ").", e);
        }
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    private static String requireName(String name) throws StoreException {
        if (name == null || name.isBlank()) {
            throw new StoreException("A client needs a name.");
        }
        return name.strip();
    }

    private static String reason(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
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
            throw new StoreException("Restwise could not close its records (" + e.getMessage() + ").", e);
        }
    }
}
