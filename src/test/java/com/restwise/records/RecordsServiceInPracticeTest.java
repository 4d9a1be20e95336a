package com.restwise.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.cli.PracticeForCommands;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeStore;
import com.restwise.records.practice.PracticeUnreachableException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's records service with the practice's records: client work goes to the practice
 * once connected, a shopper's saved results stay on this computer, and while the records are
 * locked client work fails rather than landing in this computer's records.
 */
class RecordsServiceInPracticeTest {

    private static final String PASSWORD = "a long practice password";

    @RegisterExtension
    static final PracticeForCommands DB = new PracticeForCommands();

    @TempDir
    Path dataDir;

    static String janaUrl;

    @BeforeAll
    static void practice() throws Exception {
        janaUrl = DB.url(DB.login("jana"));
        DB.therapists("Physio am Park", PASSWORD, "jana", "Jana Meier");
    }

    private OpenRecords asJana() throws StoreException {
        PracticeConnections db =
                PracticeConnections.open(PracticeAddress.parse(janaUrl), PASSWORD.toCharArray(), false);
        return OpenRecords.inThePractice(new PracticeStore(db), dataDir);
    }

    private static <T> T done(java.util.concurrent.CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void connectedClientWorkGoesToThePracticeAndLockedItGoesNowhere() throws Exception {
        Profile profile = new ProfileReader()
                .read(StrictJson.parse(
                        "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}"));
        Advice advice = new Advisor().assess(profile, CatalogReader.shipped(), Advisor.DEFAULT_TOP, "en");
        try (RecordsService service = RecordsService.in(dataDir)) {
            assertFalse(service.connected());
            assertEquals("", service.offers().where());
            ClientRecords.Offers offers = done(service.connect(this::asJana));
            assertEquals("Physio am Park: Jana Meier", offers.where());
            assertTrue(service.connected());
            assertTrue(offers.versions() && offers.sharing() && offers.roles());

            Client greta = done(service.createClient("Greta Grün", ""));
            done(service.saveConsultation(greta, LocalDate.of(2026, 11, 2), profile, advice, "first"));
            done(service.saveResult(java.time.LocalDateTime.of(2026, 11, 2, 9, 0), profile, advice));
            try (OpenRecords other = asJana()) {
                Client there = other.records().clientNamed("Greta Grün").orElseThrow();
                assertEquals(
                        List.of("first"),
                        other.records().consultations(there.id()).stream()
                                .map(Consultation::notes)
                                .toList());
            }

            done(service.lock());
            assertFalse(service.connected());
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    ExecutionException.class, () -> done(service.createClient("Hans Huber", "")));
            assertInstanceOf(PracticeUnreachableException.class, refused.getCause());
            assertEquals(1, done(service.savedResults()).size(), "a shopper's results stay on this computer");

            done(service.connect(this::asJana));
            assertEquals(1, done(service.search("Greta")).size(), "after the password, the practice's records again");
            done(service.disconnect());
            assertTrue(
                    done(service.search("Greta")).isEmpty(),
                    "this computer's records never got the practice's clients");
        }
    }

    @Test
    void thisComputersRecordsMoveInOnceAndASecondMoveAddsNothing() throws Exception {
        Profile profile = new ProfileReader()
                .read(StrictJson.parse(
                        "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":80},\"positions\":{\"BACK\":1}}"));
        Advice advice = new Advisor().assess(profile, CatalogReader.shipped(), Advisor.DEFAULT_TOP, "en");
        try (RecordsService service = RecordsService.in(dataDir)) {
            Client hans = done(service.createClient("Hans Huber", "knee"));
            done(service.saveConsultation(hans, LocalDate.of(2026, 10, 1), profile, advice, "first"));
            done(service.saveConsultation(hans, LocalDate.of(2026, 10, 15), profile, advice, "second"));
            done(service.connect(this::asJana));

            ImportResult first = done(service.moveToPractice(null));
            ClientTransfer.ImportSummary moved =
                    assertInstanceOf(ImportResult.Done.class, first).summary();
            assertEquals(1, moved.added());
            assertEquals(2, moved.consultationsSaved());
            int inPractice = moved.consultationsInRecords();

            ImportResult again = done(service.moveToPractice(null));
            assertEquals(
                    java.util.Set.of("Hans Huber"),
                    assertInstanceOf(ImportResult.Conflicts.class, again).names());
            ClientTransfer.ImportSummary twice = assertInstanceOf(
                            ImportResult.Done.class, done(service.moveToPractice(ClientTransfer.OnConflict.REPLACE)))
                    .summary();
            assertEquals(0, twice.consultationsSaved(), "the same consultations are recognised, not added again");
            assertEquals(inPractice, twice.consultationsInRecords());

            done(service.disconnect());
            assertEquals(2, done(service.consultations(hans.id())).size(), "this computer's records stay as they were");
        }
    }
}
