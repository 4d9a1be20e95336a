package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A network that fails mid-save, and TLS that checks whom it talks to. */
class PracticeNetworkTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @BeforeAll
    static void setUp() throws Exception {
        practice = Practice.initialised(DB).with("anna", "therapist", "Anna Adler");
    }

    private static PracticeStore throughProxy(CuttingProxy proxy) throws Exception {
        PracticeAddress a = PracticeAddress.parse("postgresql://" + practice.login("anna") + "@127.0.0.1:"
                + proxy.port() + "/" + DB.name() + "?sslmode=disable");
        return new PracticeStore(PracticeConnections.open(a, Practice.PASSWORD.toCharArray(), false));
    }

    /** Consultation rows, their versions, request ids and audit rows of a client, counted by the superuser. */
    private static String traces(long clientId) throws Exception {
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT (SELECT count(*) FROM restwise.consultation WHERE client_id = " + clientId + "), "
                                + "(SELECT count(*) FROM restwise.consultation_version v JOIN restwise.consultation k "
                                + "   ON k.id = v.consultation_id WHERE k.client_id = " + clientId + "), "
                                + "(SELECT count(*) FROM restwise.save_request WHERE consultation_id IS NOT NULL AND client_id = "
                                + clientId + "), "
                                + "(SELECT count(*) FROM restwise.audit WHERE action = 'consultation-add' AND client_id = "
                                + clientId + ")")) {
            r.next();
            return r.getInt(1) + " " + r.getInt(2) + " " + r.getInt(3) + " " + r.getInt(4);
        }
    }

    @Test
    void aSaveCutOffMidWayEitherHappenedWhollyOrNotAndARetryMakesNoDuplicate() throws Exception {
        Profile p = Visits.withPain(6);
        TestPostgres server = DB.server();
        for (CuttingProxy.Cut cut : CuttingProxy.Cut.values()) {
            try (CuttingProxy proxy = new CuttingProxy(server.host, server.port);
                    PracticeStore anna = throughProxy(proxy)) {
                Client c = anna.createClient("Cut " + cut, "");
                UUID request = UUID.randomUUID();
                proxy.arm("consultation_save", cut);
                long start = System.nanoTime();
                PracticeUnreachableException lost = assertThrows(
                        PracticeUnreachableException.class,
                        () -> anna.save(c.id(), LocalDate.of(2026, 9, 1), p, Visits.advise(p), "cut", request));
                double seconds = (System.nanoTime() - start) / 1e9;
                assertTrue(seconds < PracticeConnections.ANSWER_WITHIN_SECONDS, cut + ": told after " + seconds + " s");
                assertTrue(
                        lost.getMessage().contains("did not answer")
                                || lost.getMessage().contains("cannot be reached"),
                        lost.getMessage());
                String after = traces(c.id());
                assertTrue(after.equals("0 0 0 0") || after.equals("1 1 1 1"), cut + ": a partial save: " + after);
                assertEquals(cut == CuttingProxy.Cut.REQUEST_LOST ? "0 0 0 0" : "1 1 1 1", after);

                PracticeStore.Saved retried =
                        anna.save(c.id(), LocalDate.of(2026, 9, 1), p, Visits.advise(p), "cut", request);
                assertEquals(cut == CuttingProxy.Cut.ANSWER_LOST, retried.repeated());
                assertEquals("1 1 1 1", traces(c.id()), cut + ": the retry made no duplicate");
            }
        }
    }

    @Test
    void tlsChecksTheCertificateAndTheHostName() throws Exception {
        TestPostgres server = DB.server();
        if (server.caFile == null) {
            throw new AssertionError("the TLS test needs the server's CA: run it on the embedded server " + "(unset "
                    + TestPostgres.ENV + ")");
        }
        String path = "/" + DB.name() + "?sslmode=verify-full&sslrootcert="
                + java.net.URLEncoder.encode(server.caFile.toString(), java.nio.charset.StandardCharsets.UTF_8);
        PracticeAddress right =
                PracticeAddress.parse("postgresql://" + practice.login("anna") + "@localhost:" + server.port + path);
        try (PracticeConnections db = PracticeConnections.open(right, Practice.PASSWORD.toCharArray(), false)) {
            boolean encrypted = db.<Boolean>run("connection", c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    r.next();
                    return r.getBoolean(1);
                }
            });
            assertTrue(encrypted, "the connection is encrypted");
        }
        PracticeAddress wrongName =
                PracticeAddress.parse("postgresql://" + practice.login("anna") + "@127.0.0.1:" + server.port + path);
        PracticeUnreachableException refused = assertThrows(
                PracticeUnreachableException.class,
                () -> PracticeConnections.open(wrongName, Practice.PASSWORD.toCharArray(), false));
        assertEquals("practice.certificate", refused.key());
    }

    @Test
    void anImportOrExportMayTakeLongerPerStatementAndTheUsualLimitsComeBackAfterwards() throws Exception {
        try (PracticeConnections db = practice.connect("anna")) {
            String during = db.runLong("client", c -> {
                c.setAutoCommit(false);
                PracticeConnections.allowLongStatements(c);
                return limits(c);
            });
            assertEquals(
                    PracticeConnections.LONG_WORK_SECONDS * 1000 + " " + PracticeConnections.LONG_WORK_SECONDS * 1000,
                    during);
            assertEquals(
                    PracticeConnections.STATEMENT_TIMEOUT_MS + " " + PracticeConnections.SOCKET_TIMEOUT_SECONDS * 1000,
                    db.run("client", PracticeNetworkTest::limits));
        }
    }

    private static String limits(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'")) {
            r.next();
            return r.getString(1) + " " + c.getNetworkTimeout();
        }
    }

    @Test
    void aConnectionTheServerEndedWhileItWaitedIsReplacedBeforeTheNextWork() throws Exception {
        try (PracticeStore anna = practice.store("anna")) {
            anna.connections().checkAfterIdle(0);
            anna.createClient("Before the restart", "");
            try (Connection c = DB.superConnection();
                    Statement s = c.createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                        + practice.login("anna") + "'");
            }
            assertEquals(
                    "After the restart",
                    anna.createClient("After the restart", "").name());
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownDatabaseSaySo() throws Exception {
        PracticeException wrong = assertThrows(
                PracticeException.class,
                () -> PracticeConnections.open(DB.address(practice.login("anna")), "not it".toCharArray(), false));
        assertEquals("practice.login-failed", wrong.key());
        assertFalse(wrong instanceof PracticeUnreachableException);
        PracticeUnreachableException nobody = assertThrows(
                PracticeUnreachableException.class,
                () -> PracticeConnections.open(
                        PracticeAddress.parse("postgresql://x@127.0.0.1:1/none?sslmode=disable"),
                        "pw".toCharArray(),
                        false));
        assertEquals("practice.unreachable", nobody.key());
        assertTrue(nobody.getMessage().contains("connection refused"), nobody.getMessage());
    }
}
