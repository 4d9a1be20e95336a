package com.restwise.records.practice;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh practice database for one test class, on the {@link TestPostgres} server: made
 * before the class's first test, owned by a login with CREATEROLE (as the README has a practice
 * make it), and dropped after its last test with every role named after it. Logins the tests
 * add carry the database's name too ({@link #login}), so classes in two test JVMs on one server
 * never collide.
 */
public final class PracticeDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String OWNER_PASSWORD = "owner-secret-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestPostgres server;
    private String name;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        create();
    }

    /** Makes the database (outside JUnit: a benchmark). */
    public void create() throws SQLException {
        server = TestPostgres.get();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        name = "rwt_" + HexFormat.of().formatHex(random);
        try (Connection c = server.superConnection("postgres");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + owner() + " LOGIN CREATEROLE PASSWORD '" + OWNER_PASSWORD + "'");
            s.execute("CREATE DATABASE " + name + " OWNER " + owner());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        drop();
    }

    /** Drops the database and every role named after it. */
    public void drop() throws SQLException {
        drop(server, name);
    }

    static void drop(TestPostgres server, String name) throws SQLException {
        try (Connection c = server.superConnection("postgres");
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            List<String> roles = new ArrayList<>();
            try (PreparedStatement p =
                    c.prepareStatement("SELECT rolname FROM pg_roles WHERE rolname LIKE ? ORDER BY rolname DESC")) {
                p.setString(1, name.replace("_", "\\_") + "\\_%");
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        roles.add(r.getString(1));
                    }
                }
            }
            for (String role : roles) {
                s.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        }
    }

    String name() {
        return name;
    }

    String owner() {
        return name + "_owner";
    }

    /** A login name for a test, carrying the database's name (and apart from its group roles' names). */
    String login(String who) {
        return name + "_u_" + who;
    }

    TestPostgres server() {
        return server;
    }

    /** The database as the connecting desktop names it: postgresql://LOGIN@HOST:PORT/DB. */
    String url(String login) {
        return "postgresql://" + login + "@" + server.host + ":" + server.port + "/" + name + "?sslmode=disable";
    }

    /** The address a desktop of this login would use (no TLS: the tests' server is this computer). */
    PracticeAddress address(String login) {
        try {
            return PracticeAddress.parse(url(login));
        } catch (PracticeException e) {
            throw new IllegalStateException(e);
        }
    }

    PracticeAddress ownerAddress() {
        return address(owner());
    }

    public Connection superConnection() throws SQLException {
        return server.superConnection(name);
    }
}
