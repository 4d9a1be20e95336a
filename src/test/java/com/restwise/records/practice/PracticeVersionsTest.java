package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.ConsultationStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A saved consultation is never overwritten, and no change is made on a stale version. */
class PracticeVersionsTest {

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @BeforeAll
    static void setUp() throws Exception {
        practice =
                Practice.initialised(DB).with("anna", "therapist", "Anna Adler").with("ben", "therapist", "Ben Berg");
    }

    @Test
    void aCorrectionIsANewVersionAndTheOriginalStaysReadable() throws Exception {
        Profile first = Visits.withPain(7);
        Profile fixed = Visits.withPain(5);
        try (PracticeStore anna = practice.store("anna");
                PracticeStore ben = practice.store("ben")) {
            Client c = anna.createClient("Carla Cruz", "");
            PracticeStore.Saved saved = anna.save(
                    c.id(), LocalDate.of(2026, 9, 1), first, Visits.advise(first), "original", UUID.randomUUID());
            int v2 = ben.correct(
                    saved.id(),
                    saved.version(),
                    LocalDate.of(2026, 9, 2),
                    fixed,
                    Visits.advise(fixed),
                    "corrected",
                    UUID.randomUUID());
            assertEquals(2, v2);
            PracticeStore.VersionedConsultation now = anna.read(c.id()).get(0);
            assertEquals("corrected", now.consultation().notes());
            assertEquals(5, now.consultation().morningPain());
            assertTrue(now.corrected());
            assertEquals(practice.login("ben"), now.correctedBy());
            assertEquals("Ben Berg", now.correctedByName(), "the person's name, as given at add-user");
            assertNotNull(now.correctedAt());
            // the client's page reads the same from the lines, without the documents
            com.restwise.records.ConsultationLine line =
                    anna.consultationLines(c.id()).get(0);
            assertEquals("Ben Berg", line.correctedBy(), "corrected on ... by Ben Berg, not by the login");
            assertEquals(now.correctedAt(), line.correctedAt());
            assertEquals(5, line.morningPain());
            assertEquals(Visits.advise(fixed).firmness().target(), line.firmnessTarget());
            assertEquals(Visits.advise(fixed).medical().level(), line.medical());
            assertEquals("corrected", line.notes());
            assertEquals(LocalDate.of(2026, 9, 2), line.date());
            List<PracticeStore.ConsultationVersion> versions = anna.versions(saved.id());
            assertEquals(
                    List.of("saved", "corrected"),
                    versions.stream()
                            .map(PracticeStore.ConsultationVersion::change)
                            .toList());
            assertEquals("original", versions.get(0).notes());
            assertEquals(first, versions.get(0).profile());
            assertEquals(LocalDate.of(2026, 9, 1), versions.get(0).date());
            assertEquals("Anna Adler", versions.get(0).savedByName());
            assertEquals("Ben Berg", versions.get(1).savedByName());
        }
    }

