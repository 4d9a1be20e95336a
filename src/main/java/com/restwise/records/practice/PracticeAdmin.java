package com.restwise.records.practice;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PasswordUtil;

/**
 * What an admin (or the database owner) does for the practice: members, the practice's
 * settings, "own clients only", and reading the audit. The commands {@code clinic add-user},
 * {@code remove-user}, {@code list-users}, {@code own-clients-only} and {@code audit} are
 * these calls.
 */
public final class PracticeAdmin {

    private final PracticeConnections db;

    public PracticeAdmin(PracticeConnections db) {
        this.db = db;
    }

    public record Member(
            String login, String role, String displayName, boolean active, Instant addedAt, String addedBy) {}

    /** One row of the audit: who did what with whose record, when, from which computer. */
    public record AuditRow(Instant at, String login, String workstation, String action, Long clientId, String client) {}

    /**
     * Adds a login with a role. The password is turned into a SCRAM verifier here, so neither the
     * server nor its log ever holds the password itself.
     */
    public void addUser(String login, String role, String displayName, char[] password) throws PracticeException {
        if (!PracticeSchema.ROLES.contains(role)) {
            throw new PracticeException("practice.failed", "the role must be therapist, reception or admin");
        }
        db.run("user", c -> {
            String verifier = PasswordUtil.encodePassword(login, password, "scram-sha-256");
            try (PreparedStatement p = c.prepareStatement("SELECT restwise_api.user_add(?, ?, ?, ?)")) {
                p.setString(1, login);
                p.setString(2, role);
                p.setString(3, displayName == null ? "" : displayName);
                p.setString(4, verifier);
                p.execute();
            }
            return null;
        });
    }

    /**
     * Disables a login: it cannot connect again, every function refuses it at once, and its
     * open sessions are ended now. Returns how many sessions were ended.
     */
    public int removeUser(String login) throws PracticeException {
        return db.run("user", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT restwise_api.user_remove(?)")) {
                p.setString(1, login);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getInt(1);
                }
            }
        });
    }

    public List<Member> users() throws PracticeException {
        return db.run("user", c -> {
            List<Member> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.users()");
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Member(
                            r.getString("login"),
                            r.getString("role"),
                            r.getString("display_name"),
                            r.getBoolean("active"),
                            r.getTimestamp("added_at").toInstant(),
                            r.getString("added_by")));
                }
            }
            return list;
        });
    }

    public void ownClientsOnly(boolean on) throws PracticeException {
        db.run("setting", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT restwise_api.own_clients_only(?)")) {
                p.setBoolean(1, on);
                p.execute();
            }
            return null;
        });
    }

    /** The practice's name and address, which head every report. */
    public void settings(String practiceName, String practiceAddress) throws PracticeException {
        db.run("setting", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT restwise_api.settings_set(?, ?)")) {
                p.setString(1, practiceName);
                p.setString(2, practiceAddress);
                p.execute();
            }
            return null;
        });
    }

    /**
     * The audit, oldest first: every filter may be null. {@code client} matches a client's
     * name regardless of case (names may repeat: all clients of that name).
     */
    public List<AuditRow> audit(String client, String login, Instant since) throws PracticeException {
        return db.run("audit", c -> {
            List<AuditRow> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT * FROM restwise_api.audit(?, ?, ?)")) {
                p.setString(1, client);
                p.setString(2, login);
                if (since == null) {
                    p.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    p.setTimestamp(3, Timestamp.from(since));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong("client_id");
                        // asked at once: wasNull speaks of the last column read, and the row reads more
                        Long clientId = r.wasNull() ? null : id;
                        rows.add(new AuditRow(
                                r.getTimestamp("at").toInstant(),
                                r.getString("login"),
                                r.getString("workstation"),
                                r.getString("action"),
                                clientId,
                                r.getString("client_name")));
                    }
                }
            }
            return rows;
        });
    }

    /** One audit row as a JSON line with at, login, workstation, action and client, as {@code clinic audit} prints it. */
    public static String jsonLine(AuditRow row) {
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty("at", row.at().toString());
        o.addProperty("login", row.login());
        o.addProperty("workstation", row.workstation());
        o.addProperty("action", row.action());
        o.addProperty("client", row.client());
        o.addProperty("clientId", row.clientId());
        return new com.google.gson.GsonBuilder().disableHtmlEscaping().create().toJson(o);
    }
}
