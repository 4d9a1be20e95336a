package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import com.restwise.storage.StorageTexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsultationStoreTest {

    @TempDir
    Path dir;

    static Advice advise(Profile p) {
        return new Advisor().assess(p, CatalogReader.shipped(), 3, "en");
    }

    @Test
    void clientsAreCreatedFoundAsYouTypeEditedAndDeleted() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client anna = store.createClient("Anna Berger", "");
            store.createClient("Jan Novák", "knee surgery 2024");
            store.createClient("Hannah Annenberg", "");
            assertEquals(List.of("Anna Berger", "Hannah Annenberg"), store.searchClients("ann").stream().map(Client::name).toList());
            assertEquals(3, store.searchClients("").size());
            assertEquals(List.of("Jan Novák"), store.searchClients("nov").stream().map(Client::name).toList());
            assertTrue(store.searchClients("%").isEmpty(), "wildcards are searched for literally");
            store.updateClient(anna.id(), "Anna Berger-Wolf", "prefers mornings");
            assertEquals("prefers mornings", store.client(anna.id()).orElseThrow().notes());
            store.deleteClient(anna.id());
            assertTrue(store.client(anna.id()).isEmpty());
            assertThrows(StoreException.class, () -> store.createClient("  ", ""));
        }
    }

    @Test
    void consultationsKeepTheProfileAndTheAdviceAsComputedThen() throws Exception {
        Profile p = profile().weight(84).morningPain(6).signs(WarningSign.FEVER).build();
        Advice a = advise(p);
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient("Client", "");
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), p, a, "first visit");
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Consultation k = store.consultations(store.searchClients("Client").get(0).id()).get(0);
            assertEquals(p, k.profile());
            assertEquals(a, k.advice());
            assertEquals("first visit", k.notes());
            assertEquals(6, k.morningPain());
            assertEquals(Advisor.ENGINE_VERSION, k.engineVersion());
            assertEquals(LocalDate.of(2026, 9, 1), k.date());
        }
    }

    @Test
    void aNewConsultationStartsFromTheLastProfile() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient("C", "");
            Profile first = profile().weight(90).morningPain(7).build();
            Profile second = profile().weight(88).morningPain(4).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), first, advise(first), "");
            store.saveConsultation(c.id(), LocalDate.of(2026, 10, 1), second, advise(second), "");
            assertEquals(second, store.lastProfile(c.id()).orElseThrow());
            assertEquals(List.of(7, 4), store.consultations(c.id()).stream().map(Consultation::morningPain).toList());
        }
    }

    @Test
    void anUnansweredMorningPainStaysUnansweredBesideNotes() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient("C", "");
            Profile noPain = profile().weight(80).build();
            store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), noPain, advise(noPain), "first visit");
            // not 0: the card and the trend would read "0 to 0" for a question never answered
            assertEquals(null, store.consultations(c.id()).get(0).morningPain());
        }
    }

    @Test
    void oneConsultationIsCorrectedOrDeletedAndTheTrendFollows() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient("C", "");
            Profile first = profile().weight(90).morningPain(8).build();
            Profile second = profile().weight(88).morningPain(7).build();
            Profile third = profile().weight(88).morningPain(4).build();
            Consultation a = store.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), first, advise(first), "");
            Consultation b = store.saveConsultation(c.id(), LocalDate.of(2026, 10, 1), second, advise(second), "typo");
            store.saveConsultation(c.id(), LocalDate.of(2026, 11, 1), third, advise(third), "");

            store.updateConsultation(b.id(), LocalDate.of(2026, 8, 1), "seen before the first, recorded late");
            List<Consultation> now = store.consultations(c.id());
            assertEquals(List.of(b.id(), a.id()), now.stream().limit(2).map(Consultation::id).toList(),
                    "the corrected day moves it to its place in the history");
            assertEquals("seen before the first, recorded late", now.get(0).notes());
            assertEquals(second, now.get(0).profile(), "the answers stay as given");

            Profile corrected = profile().weight(88).morningPain(5).build();
            store.replaceConsultation(b.id(), LocalDate.of(2026, 8, 1), corrected, advise(corrected), "pain was 5");
            assertEquals(5, store.consultations(c.id()).get(0).morningPain(), "the pain column follows the answers");

            store.deleteConsultation(a.id());
            List<Consultation> left = store.consultations(c.id());
            assertEquals(2, left.size());
            assertEquals(new PainTrend.Change(5, 4, PainTrend.Verdict.UNCHANGED), new PainTrend(left).sinceFirst(),
                "without the visit at 8, the change since the first is 5 to 4");
            assertTrue(store.client(c.id()).isPresent(), "the client stays");
            StoreException gone = assertThrows(StoreException.class, () -> store.deleteConsultation(a.id()));
            assertEquals("consultation.gone", gone.key());
            assertThrows(StoreException.class, () -> store.updateConsultation(a.id(), LocalDate.now(), ""));
        }
    }

    @Test
    void deletingAClientDeletesTheirConsultations() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient("C", "");
            Profile p = profile().build();
            store.saveConsultation(c.id(), LocalDate.now(), p, advise(p), "");
            store.deleteClient(c.id());
            assertEquals(0, store.consultationCount(), "foreign keys are on");
        }
    }

    @Test
    void theSchemaHasAVersionAndTheFileIsForItsOwnerOnly() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals(Migrations.latest(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        ConsultationStore.open(dir).close();
        Path file = dir.resolve(ConsultationStore.FILE);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(dir));
        assertTrue(e.getMessage().contains("newer version of Restwise") && e.getMessage().contains("untouched"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aReadOnlyRecordsFileGivesAClearMessage() throws Exception {
        ConsultationStore.open(dir).close();
        Path file = dir.resolve(ConsultationStore.FILE);
        file.toFile().setWritable(false);
        try {
            if (!Files.isWritable(file)) {   // as root every file is writable; nothing to check then
                StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(dir));
                assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            }
        } finally {
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearMessage() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        StoreException e = assertThrows(StoreException.class, () -> ConsultationStore.open(blocker.resolve("data")));
        assertEquals("folder.blocked", StorageTexts.keyFor(e.getCause()));
        assertTrue(e.getMessage().startsWith("Restwise cannot create its records in " + blocker.resolve("data") + ". A file is in the way"), e.getMessage());
        assertTrue(e.message("de").contains("im Weg"), e.message("de"));
    }

    /** A full disk used to say "no transaction is active": the failed rollback hid the cause. */
    @Test
    void aFullDiskSaysSoInBothLanguagesAndKeepsWhatWasSaved() throws Exception {
        Profile p = profile().morningPain(5).build();
        try (ConsultationStore store = ConsultationStore.open(dir, 12)) {
            Client c = store.createClient("Anna", "");
            StoreException full = null;
            int saved = 0;
            for (int i = 0; i < 500 && full == null; i++) {
                try {
                    store.saveConsultation(c.id(), LocalDate.of(2026, 1, 1), p, advise(p), "x".repeat(2000));
                    saved++;
                } catch (StoreException e) {
                    full = e;
                }
            }
            assertTrue(full != null, "the database never filled up");
            assertEquals("The consultation could not be saved. The disk is full: " + store.file()
                    + " could not be written. Free some space and try again.", full.getMessage());
            assertTrue(full.message("de").startsWith("Die Beratung konnte nicht gespeichert werden. Der Datenträger ist voll"),
                    full.message("de"));
            assertEquals(saved, store.consultations(c.id()).size(), "every save that returned is kept");
            assertEquals("ok", store.integrityCheck());
        }
    }
}
