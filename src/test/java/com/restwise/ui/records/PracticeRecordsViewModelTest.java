package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.cli.PracticeForCommands;
import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import com.restwise.records.Client;
import com.restwise.records.Consultation;
import com.restwise.records.OpenRecords;
import com.restwise.records.RecordsService;
import com.restwise.records.StoreException;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeStore;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records screen's model on the practice's records: a correction made on a version another
 * room changed meanwhile saves nothing until the therapist has seen both versions and chosen; a
 * corrected consultation says by whom; two clients of one name say who created each.
 */
@ExtendWith(JavaFxToolkit.class)
class PracticeRecordsViewModelTest {

    private static final String PASSWORD = "a long practice password";

    @RegisterExtension
    static final PracticeForCommands DB = new PracticeForCommands();

    static String url;

    @TempDir
    Path dataDir;

    private final Notice notice = new Notice((delay, action) -> () -> {});

    {
        notice.translate(new I18n("en"));
    }

    @BeforeAll
    static void practice() throws Exception {
        DB.therapists("Physio am Park", PASSWORD, "jana", "Jana Meier");
        url = DB.url(DB.login("jana"));
    }

    private static PracticeStore store() throws StoreException {
        return new PracticeStore(PracticeConnections.open(PracticeAddress.parse(url), PASSWORD.toCharArray(), false));
    }

    private record Asked(LocalDate myDate, String myNotes, Consultation other) {}

    private List<Asked> asked = new ArrayList<>();

    private boolean correctAfterAnotherRoom(RecordsViewModel.StaleChoice choice, String client) throws Exception {
        Profile p = new ProfileReader()
                .read(StrictJson.parse(
                        "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":70},\"positions\":{\"SIDE\":1}}"));
        Advice advice = new Advisor().assess(p, CatalogReader.shipped(), Advisor.DEFAULT_TOP, "en");
        try (RecordsService records = RecordsService.in(dataDir);
                PracticeStore otherRoom = store()) {
            records.connect(() -> OpenRecords.inThePractice(store(), dataDir)).get(30, TimeUnit.SECONDS);
            Client c = records.createClient(client, "").get(30, TimeUnit.SECONDS);
            records.saveConsultation(c, LocalDate.of(2026, 11, 2), p, advice, "first")
                    .get(30, TimeUnit.SECONDS);
            Consultation mine =
                    records.consultations(c.id()).get(30, TimeUnit.SECONDS).get(0);
            otherRoom.read(c.id());
            otherRoom.updateConsultation(mine.id(), mine.date(), "the other room's words");

            RecordsViewModel vm = JavaFxToolkit.call(
                    () -> new RecordsViewModel(new I18n("en"), records, notice, UiWork.onFx(Runnable::run)));
            CompletableFuture<Boolean> done = JavaFxToolkit.call(
                    () -> vm.editConsultation(mine, LocalDate.of(2026, 11, 3), "my words", (d, n, other) -> {
                        asked.add(new Asked(d, n, other));
                        return Optional.of(choice);
                    }));
            boolean saved = done.get(30, TimeUnit.SECONDS);
            JavaFxToolkit.run(() -> vm.open(c));
            JavaFxToolkit.waitUntil("the page", () -> vm.page().get() != null);
            corrected = vm.page().get().corrections().get(mine.id());
            List<PracticeStore.ConsultationVersion> versions = otherRoom.versions(mine.id());
            last = versions.get(versions.size() - 1).notes();
            count = versions.size();
            return saved;
        }
    }

    private String last;
    private com.restwise.records.OpenRecords.Correction corrected;
    private int count;

    @Test
    void keepingMineSavesItAsTheNewestVersionAfterShowingBoth() throws Exception {
        assertTrue(correctAfterAnotherRoom(RecordsViewModel.StaleChoice.KEEP_MINE, "Greta Grün"));
        assertEquals(1, asked.size(), "asked once, with both versions");
        assertEquals("my words", asked.get(0).myNotes());
        assertEquals("the other room's words", asked.get(0).other().notes());
        assertEquals("my words", last);
        assertEquals(3, count, "the first, the other room's and mine: nothing overwritten");
        assertEquals("Jana Meier", corrected.by(), "the page says who corrected it, by the name given at add-user");
    }

    @Test
    void takingTheOtherSavesNothingOfMine() throws Exception {
        assertEquals(false, correctAfterAnotherRoom(RecordsViewModel.StaleChoice.TAKE_OTHER, "Hans Huber"));
        assertEquals("the other room's words", last);
        assertEquals(2, count);
    }

    @Test
    void twoClientsOfOneNameSayWhoCreatedEachAndNewClientOffersThem() throws Exception {
        try (RecordsService records = RecordsService.in(dataDir)) {
            records.connect(() -> OpenRecords.inThePractice(store(), dataDir)).get(30, TimeUnit.SECONDS);
            Client first = records.createClient("Lena Roth", "").get(30, TimeUnit.SECONDS);
            Client second = records.createClient("Lena Roth", "").get(30, TimeUnit.SECONDS);
            RecordsViewModel vm = JavaFxToolkit.call(
                    () -> new RecordsViewModel(new I18n("en"), records, notice, UiWork.onFx(Runnable::run)));
            JavaFxToolkit.run(vm::load);
            JavaFxToolkit.waitUntil("who created each", () -> vm.origins().size() >= 2 && vm.settled());
            assertEquals(
                    "Jana Meier",
                    JavaFxToolkit.call(() -> vm.origins().get(first.id()).by()));
            assertTrue(JavaFxToolkit.call(() -> vm.origins().containsKey(second.id())));
            assertEquals(List.of(first.id(), second.id()), JavaFxToolkit.call(() -> vm.sameName("lena roth").stream()
                    .map(Client::id)
                    .sorted()
                    .toList()));
            assertTrue(vm.namesMayRepeat(), "in a practice a second person of the name may be added");
        }
    }
}
