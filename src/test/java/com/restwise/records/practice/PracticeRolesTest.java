package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What each role may see and do, held by the database itself, whatever a session sets. */
class PracticeRolesTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @BeforeAll
    static void setUp() throws Exception {
        practice = Practice.initialised(DB)
                .with("anna", "therapist", "Anna Adler")
                .with("ben", "therapist", "Ben Berg")
                .with("rita", "reception", "Rita Roth")
                .with("ada", "admin", "Ada Alt");
    }

    /** A plain JDBC session of a login, as anyone with its password could open one. */
    static Connection raw(String who) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", practice.login(who));
        p.setProperty("password", Practice.PASSWORD);
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection(
                "jdbc:postgresql://" + DB.server().host + ":" + DB.server().port + "/" + DB.name(), p);
    }

    static String sqlState(Statement s, String sql) {
        try {
            s.execute(sql);
            return "ok";
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    @Test
    void aLoginCanNeitherReadNorWriteATableDirectly() throws Exception {
        try (Connection c = raw("anna");
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT * FROM restwise.client",
                    "SELECT * FROM restwise.consultation",
                    "SELECT * FROM restwise.audit",
                    "DELETE FROM restwise.audit",
                    "UPDATE restwise.member SET role = 'admin'",
                    "SELECT restwise.caller_role()",
                    "CREATE TABLE public.mine (x int)",
                    "CREATE TEMP TABLE mine (x int)")) {
                assertEquals("42501", sqlState(s, sql), sql);
            }
        }
    }

    @Test
    void receptionCreatesClientsAndSeesNamesAndDatesButNoAnswersAdviceOrNotes() throws Exception {
        Profile p = Visits.withPain(6);
        long clientId;
        try (PracticeStore anna = practice.store("anna")) {
            Client c = anna.createClient("Greta Grün", "knee surgery 2024");
            anna.saveConsultation(c.id(), LocalDate.of(2026, 10, 1), p, Visits.advise(p), "stiff in the mornings");
            clientId = c.id();
        }
        try (PracticeStore rita = practice.store("rita")) {
            PracticeStore.PracticeClient greta = rita.clients().stream()
                    .filter(c -> c.client().id() == clientId)
                    .findFirst()
                    .orElseThrow();
            assertEquals("Greta Grün", greta.client().name());
            assertEquals("", greta.client().notes());
            assertEquals("Anna Adler", greta.creatorName());
            List<PracticeStore.ConsultationSummary> dates = rita.summaries(clientId);
            assertEquals(LocalDate.of(2026, 10, 1), dates.get(0).date());
            assertNull(dates.get(0).morningPain());
            assertEquals(
                    "practice.denied",
                    assertThrows(PracticeException.class, () -> rita.read(clientId))
                            .key());
            assertEquals(
                    "practice.denied",
                    assertThrows(
                                    PracticeException.class,
                                    () -> rita.forReport(dates.get(0).id()))
                            .key());
            assertEquals(
                    "practice.denied",
                    assertThrows(
                                    PracticeException.class,
                                    () -> rita.save(
                                            clientId, LocalDate.now(), p, Visits.advise(p), "", UUID.randomUUID()))
                            .key());
            Client walkIn = rita.createClient("Walk In", "notes reception may not write");
            assertEquals("", walkIn.notes());
        }
    }

    @Test
    void ownClientsOnlyHidesOtherTherapistsClientsWhateverTheSessionSets() throws Exception {
        long annas;
        try (PracticeStore anna = practice.store("anna")) {
            annas = anna.createClient("Only Anna's", "").id();
        }
        try (PracticeConnections ada = practice.connect("ada")) {
            new PracticeAdmin(ada).ownClientsOnly(true);
        }
        try (Connection c = raw("ben");
                Statement s = c.createStatement()) {
            // Everything a session can set about itself, tried before asking for the clients.
            assertEquals("ok", sqlState(s, "SET ROLE " + DB.name() + "_therapist"));
            assertEquals(
                    "ok", sqlState(s, "SELECT set_config('restwise.login', '" + practice.login("anna") + "', false)"));
            assertEquals("ok", sqlState(s, "SET application_name = '" + practice.login("anna") + "'"));
            assertEquals("ok", sqlState(s, "SET search_path = pg_temp, public"));
            assertEquals("ok", sqlState(s, "SET row_security = off"));
            assertEquals("42501", sqlState(s, "SET ROLE " + practice.login("anna")));
            assertEquals("42501", sqlState(s, "SET SESSION AUTHORIZATION " + practice.login("anna")));
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM restwise_api.clients() WHERE id = " + annas)) {
                r.next();
                assertEquals(0, r.getInt(1), "ben sees none of anna's clients");
            }
            try {
                s.executeQuery("SELECT * FROM restwise_api.consultations(" + annas + ", 'read')");
            } catch (SQLException e) {
                throw new AssertionError("reading an unseen client's consultations gives nothing, not an error", e);
            }
            try (ResultSet r =
                    s.executeQuery("SELECT count(*) FROM restwise_api.consultations(" + annas + ", 'read')")) {
                r.next();
                assertEquals(0, r.getInt(1));
            }
        }
        try (PracticeStore anna = practice.store("anna")) {
            anna.share(annas, practice.login("ben"));
        }
        try (PracticeStore ben = practice.store("ben")) {
            assertTrue(ben.client(annas).isPresent(), "a shared client is seen");
        }
        try (PracticeConnections ada = practice.connect("ada")) {
            new PracticeAdmin(ada).ownClientsOnly(false);
        }
    }

    @Test
    void aRemovedLoginIsCutOffAtOnceAndCannotConnectAgain() throws Exception {
        practice.with("tom", "therapist", "Tom Temp");
        PracticeStore tom = practice.store("tom");
        tom.createClient("Before removal", "");
        int ended;
        try (PracticeConnections ada = practice.connect("ada")) {
            ended = new PracticeAdmin(ada).removeUser(practice.login("tom"));
        }
        assertEquals(1, ended, "tom's open session was ended");
        assertThrows(PracticeException.class, tom::clients);
        PracticeException again = assertThrows(PracticeException.class, () -> practice.connect("tom"));
        assertEquals("practice.login-failed", again.key());
        tom.close();
        try (PracticeConnections ada = practice.connect("ada")) {
            PracticeAdmin.Member gone = new PracticeAdmin(ada)
                    .users().stream()
                            .filter(m -> m.login().equals(practice.login("tom")))
                            .findFirst()
                            .orElseThrow();
            assertTrue(!gone.active());
        }
    }

    @Test
    void anAdminSetsThePracticesNameAndAddressWhichHeadTheRecords() throws Exception {
        try (PracticeConnections ada = practice.connect("ada")) {
            new PracticeAdmin(ada).settings("Physio am Park", "Parkstraße 1, 10115 Berlin");
        }
        try (PracticeStore anna = practice.store("anna")) {
            assertEquals("Physio am Park: Anna Adler", anna.offers().where());
            assertEquals("Parkstraße 1, 10115 Berlin", anna.info().practiceAddress());
            assertEquals(
                    "practice.denied",
                    assertThrows(PracticeException.class, () -> new PracticeAdmin(anna.connections())
                                    .settings("Mine now", ""))
                            .key());
        }
    }

    @Test
    void twoClientsMayShareANameAndEachShowsWhoCreatedItAndWhen() throws Exception {
        try (PracticeStore anna = practice.store("anna");
                PracticeStore rita = practice.store("rita")) {
            anna.createClient("Maria Schmidt", "");
            rita.createClient("Maria Schmidt", "");
            List<PracticeStore.PracticeClient> marias = anna.clients().stream()
                    .filter(c -> c.client().name().equals("Maria Schmidt"))
                    .toList();
            assertEquals(
                    List.of("Anna Adler", "Rita Roth"),
                    marias.stream()
                            .map(PracticeStore.PracticeClient::creatorName)
                            .toList());
            assertTrue(marias.get(0).createdAt().isBefore(marias.get(1).createdAt()));
        }
    }

    @Test
    void onlyAdminsManageUsersAndReadTheAudit() throws Exception {
        try (PracticeConnections anna = practice.connect("anna")) {
            PracticeAdmin admin = new PracticeAdmin(anna);
            assertEquals(
                    "practice.denied",
                    assertThrows(PracticeException.class, () -> admin.audit(null, null, null))
                            .key());
            assertEquals(
                    "practice.denied",
                    assertThrows(
                                    PracticeException.class,
                                    () -> admin.addUser(DB.login("eve"), "admin", "Eve", "x".toCharArray()))
                            .key());
            assertEquals(
                    "practice.denied",
                    assertThrows(PracticeException.class, () -> admin.ownClientsOnly(false))
                            .key());
        }
    }
}