    @Test
    void aChangeMadeOnAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Profile p = Visits.withPain(4);
        try (PracticeStore anna = practice.store("anna");
                PracticeStore ben = practice.store("ben")) {
            Client c = anna.createClient("Stale Sam", "");
            PracticeStore.Saved saved =
                    anna.save(c.id(), LocalDate.of(2026, 9, 1), p, Visits.advise(p), "v1", UUID.randomUUID());
            ben.correct(saved.id(), 1, LocalDate.of(2026, 9, 1), p, Visits.advise(p), "ben's", UUID.randomUUID());
            StaleChangeException stale = assertThrows(
                    StaleChangeException.class,
                    () -> anna.correct(
                            saved.id(), 1, LocalDate.of(2026, 9, 1), p, Visits.advise(p), "anna's", UUID.randomUUID()));
            assertEquals(2, stale.currentVersion());
            assertTrue(stale.getMessage().contains("changed on another computer"), stale.getMessage());
            // Through the records interface the base is the version this store last showed.
            assertThrows(
                    StaleChangeException.class,
                    () -> anna.updateConsultation(saved.id(), LocalDate.of(2026, 9, 1), "after a stale read"));
            assertEquals("ben's", anna.read(c.id()).get(0).consultation().notes());
            anna.updateConsultation(saved.id(), LocalDate.of(2026, 9, 1), "after reading again");
            assertEquals(
                    "after reading again",
                    ben.read(c.id()).get(0).consultation().notes());
            int clientVersion = anna.clients().stream()
                    .filter(k -> k.client().id() == c.id())
                    .findFirst()
                    .orElseThrow()
                    .version();
            ben.changeClient(c.id(), clientVersion, "Samuel Stale", "");
            assertThrows(StaleChangeException.class, () -> anna.changeClient(c.id(), clientVersion, "Sam S.", ""));
        }
    }

    @Test
    void deletingHidesAConsultationWhoseVersionsStayReadable() throws Exception {
        Profile p = Visits.withPain(3);
        try (PracticeStore anna = practice.store("anna")) {
            Client c = anna.createClient("Hidden Hanna", "");
            PracticeStore.Saved saved =
                    anna.save(c.id(), LocalDate.of(2026, 8, 1), p, Visits.advise(p), "", UUID.randomUUID());
            anna.deleteConsultation(saved.id());
            assertTrue(anna.consultations(c.id()).isEmpty());
            assertEquals(
                    List.of("saved", "deleted"),
                    anna.versions(saved.id()).stream()
                            .map(PracticeStore.ConsultationVersion::change)
                            .toList());
            assertEquals(
                    "practice.gone",
                    assertThrows(PracticeException.class, () -> anna.forReport(saved.id()))
                            .key());
        }
    }

    @Test
    void movingAComputersRecordsTwiceAddsNothingAndAReplacedConsultationStaysReadable(@TempDir Path dir)
            throws Exception {
        Profile p = Visits.withPain(6);
        try (ConsultationStore laptop = ConsultationStore.open(dir);
                PracticeStore anna = practice.store("anna")) {
            Client here = laptop.createClient("Moved Mona", "from the laptop");
            laptop.saveConsultation(here.id(), LocalDate.of(2026, 6, 1), p, Visits.advise(p), "june");
            laptop.saveConsultation(here.id(), LocalDate.of(2026, 7, 1), p, Visits.advise(p), "july");
            PracticeTransfer.ImportSummary first = PracticeTransfer.move(laptop, anna, null, "this computer");
            assertEquals(1, first.added());
            assertEquals(2, first.consultationsSaved());
            PracticeTransfer.ImportSummary second =
                    PracticeTransfer.move(laptop, anna, OnConflict.REPLACE, "this computer");
            assertEquals(0, second.consultationsSaved(), "a second run adds nothing");
            assertEquals(2, second.consultationsAlreadyThere());
            assertEquals(0, second.consultationsHidden());

            long mona = anna.clientNamed("Moved Mona").orElseThrow().id();
            long june = anna.consultations(mona).get(0).id();
            laptop.deleteConsultation(laptop.consultations(here.id()).get(0).id());
            PracticeTransfer.ImportSummary replaced =
                    PracticeTransfer.move(laptop, anna, OnConflict.REPLACE, "this computer");
            assertEquals(1, replaced.consultationsHidden());
            assertEquals(
                    List.of("july"),
                    anna.consultations(mona).stream().map(k -> k.notes()).toList());
            assertEquals(
                    List.of("imported", "replaced by an import"),
                    anna.versions(june).stream()
                            .map(PracticeStore.ConsultationVersion::change)
                            .toList());
            assertEquals("june", anna.versions(june).get(1).notes(), "the replaced consultation stays readable");
        }
    }

    @Test
    void aSaveRepeatedWithItsRequestIdIsNotSavedTwice() throws Exception {
        Profile p = Visits.withPain(2);
        UUID request = UUID.randomUUID();
        try (PracticeStore anna = practice.store("anna")) {
            Client c = anna.createClient("Retry Rolf", "");
            PracticeStore.Saved first = anna.save(c.id(), LocalDate.of(2026, 8, 1), p, Visits.advise(p), "", request);
            PracticeStore.Saved again = anna.save(c.id(), LocalDate.of(2026, 8, 1), p, Visits.advise(p), "", request);
            assertFalse(first.repeated());
            assertTrue(again.repeated());
            assertEquals(first.id(), again.id());
            assertEquals(1, anna.consultations(c.id()).size());
        }
    }
}
