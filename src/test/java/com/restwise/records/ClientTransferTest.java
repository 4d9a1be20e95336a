package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.json.InvalidInputException;
import com.restwise.json.StrictJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientTransferTest {

    @TempDir
    Path here;
    @TempDir
    Path there;

    private static JsonObject withoutDate(JsonObject export) {
        JsonObject copy = export.deepCopy();
        copy.remove("exported");
        return copy;
    }

    @Test
    void exportThenImportRoundTripsAClientExactly() throws Exception {
        JsonObject exported;
        try (ConsultationStore store = ConsultationStore.open(here)) {
            Client c = store.createClient("Σοφία Петрова", "shoulder since spring");
            Profile p1 = profile().weight(61).morningPain(6).pain(PainArea.SHOULDER).build();
            Profile p2 = profile().weight(60).morningPain(3).pain(PainArea.SHOULDER).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), p1, ConsultationStoreTest.advise(p1), "start");
            store.saveConsultation(c.id(), LocalDate.of(2026, 10, 6), p2, ConsultationStoreTest.advise(p2), "better");
            exported = ClientTransfer.export(store, List.of(c));
        }
        String file = exported.toString();
        try (ConsultationStore store = ConsultationStore.open(there)) {
            List<ClientTransfer.ClientRecord> records = ClientTransfer.read(StrictJson.parse(file));
            assertEquals(1, ClientTransfer.importAll(store, records, ClientTransfer.OnConflict.SKIP));
            JsonObject again = ClientTransfer.export(store, store.searchClients(""));
            assertEquals(withoutDate(exported), withoutDate(again));
        }
    }

    @Test
    void aBadFileNamesEveryProblemAndChangesNothing() throws Exception {
        String bad = """
            {"restwiseExport":1,"clients":[
              {"name":"Ok","consultations":[{"date":"2026-01-01"}]},
              {"name":"","consultations":[{"date":"yesterday",
                 "profile":{"schemaVersion":1,"sleeper":{"weightKg":900},"positions":{"SIDE":1}},
                 "advice":{"schemaVersion":1}}]}]}""";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ClientTransfer.read(StrictJson.parse(bad)));
        List<String> p = e.problems();
        assertTrue(p.contains("clients[1].name: must not be empty"), p.toString());
        assertTrue(p.contains("clients[0].consultations[0].profile: is required"), p.toString());
        assertTrue(p.contains("clients[0].consultations[0].advice: is required"), p.toString());
        assertTrue(p.contains("clients[1].consultations[0].date: must be a date such as 2026-11-22 (got \"yesterday\")"));
        assertTrue(p.contains("clients[1].consultations[0].profile.sleeper.weightKg: must be between 30 and 300 (got 900)"));
        assertTrue(p.stream().anyMatch(s -> s.startsWith("clients[1].consultations[0].advice.engineVersion")), p.toString());
        try (ConsultationStore store = ConsultationStore.open(there)) {
            assertTrue(store.searchClients("").isEmpty(), "nothing was read in, so nothing can be saved");
        }
    }

    @Test
    void nothingIsOverwrittenWithoutBeingAsked() throws Exception {
        JsonObject exported;
        try (ConsultationStore store = ConsultationStore.open(here)) {
            Client c = store.createClient("Jan", "from here");
            Profile p = profile().morningPain(5).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), p, ConsultationStoreTest.advise(p), "");
            exported = ClientTransfer.export(store, List.of(c));
        }
        try (ConsultationStore store = ConsultationStore.open(there)) {
            store.createClient("jan", "already there");
            var records = ClientTransfer.read(StrictJson.parse(exported.toString()));
            assertEquals(Set.of("Jan"), ClientTransfer.conflicts(store, records));
            assertEquals(0, ClientTransfer.importAll(store, records, ClientTransfer.OnConflict.SKIP));
            assertEquals("already there", store.searchClients("jan").get(0).notes());
            ClientTransfer.importAll(store, records, ClientTransfer.OnConflict.KEEP_BOTH);
            assertEquals(2, store.searchClients("jan").size());
            ClientTransfer.importAll(store, records, ClientTransfer.OnConflict.REPLACE);
            assertEquals(1, store.searchClients("jan").size());
            assertEquals("from here", store.searchClients("jan").get(0).notes());
        }
    }
}
