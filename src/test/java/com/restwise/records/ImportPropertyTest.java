package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceWriter;
import com.restwise.json.JsonFormat;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.records.ClientTransfer.OnConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random client sets imported with every conflict choice (a seeded loop, so a failure names
 * its seed and repeats): no client outside the conflicts changes, and the summary counts what
 * the store really holds.
 */
class ImportPropertyTest {

    private static final List<String> NAMES = List.of(
            "Anna",
            "anna",
            "ANNA",
            "Anna (2)",
            "Bob",
            "bob",
            "Carol",
            "Dave",
            "Émile",
            "E\u0301mile",
            "Zoë",
            "Anna Berger",
            "anna berger");

    @TempDir
    Path tmp;

    private final Profile profile = profile().morningPain(4).build();
    private final String profileJson = JsonFormat.compact(ProfileWriter.toJsonTree(profile));
    private final String adviceJson = AdviceWriter.toJson(ConsultationStoreTest.advise(profile), false);

    /** A client as a user sees it: id (unchanged means never deleted), name, notes, consultations. */
    record Seen(long id, String name, String notes, List<String> consultations) {
        String content() {
            return notes + consultations;
        }
    }

    record Wanted(String name, String notes, List<String> consultations) {
        String content() {
            return notes + consultations;
        }
    }

    private static List<Seen> seen(ConsultationStore store) throws Exception {
        List<Seen> all = new ArrayList<>();
        for (Client c : store.searchClients("")) {
            List<String> visits = new ArrayList<>();
            for (Consultation k : store.consultations(c.id())) {
                visits.add(k.date() + " " + k.notes());
            }
            all.add(new Seen(c.id(), c.name(), c.notes(), visits));
        }
        return all;
    }

    private static List<Wanted> randomClients(Random random, String tag) {
        List<Wanted> list = new ArrayList<>();
        int n = random.nextInt(6);
        Set<String> named = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            if (!named.add(ClientName.identity(name))) {
                continue; // one name twice in one file, or in one store, is refused
            }
            List<String> visits = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                visits.add(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)) + " " + tag + i + "." + k);
            }
            visits.sort(null);
            list.add(new Wanted(name, tag + " notes " + i, visits));
        }
        return list;
    }

    private Path exportFile(List<Wanted> clients, int seed) throws Exception {
        JsonArray array = new JsonArray();
        for (Wanted w : clients) {
            JsonObject c = new JsonObject();
            c.addProperty("name", w.name());
            c.addProperty("notes", w.notes());
            JsonArray visits = new JsonArray();
            for (String v : w.consultations()) {
                JsonObject k = new JsonObject();
                k.addProperty("date", v.substring(0, 10));
                k.add("profile", StrictJson.parse(profileJson));
                k.add("advice", StrictJson.parse(adviceJson));
                k.addProperty("notes", v.substring(11));
                visits.add(k);
            }
            c.add("consultations", visits);
            array.add(c);
        }
        JsonObject doc = new JsonObject();
        doc.addProperty("restwiseExport", 1);
        doc.add("clients", array);
        return Files.writeString(tmp.resolve("file-" + seed + ".json"), JsonFormat.pretty(doc));
    }

    private void fill(ConsultationStore store, List<Wanted> clients) throws Exception {
        for (Wanted w : clients) {
            Client c = store.createClient(w.name(), w.notes());
            for (String v : w.consultations()) {
                store.saveConsultation(
                        c.id(),
                        LocalDate.parse(v.substring(0, 10)),
                        profile,
                        ConsultationStoreTest.advise(profile),
                        v.substring(11));
            }
        }
    }

    @Test
    void noClientOutsideTheConflictsChangesWhateverTheChoice() throws Exception {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            List<Wanted> mine = randomClients(random, "mine");
            List<Wanted> theirs = randomClients(random, "theirs");
            Path file = exportFile(theirs, seed);
            Set<String> fileIdentities = new HashSet<>();
            theirs.forEach(w -> fileIdentities.add(ClientName.identity(w.name())));
            for (OnConflict choice : OnConflict.values()) {
                String where = "seed " + seed + ", " + choice + ", mine " + mine + ", theirs " + theirs;
                try (ConsultationStore store = ConsultationStore.open(tmp.resolve(seed + "-" + choice))) {
                    fill(store, mine);
                    List<Seen> before = seen(store);
                    Set<String> existingIdentities = new HashSet<>();
                    before.forEach(s -> existingIdentities.add(ClientName.identity(s.name())));
                    ClientTransfer.ImportSummary summary = ClientTransfer.importFile(store, file, null, choice);
                    List<Seen> after = seen(store);
                    assertEquals(after.size(), summary.clientsInRecords(), where);
                    assertEquals(store.consultationCount(), summary.consultationsInRecords(), where);

                    // 1. Every client of mine whose identity is not in the file is there, untouched.
                    for (Seen s : before) {
                        if (!fileIdentities.contains(ClientName.identity(s.name()))) {
                            assertTrue(after.contains(s), "unrelated client changed: " + s + "; " + where);
                        }
                    }
                    // 2. Every client of theirs without a conflict arrived whole, under its own name.
                    Map<String, Integer> arrived = new HashMap<>();
                    for (Seen s : after) {
                        arrived.merge(s.content(), 1, Integer::sum);
                    }
                    int conflicting = 0;
                    for (Wanted w : theirs) {
                        boolean conflict = existingIdentities.contains(ClientName.identity(w.name()));
                        conflicting += conflict ? 1 : 0;
                        if (!conflict || choice != OnConflict.SKIP) {
                            assertTrue(arrived.getOrDefault(w.content(), 0) > 0, "lost " + w + "; " + where);
                        }
                        boolean renamedApart = summary.renamed().stream()
                                .anyMatch(r -> r.startsWith(ClientName.clean(w.name()) + " -> "));
                        if (!conflict && !renamedApart) {
                            assertTrue(
                                    after.stream()
                                            .anyMatch(s -> s.name().equals(ClientName.clean(w.name()))
                                                    && s.content().equals(w.content())),
                                    "renamed without conflict " + w + "; " + where);
                        }
                    }
                    // 3. Never two clients of one name.
                    assertEquals(
                            after.size(),
                            after.stream()
                                    .map(x -> ClientName.identity(x.name()))
                                    .distinct()
                                    .count(),
                            "two clients of one name; " + where);
                    // 4. The choice itself.
                    switch (choice) {
                        case SKIP -> {
                            assertTrue(after.containsAll(before), where);
                            assertEquals(before.size() + theirs.size() - conflicting, after.size(), where);
                        }
                        case KEEP_BOTH -> {
                            assertTrue(after.containsAll(before), where);
                            assertEquals(before.size() + theirs.size(), after.size(), where);
                            assertTrue(summary.keptBoth() >= conflicting, where);
                            assertEquals(summary.renamed().size(), summary.keptBoth(), where);
                        }
                        case REPLACE -> {
                            long kept = before.stream().filter(after::contains).count();
                            assertEquals(
                                    before.size() - summary.replaced(), kept, "only the named clients go; " + where);
                            assertEquals(before.size() - summary.replaced() + theirs.size(), after.size(), where);
                        }
                    }
                }
            }
        }
    }
}
