package com.restwise.ui.saved;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.records.SavedResult;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ManualDelay;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "My saved results" without its controls: listing, choosing two, comparing, deleting, failing. */
class SavedResultsViewModelTest {

    @TempDir
    Path dataDir;

    private final Notice notice = new Notice((delay, action) -> () -> {});
    private RecordsService records;
    private SavedResultsViewModel vm;

    private void open(Path dir, String lang) {
        records = new RecordsService(() -> ConsultationStore.open(dir), RecordsService.Disk.FAST);
        notice.translate(new I18n(lang)); // as the app's navigator does
        vm = new SavedResultsViewModel(
                new I18n(lang), records, notice, new UiWork(Runnable::run, Runnable::run, new ManualDelay()));
    }

    @AfterEach
    void close() {
        if (records != null) {
            records.close();
        }
    }

    private SavedResult save(int day, double kg, int pain) throws Exception {
        Profile p = profile().weight(kg).morningPain(pain).build();
        return records.saveResult(
                        LocalDateTime.of(2026, 11, day, 9, 30),
                        p,
                        new Advisor().assess(p, CatalogReader.shipped(), 3, "en"))
                .get(10, TimeUnit.SECONDS);
    }

    private void load() throws Exception {
        assertTrue(vm.load().get(10, TimeUnit.SECONDS), notice.get());
    }

    @Test
    void listsNewestFirstAndComparesTheTwoChosenEarlierOnTheLeft() throws Exception {
        open(dataDir, "en");
        SavedResult first = save(2, 95, 7);
        SavedResult second = save(16, 90, 5);
        SavedResult third = save(30, 86, 3);
        load();
        assertEquals(
                List.of(third.id(), second.id(), first.id()),
                vm.results().stream().map(SavedResult::id).toList());
        assertFalse(vm.canCompare().get(), "nothing chosen yet");

        vm.choose(vm.results().get(2), true); // first
        vm.choose(vm.results().get(0), true); // third
        vm.choose(vm.results().get(1), true); // second: lets go of the first chosen
        assertEquals(
                List.of(third.id(), second.id()),
                vm.chosen().stream().map(SavedResult::id).toList(),
                "the two last chosen");
        assertTrue(vm.canCompare().get());

        vm.compare();
        ResultComparison shown = assertInstanceOf(
                        SavedResultsViewModel.Compared.class, vm.page().get())
                .comparison();
        assertEquals(second.id(), shown.earlier().id(), "the earlier result on the left, whatever the order chosen");
        assertEquals(third.id(), shown.later().id());
        assertTrue(
                shown.changes().contains("Pain on waking: 5, then 3 (-2)."),
                shown.changes().toString());
        assertTrue(
                shown.changes().contains("Weight: 90 kg, then 86 kg."),
                shown.changes().toString());

        vm.choose(vm.results().get(0), false);
        assertFalse(vm.canCompare().get(), "one chosen is not enough");
    }

    @Test
    void deletingOneRemovesItFromTheListTheChoiceAndTheRecords() throws Exception {
        open(dataDir, "de");
        SavedResult kept = save(2, 80, 4);
        SavedResult gone = save(3, 81, 6);
        load();
        vm.choose(vm.results().get(0), true);
        vm.open(vm.results().get(0));
        assertTrue(vm.delete(gone).get(10, TimeUnit.SECONDS));
        assertEquals(
                List.of(kept.id()), vm.results().stream().map(SavedResult::id).toList());
        assertTrue(vm.chosen().isEmpty(), "a deleted result is no longer chosen");
        assertInstanceOf(
                SavedResultsViewModel.Listing.class,
                vm.page().get(),
                "back to the list after deleting the result that was open");
        assertEquals("Das am 03.11.2026, 09:30 Uhr gespeicherte Ergebnis wurde gelöscht.", notice.get());
        assertEquals(
                List.of(kept.id()),
                records.savedResults().get(10, TimeUnit.SECONDS).stream()
                        .map(SavedResult::id)
                        .toList(),
                "gone from the records too");
    }

    @Test
    void recordsThatCannotBeOpenedSaySoAndTheListStaysEmpty() throws Exception {
        Path blocked = Files.writeString(dataDir.resolve("blocked"), "a file where the folder should be");
        open(blocked, "en");
        assertFalse(vm.load().get(10, TimeUnit.SECONDS));
        assertTrue(notice.get().startsWith("Restwise cannot create its records in"), notice.get());
        assertFalse(vm.loaded(), "not loaded: the screen must not claim there are none");
    }
}
