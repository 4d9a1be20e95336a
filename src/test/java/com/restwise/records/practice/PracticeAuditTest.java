package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.ConsultationStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every function that touches a client writes exactly one audit row, and no row can be changed. */
class PracticeAuditTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        practice = Practice.initialised(DB)
                .with("anna", "therapist", "Anna Adler")
                .with("ben", "therapist", "Ben Berg")
                .with("ada", "admin", "Ada Alt")
                .with("rita", "reception", "Rita Roth");
    }

    interface Call {
        void run() throws Exception;
    }

    /** The audit rows one call added: (login, action, client id). */
    static List<String> auditOf(Call call) throws Exception {
        long before = lastId();
        call.run();
        List<String> rows = new ArrayList<>();
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT login, action, client_id, workstation FROM restwise.audit WHERE id > "
                                + before + " ORDER BY id")) {
            while (r.next()) {
                assertEquals(PracticeConnections.workstation(), r.getString(4), "the computer's name");
                rows.add(r.getString(1).substring(DB.login("").length()) + " " + r.getString(2) + " " + r.getLong(3));
            }
        }
        return rows;
    }

    private static long lastId() throws SQLException {
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM restwise.audit")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyFunctionThatTouchesAClientWritesExactlyOneRow() throws Exception {
        Profile p = Visits.withPain(5);
        try (PracticeStore anna = practice.store("anna");
                PracticeStore rita = practice.store("rita")) {
            Client[] c = new Client[1];
            assertEquals(
                    1, auditOf(() -> c[0] = anna.createClient("Audit Alma", "")).size());
            long id = c[0].id();
            PracticeStore.Saved[] saved = new PracticeStore.Saved[1];
            assertEquals(
                    List.of("anna consultation-add " + id),
                    auditOf(() -> saved[0] =
                            anna.save(id, LocalDate.of(2026, 9, 1), p, Visits.advise(p), "", UUID.randomUUID())));
            long k = saved[0].id();
            assertEquals(List.of("anna read " + id), auditOf(() -> anna.read(id)));
            assertEquals(List.of("anna read-summary " + id), auditOf(() -> anna.summaries(id)));
            assertEquals(List.of("rita read-dates " + id), auditOf(() -> rita.summaries(id)));
            assertEquals(List.of("anna report " + id), auditOf(() -> anna.forReport(k)));
            assertEquals(
                    List.of("anna consultation-correct " + id),
                    auditOf(() ->
                            anna.correct(k, 1, LocalDate.of(2026, 9, 1), p, Visits.advise(p), "x", UUID.randomUUID())));
            assertEquals(List.of("anna read-versions " + id), auditOf(() -> anna.versions(k)));
            assertEquals(List.of("anna client-change " + id), auditOf(() -> anna.updateClient(id, "Alma Audit", "")));
            assertEquals(
                    List.of("anna client-share:" + practice.login("ben") + " " + id),
                    auditOf(() -> anna.share(id, practice.login("ben"))));
            assertEquals(List.of("anna consultation-delete " + id), auditOf(() -> anna.deleteConsultation(k)));
            assertEquals(
                    List.of("anna export " + id),
                    auditOf(() -> PracticeTransfer.export(anna, Set.of(id), dir.resolve("one.json"), null)));
            try (ConsultationStore local = ConsultationStore.open(dir.resolve("local"))) {
                Client here = local.createClient("Alma Audit", "");
                local.saveConsultation(here.id(), LocalDate.of(2026, 10, 1), p, Visits.advise(p), "");
                List<String> rows =
                        auditOf(() -> PracticeTransfer.move(local, anna, OnConflict.REPLACE, "this computer"));
                assertEquals(List.of("anna import-replace " + id), rows);
            }
            assertEquals(List.of("anna client-delete " + id), auditOf(() -> anna.deleteClient(id)));
        }
    }

    @Test
    void auditRowsCanBeAddedButNeverChangedOrDeleted() throws Exception {
        Profile p = Visits.withPain(1);
        try (PracticeStore anna = practice.store("anna")) {
            Client c = anna.createClient("Audit Target", "");
            anna.save(c.id(), LocalDate.of(2026, 9, 1), p, Visits.advise(p), "as said", UUID.randomUUID());
        }
        try (Connection c = DB.superConnection();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "UPDATE restwise.audit SET login = 'nobody'",
                    "DELETE FROM restwise.audit",
                    "TRUNCATE restwise.audit",
                    "UPDATE restwise.consultation_version SET notes = 'rewritten'")) {
                assertEquals("RWAP1", PracticeRolesTest.sqlState(s, sql), sql);
            }
        }
    }

    @Test
    void theAuditSaysWhoDidWhatWithAClientsRecordAsJsonLines() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        try (PracticeStore anna = practice.store("anna")) {
            Client c = anna.createClient("Gdpr Gina", "");
            anna.consultations(c.id());
        }
        try (PracticeConnections ada = practice.connect("ada")) {
            List<PracticeAdmin.AuditRow> rows =
                    new PracticeAdmin(ada).audit("gdpr gina", practice.login("anna"), start);
            assertEquals(
                    List.of("client-add", "read"),
                    rows.stream().map(PracticeAdmin.AuditRow::action).toList());
            String line = PracticeAdmin.jsonLine(rows.get(0));
            for (String field : List.of(
                    "\"at\":",
                    "\"login\":\"" + practice.login("anna") + "\"",
                    "\"action\":\"client-add\"",
                    "\"client\":\"Gdpr Gina\"")) {
                assertTrue(line.contains(field), line);
            }
            assertTrue(new PracticeAdmin(ada)
                    .audit("gdpr gina", null, Instant.now().plusSeconds(60))
                    .isEmpty());
        }
    }

    @Test
    void aRowAboutNoClientSaysNoClientRatherThanClientZero() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        try (PracticeConnections ada = practice.connect("ada")) {
            PracticeAdmin admin = new PracticeAdmin(ada);
            admin.settings("Physio am Park", "Parkweg 1");
            PracticeAdmin.AuditRow row = admin.audit(null, practice.login("ada"), start).stream()
                    .filter(r -> r.action().equals("settings"))
                    .findFirst()
                    .orElseThrow();
            assertNull(row.clientId(), "the practice's settings touch no client");
        }
    }
}
