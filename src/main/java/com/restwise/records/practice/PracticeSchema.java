package com.restwise.records.practice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * Sets up and upgrades a practice database ({@code clinic init}): the versioned steps V1.sql,
 * V2.sql ... for the tables, the functions (laid anew whenever functions.sql changes), the
 * practice's group roles named after the database, and the privileges: logins may connect
 * and call the functions, nothing else. Run by the login that owns the database and may create
 * roles. Running it again changes nothing; a database set up by a newer Restwise is refused.
 */
public final class PracticeSchema {

    /** The schema this Restwise writes and needs. */
    public static final int LATEST = 3;
    /** The oldest Restwise that may use a database at {@link #LATEST}, recorded in it. */
    public static final String OLDEST_APP = "2.0.0";

    public static final List<String> ROLES = List.of("therapist", "reception", "admin");
    /** Role names carry the database name and a suffix, within PostgreSQL's 63 bytes. */
    static final int MAX_DATABASE_NAME = 50;

    private PracticeSchema() {}

    /** What {@code clinic init} did. */
    public record InitResult(int fromVersion, int toVersion, boolean functionsLaid, List<String> rolesCreated) {
        public boolean changedNothing() {
            return fromVersion == toVersion && !functionsLaid && rolesCreated.isEmpty();
        }
    }

    /** The practice's group role for a role ("physio_am_park_therapist"). */
    public static String groupRole(String database, String role) {
        return database + "_" + role;
    }

    public static InitResult init(PracticeAddress address, char[] password) throws PracticeException {
        Connection c = PracticeConnections.connect(address, password, PracticeConnections.workstation());
        try {
            return init(c, address);
        } finally {
            PracticeConnections.closeQuietly(c);
        }
    }

    static InitResult init(Connection c, PracticeAddress address) throws PracticeException {
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // Two inits at once wait for each other; inits in other databases do not.
                s.execute("SELECT pg_advisory_xact_lock(hashtext('restwise clinic init ' || current_database()))");
                String database = checkOwner(s);
                int from = version(s);
                if (from > LATEST) {
                    throw new PracticeException("practice.schema-newer", from, LATEST);
                }
                for (int v = from + 1; v <= LATEST; v++) {
                    s.execute(resource("V" + v + ".sql"));
                    if (v == 1) {
                        s.execute("INSERT INTO restwise.schema_info (version, oldest_app) VALUES (1, '" + OLDEST_APP
                                + "')");
                    }
                }
                List<String> created = new java.util.ArrayList<>();
                for (String role : ROLES) {
                    String group = groupRole(database, role);
                    if (!exists(c, group)) {
                        s.execute("CREATE ROLE " + ident(c, group) + " NOLOGIN");
                        created.add(group);
                    }
                }
                String functions = resource("functions.sql");
                String hash = sha256(functions);
                boolean lay = !hash.equals(functionsHash(s));
                if (lay) {
                    s.execute("DROP SCHEMA IF EXISTS restwise_api CASCADE");
                    s.execute(functions);
                }
                grant(s, c, database);
                s.execute("UPDATE restwise.schema_info SET version = " + LATEST + ", oldest_app = '" + OLDEST_APP
                        + "', functions_hash = '" + hash + "'");
                c.commit();
                return new InitResult(from, LATEST, lay, created);
            } catch (SQLException | PracticeException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw PracticeFailures.of(e, address, "schema");
        }
    }

    /** The database's name, once it is sure the login owns it and may create roles. */
    private static String checkOwner(Statement s) throws SQLException, PracticeException {
        try (ResultSet r = s.executeQuery("SELECT current_database(), current_user, "
                + "pg_get_userbyid(d.datdba) = current_user AND (a.rolcreaterole OR a.rolsuper) "
                + "FROM pg_database d, pg_roles a WHERE d.datname = current_database() AND a.rolname = current_user")) {
            r.next();
            String database = r.getString(1);
            if (!r.getBoolean(3)) {
                throw new PracticeException("practice.not-owner", database, r.getString(2));
            }
            if (database.length() > MAX_DATABASE_NAME) {
                throw new PracticeException("practice.database-name", database, MAX_DATABASE_NAME);
            }
            return database;
        }
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT to_regclass('restwise.schema_info') IS NOT NULL")) {
            r.next();
            if (!r.getBoolean(1)) {
                return 0;
            }
        }
        try (ResultSet r = s.executeQuery("SELECT version FROM restwise.schema_info")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String functionsHash(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT functions_hash FROM restwise.schema_info")) {
            return r.next() ? r.getString(1) : "";
        }
    }

    /**
     * Logins reach the database only through the groups, and in it only the functions. Said
     * every time: GRANT and REVOKE of what is already so change nothing.
     */
    private static void grant(Statement s, Connection c, String database) throws SQLException {
        String db = ident(c, database);
        String groups = String.join(
                ", ", ROLES.stream().map(r -> ident(c, groupRole(database, r))).toList());
        s.execute("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC");
        s.execute("GRANT CONNECT ON DATABASE " + db + " TO " + groups);
        s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA restwise FROM PUBLIC");
        s.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA restwise FROM PUBLIC");
        s.execute("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA restwise_api FROM PUBLIC");
        s.execute("GRANT USAGE ON SCHEMA restwise_api TO " + groups);
        s.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA restwise_api TO " + groups);
    }

    private static boolean exists(Connection c, String role) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            p.setString(1, role);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    static String ident(Connection c, String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Whether this Restwise may use the database: its schema must be the one this Restwise
     * writes (an older one is upgraded by {@code clinic init}), and this Restwise at least the
     * oldest the database names.
     */
    static void checkUsable(PracticeInfo info, String appVersion) throws PracticeException {
        if (compareVersions(appVersion, info.oldestApp()) < 0) {
            throw new PracticeException("practice.app-too-old", info.oldestApp(), appVersion);
        }
        if (info.schemaVersion() < LATEST) {
            throw new PracticeException("practice.schema-older", info.schemaVersion(), LATEST);
        }
    }

    /** Dotted version numbers compared part by part ("2.10.0" after "2.9.1"); unknown counts as newest. */
    static int compareVersions(String a, String b) {
        if (a.equals("unknown")) {
            return 1;
        }
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? number(x[i]) : 0;
            int q = i < y.length ? number(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String resource(String name) {
        try (InputStream in = PracticeSchema.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
