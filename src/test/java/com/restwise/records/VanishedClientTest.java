package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.restwise.engine.profile.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client deleted or replaced elsewhere while a window still shows them. */
class VanishedClientTest {

    @TempDir
    Path dir;

    @Test
    void idsAreNeverUsedTwiceSoStaleSavesCannotLandOnANewcomer() throws Exception {
        try (ConsultationStore window = ConsultationStore.open(dir);
                ConsultationStore commandLine = ConsultationStore.open(dir)) {
            window.createClient("Anna", "");
            Client carol = window.createClient("Carol", "");
            commandLine.deleteClient(carol.id());
            Client newCarol = commandLine.createClient("Carol", "from an import");
            assertNotEquals(carol.id(), newCarol.id(), "the newcomer got the deleted client's number");

            StoreException gone = assertThrows(
                    StoreException.class, () -> window.updateClient(carol.id(), "Carol", "typed in the window"));
            assertEquals("client.gone", gone.key());
            assertEquals(
                    "from an import", window.client(newCarol.id()).orElseThrow().notes(), "nothing landed on her");
            Profile p = profile().weight(70).build();
            assertEquals(
                    "client.gone",
                    assertThrows(
                                    StoreException.class,
                                    () -> window.saveConsultation(
                                            carol.id(),
                                            LocalDate.of(2026, 1, 1),
                                            p,
                                            ConsultationStoreTest.advise(p),
                                            ""))
                            .key());
            assertEquals(
                    "client.gone",
                    assertThrows(StoreException.class, () -> window.deleteClient(carol.id()))
                            .key());
            assertEquals(0, window.consultationCount());
        }
    }

    @Test
    void recordsOfTheLastSchemaKeepEveryIdAndClientWhenIdsBecomeUnique() throws Exception {
        Path file = dir.resolve(ConsultationStore.FILE);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = db.createStatement()) {
            for (int v = 0; v < 2; v++) {
                for (String sql : Migrations.STEPS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = 2");
            s.execute("INSERT INTO client (id, name, notes, created) VALUES (7, 'Anna', 'knee', '2026-01-01'), "
                    + "(9, 'Jan', '', '2026-01-01')");
            Profile p = profile().weight(70).morningPain(4).build();
            s.execute("INSERT INTO consultation (id, client_id, taken_on, profile, advice, engine_version, notes, "
                    + "morning_pain) VALUES (12, 7, '2026-02-01', '"
                    + com.restwise.json.JsonFormat.compact(com.restwise.json.ProfileWriter.toJsonTree(p)) + "', '"
                    + com.restwise.json.AdviceWriter.toJson(ConsultationStoreTest.advise(p), false)
                            .replace("'", "''") + "', '2.0.0', 'first', 4)");
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals(
                    List.of(7L, 9L),
                    store.searchClients("").stream().map(Client::id).toList());
            Consultation k = store.consultations(7).get(0);
            assertEquals(12, k.id());
            assertEquals("first", k.notes());
            assertEquals("ok", store.integrityCheck());
            store.deleteClient(9);
            assertEquals(10, store.createClient("Eve", "").id(), "9 is never given again");
            assertEquals(0, store.consultations(10).size());
        }
        assertEquals(true, Files.exists(file));
    }
}
