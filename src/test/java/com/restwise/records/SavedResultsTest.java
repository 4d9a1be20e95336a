package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceWriter;
import com.restwise.json.CatalogReader;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shopper's own saved results: kept apart from the clients, listed newest first, deleted one by one. */
class SavedResultsTest {

    @TempDir
    Path dir;

    private static Advice advise(Profile p) {
        return new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
    }

    @Test
    void resultsAreKeptListedNewestFirstAndDeletedOneByOne() throws Exception {
        Profile first = profile().weight(90).morningPain(7).build();
        Profile second = profile().weight(86).build();
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            SavedResults saved = new SavedResults(store);
            saved.save(LocalDateTime.of(2026, 11, 2, 18, 40, 12, 500_000_000), first, advise(first));
            saved.save(LocalDateTime.of(2026, 11, 30, 7, 5), second, advise(second));
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            SavedResults saved = new SavedResults(store);
            List<SavedResult> all = saved.all();
            assertEquals(2, all.size());
            SavedResult newest = all.get(0);
            assertEquals(LocalDate.of(2026, 11, 30), newest.date());
            assertEquals(LocalTime.of(7, 5), newest.time());
            assertEquals(second, newest.profile());
            assertNull(newest.morningPain(), "an unanswered pain score stays unanswered, never 0");
            SavedResult oldest = all.get(1);
            assertEquals(LocalTime.of(18, 40, 12), oldest.time(), "kept to the second");
            assertEquals(7, oldest.morningPain());
            assertEquals(advise(first), oldest.advice(), "the advice as it was computed then");
            assertEquals(Advisor.ENGINE_VERSION, oldest.engineVersion());

            assertTrue(saved.delete(oldest.id()));
            assertFalse(saved.delete(oldest.id()), "already gone");
            assertEquals(
                    List.of(newest.id()),
                    saved.all().stream().map(SavedResult::id).toList());
            assertEquals(0, store.clientCount(), "a shopper's results are not a client");
        }
    }

    /**
     * A database from before saved results had their own place kept them as consultations of a
     * client called "My results". Opening it moves them over, oldest first, with their day; the
     * pseudo-client goes, and the therapist's real clients keep everything.
     */
    @Test
    void resultsSavedUnderTheOldMyResultsClientMoveToTheirOwnPlace() throws Exception {
        Profile mine1 = profile().weight(70).morningPain(6).build();
        Profile mine2 = profile().weight(68).morningPain(3).build();
        Profile anna = profile().weight(60).morningPain(5).build();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ConsultationStore.FILE));
                Statement s = db.createStatement()) {
            for (String sql : Migrations.STEPS.get(0)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute(
                    "INSERT INTO client (id, name, notes, created) VALUES (1, 'Anna Berger', 'knee', '2026-10-01T08:00:00Z')");
            s.execute(
                    "INSERT INTO client (id, name, notes, created) VALUES (2, 'My results', '', '2026-10-02T08:00:00Z')");
            insert(db, 2, "2026-11-20", mine2);
            insert(db, 1, "2026-10-15", anna);
            insert(db, 2, "2026-10-03", mine1);
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(
                    List.of("Anna Berger"),
                    store.searchClients("").stream().map(Client::name).toList(),
                    "the pseudo-client is gone from the client list");
            Client annaBerger = store.searchClients("Anna").get(0);
            assertEquals("knee", annaBerger.notes());
            assertEquals(
                    List.of(anna),
                    store.consultations(annaBerger.id()).stream()
                            .map(Consultation::profile)
                            .toList());
            assertEquals(1, store.consultationCount());

            List<SavedResult> saved = new SavedResults(store).all();
            assertEquals(
                    List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 10, 3)),
                    saved.stream().map(SavedResult::date).toList(),
                    "newest first");
            assertNull(saved.get(0).time(), "the old records kept only the day");
            assertEquals(
                    List.of(mine2, mine1),
                    saved.stream().map(SavedResult::profile).toList());
            assertEquals(
                    List.of(3, 6), saved.stream().map(SavedResult::morningPain).toList());
            assertEquals(advise(mine1), saved.get(1).advice());
            assertEquals("ok", store.integrityCheck());
        }
    }

    /** "Export all" from before took the "My results" client along: importing it brings them to the saved results. */
    @Test
    void anOlderExportWithMyResultsBringsThemToTheSavedResultsNotTheClientList(@TempDir Path older, @TempDir Path files)
            throws Exception {
        Profile mine = profile().weight(70).morningPain(6).build();
        Path file = files.resolve("all.json");
        try (ConsultationStore store = ConsultationStore.open(older)) {
            Client myResults = store.createClient(ConsultationStore.MY_RESULTS, "");
            store.saveConsultation(myResults.id(), LocalDate.of(2026, 10, 3), mine, advise(mine), "");
            ClientTransferTest.clientWithVisits(store, "Anna Berger", "knee", 2);
            ClientTransfer.export(store, store.searchClients(""), file, null);
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ClientTransfer.ImportSummary s = ClientTransfer.importFile(store, file, null, null);
            assertEquals(1, s.clientsInRecords());
            assertEquals(2, s.consultationsInRecords());
            assertEquals(
                    List.of("Anna Berger"),
                    store.searchClients("").stream().map(Client::name).toList());
            List<SavedResult> saved = new SavedResults(store).all();
            assertEquals(List.of(mine), saved.stream().map(SavedResult::profile).toList());
            assertEquals(LocalDate.of(2026, 10, 3), saved.get(0).date());
        }
    }

    private static void insert(Connection db, long clientId, String date, Profile p) throws Exception {
        Advice a = advise(p);
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO consultation "
                        + "(client_id, taken_on, profile, advice, engine_version, notes, morning_pain) VALUES (?, ?, ?, ?, ?, '', ?)")) {
            ps.setLong(1, clientId);
            ps.setString(2, date);
            ps.setString(3, JsonFormat.compact(ProfileWriter.toJsonTree(p)));
            ps.setString(4, AdviceWriter.toJson(a, false));
            ps.setString(5, a.engineVersion());
            ps.setInt(6, p.symptoms().morningPain());
            ps.executeUpdate();
        }
    }
}
