package com.restwise.records.practice;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.ClientRecords;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.records.ConsultationStore;
import com.restwise.records.StoreException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The practice's client records in its PostgreSQL database, through the database's functions
 * only. Clients may share a name (each shows who created them and when); a saved consultation
 * is never overwritten: a correction is a new version and a deletion hides it, both readable
 * later. Every change names the version it was based on and is refused with a
 * {@link StaleChangeException} when someone saved a newer one first; a save carries a request id,
 * so repeating it after a lost connection never saves it twice.
 *
 * <p>The {@link ClientRecords} methods, which know no versions, change what this store last
 * showed: the version read with the client or consultation is the base of the change.
 */
public final class PracticeStore implements ClientRecords {

    private final PracticeConnections db;
    private final PracticeInfo info;
    /** The version of each client and consultation as this store last read or wrote it. */
    private final Map<Long, Integer> clientVersions = new ConcurrentHashMap<>();

    private final Map<Long, Integer> consultationVersions = new ConcurrentHashMap<>();

    public PracticeStore(PracticeConnections db) {
        this.db = db;
        this.info = db.info();
    }

    public PracticeInfo info() {
        return info;
    }

    PracticeConnections connections() {
        return db;
    }

    @Override
    public Offers offers() {
        return new Offers(true, true, true, info.where());
    }

    /** A client as the practice sees them: who created them and when, and the version a change names. */
    public record PracticeClient(
            Client client,
            int version,
            Instant createdAt,
            String createdBy,
            String creatorName,
            int consultations,
            LocalDate lastConsultation) {}

    /**
     * What the list, the trend and the charts need of a consultation: reception gets its date
     * only. {@code correctedBy} is the login, {@code correctedByName} the person's name (the
     * login when the member has none).
     */
    public record ConsultationSummary(
            long id,
            int version,
            LocalDate date,
            Integer morningPain,
            Instant correctedAt,
            String correctedBy,
            String correctedByName,
            Integer sleepQuality,
            Integer stiffnessMinutes,
            Double firmnessTarget,
            MedicalLevel medical,
            boolean medicalNotAnswered,
            String notes,
            MedicalLevel todaysScreen) {

        /** The line a client's page shows. */
        public ConsultationLine line(long clientId) {
            return new ConsultationLine(
                    id,
                    clientId,
                    date,
                    morningPain,
                    sleepQuality,
                    stiffnessMinutes,
                    firmnessTarget,
                    medical,
                    medicalNotAnswered,
                    notes,
                    todaysScreen,
                    correctedAt,
                    correctedAt == null ? null : correctedByName);
        }
    }

    /** A consultation's current version, with who saved it first and who corrected it last. */
    public record VersionedConsultation(
            Consultation consultation,
            int version,
            Instant createdAt,
            String createdBy,
            Instant correctedAt,
            String correctedBy,
            String correctedByName) {
        public boolean corrected() {
            return correctedAt != null;
        }
    }

    /**
     * One version of a consultation.
     *
     * @param change saved, corrected, imported, deleted, or replaced by an import
     */
    public record ConsultationVersion(
            int version,
            LocalDate date,
            Profile profile,
            Advice advice,
            String engineVersion,
            String notes,
            Integer morningPain,
            Instant savedAt,
            String savedBy,
            String savedByName,
            String change) {}

    /** @param repeated the request had been saved before (a retry): nothing new was saved */
    public record Saved(long id, int version, boolean repeated) {}

    // --- clients

    /** Every client this login sees, in name order. */
    public List<PracticeClient> clients() throws PracticeException {
        return db.run("client", this::clientsIn);
    }

