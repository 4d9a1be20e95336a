package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.records.ClientTransfer.OnConflict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What any client records keep, on this computer or in the practice database: clients,
 * consultations, follow-ups, the trend, export and import with each conflict choice, names and
 * limits. Each store runs it through a subclass; a test gets records of its own, empty.
 */
public abstract class RecordsContract {

    @TempDir
    protected Path files;

    /** Empty records, for this test alone. */
    protected abstract ClientRecords fresh() throws Exception;

    /** Writes every client of the records to the file, plain. */
    protected abstract void export(ClientRecords records, Path file) throws Exception;

    /** Imports the file; a null choice refuses a file with conflicts ({@link TransferException.Kind#CONFLICTS}). */
    protected abstract void importFile(ClientRecords records, Path file, OnConflict choice) throws Exception;

    /** The key of the failure for a consultation that is no longer there. */
    protected abstract String goneKey();

    static Advice advise(Profile p) {
        return ConsultationStoreTest.advise(p);
    }

    static Client clientWithVisits(ClientRecords records, String name, String notes, int visits) throws Exception {
        Client c = records.createClient(name, notes);
        for (int i = 0; i < visits; i++) {
            Profile p = profile()
                    .weight(60 + i % 40)
                    .morningPain(i % 11)
                    .pain(PainArea.LOWER_BACK)
                    .build();
            records.saveConsultation(c.id(), LocalDate.of(2026, 1, 1).plusDays(i), p, advise(p), "visit " + i);
        }
        return c;
    }