    List<PracticeClient> clientsIn(Connection c) throws SQLException {
        List<PracticeClient> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.clients()");
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Date last = r.getDate("last_consultation");
                list.add(new PracticeClient(
                        new Client(r.getLong("id"), r.getString("name"), r.getString("notes")),
                        r.getInt("version"),
                        instant(r, "created_at"),
                        r.getString("created_by"),
                        r.getString("creator_name"),
                        r.getInt("consultations"),
                        last == null ? null : last.toLocalDate()));
            }
        }
        // The same order as the local records (case folded), whatever the server's collation.
        list.sort(Comparator.comparing((PracticeClient pc) -> pc.client().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(pc -> pc.client().id()));
        list.forEach(pc -> clientVersions.put(pc.client().id(), pc.version()));
        return list;
    }

    public PracticeClient addClient(String name, String notes, UUID request) throws StoreException {
        String clean = ClientRecords.checkedName(name);
        return db.run("client", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.client_add(?, ?, ?)")) {
                p.setString(1, clean);
                p.setString(2, notes == null ? "" : notes);
                p.setObject(3, request);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    long id = r.getLong("id");
                    clientVersions.put(id, r.getInt("version"));
                    return new PracticeClient(
                            new Client(id, clean, info.therapist() && notes != null ? notes : ""),
                            r.getInt("version"),
                            instant(r, "created_at"),
                            r.getString("created_by"),
                            info.displayName(),
                            0,
                            null);
                }
            }
        });
    }

    /** Changes a client's name and notes; returns the new version. */
    public int changeClient(long id, int baseVersion, String name, String notes) throws StoreException {
        String clean = ClientRecords.checkedName(name);
        int now = db.run("client", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT restwise_api.client_update(?, ?, ?, ?)")) {
                p.setLong(1, id);
                p.setInt(2, baseVersion);
                p.setString(3, clean);
                p.setString(4, notes == null ? "" : notes);
                return single(p).getInt(1);
            }
        });
        clientVersions.put(id, now);
        return now;
    }

    /** Deletes a client from the list; their record stays in the database, hidden. */
    public void hideClient(long id, int baseVersion) throws PracticeException {
        call("client", "SELECT restwise_api.client_hide(?, ?)", id, baseVersion);
        clientVersions.remove(id);
    }

    /** Hands a client to another therapist, who then sees them with own-clients-only on. */
    public void share(long clientId, String login) throws PracticeException {
        call("client", "SELECT restwise_api.client_share(?, ?)", clientId, login);
    }

    // --- consultations

    /** Dates and morning pain of a client's consultations, for the list and the trend. */
    public List<ConsultationSummary> summaries(long clientId) throws PracticeException {
        return db.run("client", c -> {
            List<ConsultationSummary> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.consultation_summaries(?)")) {
                p.setLong(1, clientId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong("id");
                        consultationVersions.put(id, r.getInt("version"));
                        double firmness = r.getDouble("firmness_target");
                        Double firmnessTarget = r.wasNull() ? null : firmness;
                        list.add(new ConsultationSummary(
                                id,
                                r.getInt("version"),
                                r.getDate("taken_on").toLocalDate(),
                                integer(r, "morning_pain"),
                                instant(r, "changed_at"),
                                r.getString("changed_by"),
                                r.getString("changed_by_name"),
                                integer(r, "sleep_quality"),
                                integer(r, "stiffness_minutes"),
                                firmnessTarget,
                                level(r.getString("medical_level")),
                                r.getBoolean("medical_unanswered"),
                                r.getString("notes"),
                                level(r.getString("todays_screen"))));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public List<ConsultationLine> consultationLines(long clientId) throws PracticeException {
        return summaries(clientId).stream().map(s -> s.line(clientId)).toList();
    }

    @Override
    public Consultation consultation(long clientId, long consultationId) throws PracticeException {
        return open(consultationId).consultation();
    }

    /** A client's consultations in full, oldest first (audited as a read). */
    public List<VersionedConsultation> read(long clientId) throws PracticeException {
        return db.run("client", c -> readIn(c, clientId, "read"));
    }

    List<VersionedConsultation> readIn(Connection c, long clientId, String purpose) throws SQLException {
        List<VersionedConsultation> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.consultations(?, ?)")) {
            p.setLong(1, clientId);
            p.setString(2, purpose);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(versioned(r, clientId, true));
                }
            }
        }
        return list;
    }

    /** One consultation, to show it (audited as a read); its version becomes the base of a change. */
    public VersionedConsultation open(long consultationId) throws PracticeException {
        return one(consultationId, "read", true);
    }

    /** One consultation for its report: the audit records that a report was made of it. */
    public VersionedConsultation forReport(long consultationId) throws PracticeException {
        return one(consultationId, "report", true);
    }

    /** @param remember whether the version read becomes the base of this store's next change to it */
    private VersionedConsultation one(long consultationId, String purpose, boolean remember) throws PracticeException {
        return db.run("consultation", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.consultation(?, ?)")) {
                p.setLong(1, consultationId);
                p.setString(2, purpose);
                ResultSet r = single(p);
                return versioned(r, r.getLong("client_id"), remember);
            }
        });
    }

    private VersionedConsultation versioned(ResultSet r, long clientId, boolean remember) throws SQLException {
        long id = r.getLong("id");
        Integer morningPain = integer(r, "morning_pain");
        Consultation k = new Consultation(
                id,
                clientId,
                r.getDate("taken_on").toLocalDate(),
                StoredConsultation.profile(r.getString("profile"), id),
                StoredConsultation.advice(r.getString("advice"), id),
                r.getString("engine_version"),
                r.getString("notes"),
                morningPain,
                level(r.getString("todays_screen")));
        int version = r.getInt("version");
        if (remember) {
            consultationVersions.put(id, version);
        }
        return new VersionedConsultation(
                k,
                version,
                instant(r, "created_at"),
                r.getString("created_by"),
                instant(r, "changed_at"),
                r.getString("changed_by"),
                r.getString("changed_by_name"));
    }

    /**
     * Saves a new consultation. The request id is the draft's: saving it again (after a lost
     * connection, say) returns what was saved the first time instead of saving it twice.
     */
    public Saved save(long clientId, LocalDate date, Profile profile, Advice advice, String notes, UUID request)
            throws PracticeException {
        Saved saved = db.run("client", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT * FROM restwise_api.consultation_save(?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, clientId);
                bindContent(p, 2, date, profile, advice, notes);
                p.setObject(8, request);
                ResultSet r = single(p);
                return new Saved(r.getLong("id"), r.getInt("version"), r.getBoolean("repeated"));
            }
        });
        consultationVersions.put(saved.id(), saved.version());
        return saved;
    }

    /**
     * Corrects a consultation: a new version based on {@code baseVersion}; the earlier one stays
     * readable. Returns the new version.
     */
    public int correct(
            long consultationId,
            int baseVersion,
            LocalDate date,
            Profile profile,
            Advice advice,
            String notes,
            UUID request)
            throws PracticeException {
        int now = db.run("consultation", c -> {
            try (PreparedStatement p =
                    c.prepareStatement("SELECT restwise_api.consultation_correct(?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, consultationId);
                p.setInt(2, baseVersion);
                bindContent(p, 3, date, profile, advice, notes);
                p.setObject(9, request);
                return single(p).getInt(1);
            }
        });
        consultationVersions.put(consultationId, now);
        return now;
    }

    /** Deletes a consultation from the list; its versions stay readable. */
    public void hide(long consultationId, int baseVersion) throws PracticeException {
        call("consultation", "SELECT restwise_api.consultation_hide(?, ?)", consultationId, baseVersion);
        consultationVersions.remove(consultationId);
    }

    /** Every version of a consultation, the first first. */
    public List<ConsultationVersion> versions(long consultationId) throws PracticeException {
        return db.run("consultation", c -> {
            List<ConsultationVersion> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.consultation_versions(?)")) {
                p.setLong(1, consultationId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        int pain = r.getInt("morning_pain");
                        Integer morningPain = r.wasNull() ? null : pain;
                        list.add(new ConsultationVersion(
                                r.getInt("version"),
                                r.getDate("taken_on").toLocalDate(),
                                StoredConsultation.profile(r.getString("profile"), consultationId),
                                StoredConsultation.advice(r.getString("advice"), consultationId),
                                r.getString("engine_version"),
                                r.getString("notes"),
                                morningPain,
                                instant(r, "saved_at"),
                                r.getString("saved_by"),
                                r.getString("saved_by_name"),
                                r.getString("change")));
                    }
                }
            }
            return list;
        });
    }

    /** Parameters from {@code first} on: taken_on, morning_pain, profile, advice, engine_version, notes. */
    private static void bindContent(
            PreparedStatement p, int first, LocalDate date, Profile profile, Advice advice, String notes)
            throws SQLException {
        p.setObject(first, date);
        Integer pain = profile.symptoms().morningPain();
        if (pain == null) {
            p.setNull(first + 1, Types.INTEGER);
        } else {
            p.setInt(first + 1, pain);
        }
        p.setString(first + 2, StoredConsultation.profileJson(profile));
        p.setString(first + 3, StoredConsultation.adviceJson(advice));
        p.setString(first + 4, advice.engineVersion());
        p.setString(first + 5, notes == null ? "" : notes);
    }

    // --- the records interface

    @Override
    public Client createClient(String name, String notes) throws StoreException {
        return addClient(name, notes, UUID.randomUUID()).client();
    }

    @Override
    public void updateClient(long id, String name, String notes) throws StoreException {
        changeClient(id, baseOf(clientVersions, id), name, notes);
    }

    @Override
    public void deleteClient(long id) throws StoreException {
        hideClient(id, baseOf(clientVersions, id));
    }

    @Override
    public List<Client> searchClients(String text) throws StoreException {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return clients().stream()
                .map(PracticeClient::client)
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    @Override
    public Optional<Client> client(long id) throws StoreException {
        return clients().stream()
                .map(PracticeClient::client)
                .filter(c -> c.id() == id)
                .findFirst();
    }

    @Override
    public List<ConsultationStore.ClientSummary> clientSummaries() throws StoreException {
        return clients().stream()
                .map(pc -> new ConsultationStore.ClientSummary(pc.client(), pc.consultations(), pc.lastConsultation()))
                .toList();
    }

    @Override
    public Consultation saveConsultation(long clientId, LocalDate date, Profile profile, Advice advice, String notes)
            throws StoreException {
        Saved saved = save(clientId, date, profile, advice, notes, UUID.randomUUID());
        return Consultation.justSaved(saved.id(), clientId, date, profile, advice, notes);
    }

    @Override
    public void updateConsultation(long consultationId, LocalDate date, String notes) throws StoreException {
        int base = baseOf(consultationVersions, consultationId);
        Consultation k = one(consultationId, "read", false).consultation();
        correct(consultationId, base, date, k.profile(), k.advice(), notes, UUID.randomUUID());
    }

    @Override
    public Consultation replaceConsultation(
            long consultationId, LocalDate date, Profile profile, Advice advice, String notes) throws StoreException {
        int base = baseOf(consultationVersions, consultationId);
        correct(consultationId, base, date, profile, advice, notes, UUID.randomUUID());
        return one(consultationId, "read", true).consultation();
    }

    @Override
    public void deleteConsultation(long consultationId) throws StoreException {
        hide(consultationId, baseOf(consultationVersions, consultationId));
    }

    @Override
    public List<Consultation> consultations(long clientId) throws StoreException {
        return read(clientId).stream().map(VersionedConsultation::consultation).toList();
    }

    @Override
    public int consultationCount() throws StoreException {
        return clients().stream().mapToInt(PracticeClient::consultations).sum();
    }

    @Override
    public int clientCount() throws StoreException {
        return clients().size();
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The version this store last showed of a row: the base a change names. A row never read
     * here has none, and version 0, which no row has, makes the database refuse the change as
     * stale (or gone), never make it blindly.
     */
    private static int baseOf(Map<Long, Integer> versions, long id) {
        return versions.getOrDefault(id, 0);
    }

    private void call(String what, String sql, Object... args) throws PracticeException {
        db.run(what, c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                p.execute();
            }
            return null;
        });
    }

    private static ResultSet single(PreparedStatement p) throws SQLException {
        ResultSet r = p.executeQuery();
        if (!r.next()) {
            throw new SQLException("the function returned no row");
        }
        return r;
    }

    private static Integer integer(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    /** A medical level as the database keeps it (the engine's name); null for none, or one this Restwise does not know. */
    private static MedicalLevel level(String name) {
        if (name == null) {
            return null;
        }
        try {
            return MedicalLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