    /** Every client's name with its notes and consultations: what a user would compare (a name twice: both, sorted). */
    static Map<String, String> contents(ClientRecords records) throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (Client c : records.searchClients("")) {
            StringBuilder b = new StringBuilder(c.notes());
            for (Consultation k : records.consultations(c.id())) {
                b.append('|')
                        .append(k.date())
                        .append(' ')
                        .append(k.notes())
                        .append(' ')
                        .append(k.morningPain());
            }
            all.merge(c.name(), b.toString(), (x, y) -> x.compareTo(y) < 0 ? x + " & " + y : y + " & " + x);
        }
        return all;
    }

    @Test
    void clientsAreCreatedFoundAsYouTypeEditedAndDeleted() throws Exception {
        try (ClientRecords store = fresh()) {
            Client anna = store.createClient("Anna Berger", "");
            store.createClient("Jan Novák", "knee surgery 2024");
            store.createClient("Hannah Annenberg", "");
            assertEquals(
                    List.of("Anna Berger", "Hannah Annenberg"),
                    store.searchClients("ann").stream().map(Client::name).toList());
            assertEquals(3, store.searchClients("").size());
            assertEquals(
                    List.of("Jan Novák"),
                    store.searchClients("nov").stream().map(Client::name).toList());
            assertTrue(store.searchClients("%").isEmpty(), "wildcards are searched for literally");
            store.updateClient(anna.id(), "Anna Berger-Wolf", "prefers mornings");
            assertEquals(
                    "prefers mornings", store.client(anna.id()).orElseThrow().notes());
            assertEquals(
                    "Anna Berger-Wolf",
                    store.clientNamed("anna berger-wolf").orElseThrow().name());
            store.deleteClient(anna.id());
            assertTrue(store.client(anna.id()).isEmpty());
            assertThrows(StoreException.class, () -> store.createClient("  ", ""));
        }
    }

    @Test
    void namesWithControlCharactersOrOverTheLimitAreRefused() throws Exception {
        try (ClientRecords store = fresh()) {
            assertEquals(
                    "client.bad-name",
                    assertThrows(StoreException.class, () -> store.createClient("Eve\u001b[2J", ""))
                            .key());
            assertEquals(
                    "client.bad-name",
                    assertThrows(
                                    StoreException.class,
                                    () -> store.createClient("x".repeat(ClientName.MAX_NAME + 1), ""))
                            .key());
            assertEquals(
                    "x".repeat(ClientName.MAX_NAME),
                    store.createClient("x".repeat(ClientName.MAX_NAME), "").name());
            assertEquals("Zoë", store.createClient("  Zoe\u0308 ", "").name(), "stored composed, without the spaces");
            assertEquals(2, store.clientCount());
        }
    }

    @Test
    void consultationsKeepTheProfileAndTheAdviceAsComputedThen() throws Exception {
        Profile p = profile().weight(84).morningPain(6).signs(WarningSign.FEVER).build();
        Advice a = advise(p);
        try (ClientRecords store = fresh()) {
            Client c = store.createClient("Client", "");
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), p, a, "first visit");
            Consultation k = store.consultations(
                            store.searchClients("Client").get(0).id())
                    .get(0);
            assertEquals(p, k.profile());
            assertEquals(a, k.advice());
            assertEquals("first visit", k.notes());
            assertEquals(6, k.morningPain());
            assertEquals(Advisor.ENGINE_VERSION, k.engineVersion());
            assertEquals(LocalDate.of(2026, 9, 1), k.date());
        }
    }

    @Test
    void aFollowUpStartsFromTheLastProfileAndTheListCountsTheVisits() throws Exception {
        try (ClientRecords store = fresh()) {
            Client c = store.createClient("C", "");
            Profile first = profile().weight(90).morningPain(7).build();
            Profile second = profile().weight(88).morningPain(4).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), first, advise(first), "");
            store.saveConsultation(c.id(), LocalDate.of(2026, 10, 1), second, advise(second), "");
            assertEquals(second, store.lastProfile(c.id()).orElseThrow());
            assertEquals(
                    List.of(7, 4),
                    store.consultations(c.id()).stream()
                            .map(Consultation::morningPain)
                            .toList());
            ConsultationStore.ClientSummary summary = store.clientSummaries().get(0);
            assertEquals(2, summary.consultations());
            assertEquals(LocalDate.of(2026, 10, 1), summary.lastConsultation());
            assertEquals(
                    new PainTrend.Change(7, 4, PainTrend.Verdict.IMPROVED),
                    new PainTrend(store.consultations(c.id())).sinceFirst());
        }
    }

    @Test
    void anUnansweredMorningPainStaysUnansweredBesideNotes() throws Exception {
        try (ClientRecords store = fresh()) {
            Client c = store.createClient("C", "");
            Profile noPain = profile().weight(80).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), noPain, advise(noPain), "first visit");
            // not 0: the card and the trend would read "0 to 0" for a question never answered
            assertNull(store.consultations(c.id()).get(0).morningPain());
        }
    }

    @Test
    void oneConsultationIsCorrectedOrDeletedAndTheTrendFollows() throws Exception {
        try (ClientRecords store = fresh()) {
            Client c = store.createClient("C", "");
            Profile first = profile().weight(90).morningPain(8).build();
            Profile second = profile().weight(88).morningPain(7).build();
            Profile third = profile().weight(88).morningPain(4).build();
            Consultation a = store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), first, advise(first), "");
            Consultation b = store.saveConsultation(c.id(), LocalDate.of(2026, 10, 1), second, advise(second), "typo");
            store.saveConsultation(c.id(), LocalDate.of(2026, 11, 1), third, advise(third), "");

            store.updateConsultation(b.id(), LocalDate.of(2026, 8, 1), "seen before the first, recorded late");
            List<Consultation> now = store.consultations(c.id());
            assertEquals(
                    List.of(b.id(), a.id()),
                    now.stream().limit(2).map(Consultation::id).toList(),
                    "the corrected day moves it to its place in the history");
            assertEquals("seen before the first, recorded late", now.get(0).notes());
            assertEquals(second, now.get(0).profile(), "the answers stay as given");

            Profile corrected = profile().weight(88).morningPain(5).build();
            store.replaceConsultation(b.id(), LocalDate.of(2026, 8, 1), corrected, advise(corrected), "pain was 5");
            assertEquals(5, store.consultations(c.id()).get(0).morningPain(), "the pain column follows the answers");

            store.deleteConsultation(a.id());
            List<Consultation> left = store.consultations(c.id());
            assertEquals(2, left.size());
            assertEquals(
                    new PainTrend.Change(5, 4, PainTrend.Verdict.UNCHANGED),
                    new PainTrend(left).sinceFirst(),
                    "without the visit at 8, the change since the first is 5 to 4");
            assertTrue(store.client(c.id()).isPresent(), "the client stays");
            StoreException gone = assertThrows(StoreException.class, () -> store.deleteConsultation(a.id()));
            assertEquals(goneKey(), gone.key());
            assertThrows(StoreException.class, () -> store.updateConsultation(a.id(), LocalDate.now(), ""));
        }
    }

    @Test
    void deletingAClientTakesTheirConsultationsOutOfTheRecords() throws Exception {
        try (ClientRecords store = fresh()) {
            Client c = store.createClient("C", "");
            Profile p = profile().build();
            store.saveConsultation(c.id(), LocalDate.now(), p, advise(p), "");
            store.deleteClient(c.id());
            assertTrue(store.consultations(c.id()).isEmpty());
            assertEquals(0, store.consultationCount());
            assertEquals(0, store.clientCount());
        }
    }

    @Test
    void anImportedConsultationWhoseAdviceWasMilderThanTodaysScreenKeepsTodaysScreen() throws Exception {
        Profile numb = profile().weight(70).signs(WarningSign.SADDLE_NUMBNESS).build();
        Profile calm = profile().weight(70).build();
        // an older Restwise stored saddle numbness at SOON; today's screen says URGENT
        com.google.gson.JsonObject mild = com.restwise.json.StrictJson.parse(
                        com.restwise.json.AdviceWriter.toJson(advise(numb), false))
                .getAsJsonObject();
        mild.addProperty("engineVersion", "1.4.0");
        mild.getAsJsonObject("medical").addProperty("level", "SOON");
        mild.getAsJsonObject("medical").add("flags", new com.google.gson.JsonArray());
        Path file = Files.writeString(
                files.resolve("old.json"),
                "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Carol\",\"consultations\":["
                        + "{\"date\":\"2026-01-02\",\"profile\":" + com.restwise.json.ProfileWriter.toJsonTree(calm)
                        + ",\"advice\":" + com.restwise.json.AdviceWriter.toJson(advise(calm), false)
                        + ",\"notes\":\"\"},{\"date\":\"2026-01-03\",\"profile\":"
                        + com.restwise.json.ProfileWriter.toJsonTree(numb) + ",\"advice\":" + mild
                        + ",\"notes\":\"\"}]}]}");
        try (ClientRecords records = fresh()) {
            importFile(records, file, null);
            long carol = records.searchClients("Carol").get(0).id();
            List<Consultation> whole = records.consultations(carol);
            assertNull(whole.get(0).todaysScreen(), "the calm visit's advice is as pressing as today's screen");
            assertEquals(
                    com.restwise.engine.advice.MedicalLevel.URGENT,
                    whole.get(1).todaysScreen(),
                    "today's screen stays with the imported consultation");
            assertEquals(
                    com.restwise.engine.advice.MedicalLevel.SOON,
                    whole.get(1).advice().medical().level(),
                    "the advice as it was given");
            List<ConsultationLine> lines = records.consultationLines(carol);
            assertEquals(
                    com.restwise.engine.advice.MedicalLevel.URGENT, lines.get(1).todaysScreen());
            assertEquals(
                    com.restwise.engine.advice.MedicalLevel.SOON, lines.get(1).medical());
            assertEquals(
                    com.restwise.engine.advice.MedicalLevel.URGENT,
                    records.consultation(carol, whole.get(1).id()).todaysScreen(),
                    "and when it is opened");

            // answers corrected in the wizard: the advice is today's, and today's screen goes
            records.replaceConsultation(whole.get(1).id(), whole.get(1).date(), numb, advise(numb), "re-assessed");
            assertNull(records.consultations(carol).get(1).todaysScreen());
        }
    }

    @Test
    void exportThenImportRoundTripsEveryClientExactly() throws Exception {
        Path file = files.resolve("all.json");
        Map<String, String> before;
        try (ClientRecords here = fresh()) {
            clientWithVisits(here, "Anna Berger", "prefers mornings", 3);
            clientWithVisits(here, "Jan Novák", "", 0);
            clientWithVisits(here, "Zoë \"Z\" Ünal", "line one\nline two", 2);
            before = contents(here);
            export(here, file);
        }
        try (ClientRecords there = fresh()) {
            importFile(there, file, null);
            assertEquals(before, contents(there));
            assertEquals(5, there.consultationCount());
        }
    }

    @Test
    void eachConflictChoiceDoesWhatItSays() throws Exception {
        Path file = files.resolve("theirs.json");
        try (ClientRecords theirs = fresh()) {
            clientWithVisits(theirs, "Anna Berger", "theirs", 2);
            clientWithVisits(theirs, "Carol", "new Carol", 1);
            export(theirs, file);
        }
        try (ClientRecords mine = fresh()) {
            clientWithVisits(mine, "anna berger", "mine", 1);
            clientWithVisits(mine, "Bob", "old Bob", 1);
            TransferException ask = assertThrows(TransferException.class, () -> importFile(mine, file, null));
            assertEquals(TransferException.Kind.CONFLICTS, ask.kind());
            assertEquals(List.of("Anna Berger"), ask.problems());
            assertEquals(
                    Map.of("anna berger", "mine|2026-01-01 visit 0 0", "Bob", "old Bob|2026-01-01 visit 0 0"),
                    contents(mine),
                    "asking changed nothing");

            importFile(mine, file, OnConflict.SKIP);
            assertEquals("mine|2026-01-01 visit 0 0", contents(mine).get("anna berger"));
            assertEquals("new Carol|2026-01-01 visit 0 0", contents(mine).get("Carol"));
            importFile(mine, file, OnConflict.SKIP);
            assertEquals(3, mine.clientCount(), "a second run with skip adds nothing");
            assertEquals(3, mine.consultationCount());

            importFile(mine, file, OnConflict.REPLACE);
            Map<String, String> replaced = contents(mine);
            assertEquals("theirs|2026-01-01 visit 0 0|2026-01-02 visit 1 1", replaced.get("Anna Berger"));
            assertEquals("old Bob|2026-01-01 visit 0 0", replaced.get("Bob"), "a client the file does not name stays");
            assertEquals(3, mine.clientCount());

            importFile(mine, file, OnConflict.KEEP_BOTH);
            long annas = mine.searchClients("").stream()
                    .filter(c -> ClientName.identity(c.name()).startsWith("anna berger"))
                    .count();
            assertEquals(2, annas, "keep both keeps both");
        }
    }

    @Test
    void aHostileFileIsRefusedAndChangesNothing() throws Exception {
        Path file = files.resolve("hostile.json");
        Files.writeString(
                file, "{\"restwiseExport\":1,\"clients\":[{\"name\":\"Eve\\u001b[2J\",\"consultations\":[]}]}");
        try (ClientRecords store = fresh()) {
            clientWithVisits(store, "Mine", "", 1);
            Map<String, String> before = contents(store);
            TransferException e =
                    assertThrows(TransferException.class, () -> importFile(store, file, OnConflict.REPLACE));
            assertEquals(TransferException.Kind.INVALID, e.kind());
            assertTrue(
                    e.problems().get(0).contains("control character"),
                    e.problems().toString());
            assertEquals(before, contents(store));
        }
    }
}
