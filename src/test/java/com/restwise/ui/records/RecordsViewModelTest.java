package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.profile.Profile;
import com.restwise.json.CatalogReader;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationLine;
import com.restwise.records.ConsultationStore;
import com.restwise.records.PainTrend;
import com.restwise.records.RecordsService;
import com.restwise.records.SlowDisk;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The records screen's behaviour without its controls: search, progress, failures, a slow disk. */
@ExtendWith(JavaFxToolkit.class)
class RecordsViewModelTest {

    @TempDir
    Path dataDir;

    private final SlowDisk disk = new SlowDisk();
    /** Never leaves by itself here: the tests read it when the work is done. */
    private final Notice notice = new Notice((delay, action) -> () -> {});

    {
        notice.translate(new I18n("en"));
    }

    private RecordsService records;
    private RecordsViewModel vm;

    private void open(Path dir) throws Exception {
        records = new RecordsService(() -> ConsultationStore.open(dir), disk);
        vm = JavaFxToolkit.call(
                () -> new RecordsViewModel(new I18n("en"), records, notice, UiWork.onFx(Runnable::run)));
    }

    @AfterEach
    void close() {
        if (records != null) {
            records.close();
        }
    }

    private void settle() throws Exception {
        JavaFxToolkit.waitUntil("the records to settle", vm::settled);
    }

    private void clients(String... names) throws Exception {
        for (String name : names) {
            records.createClient(name, "").get(10, TimeUnit.SECONDS);
        }
    }

    private List<String> shown() throws Exception {
        return JavaFxToolkit.call(() -> vm.clients().stream().map(Client::name).toList());
    }

    @Test
    void typingSearchesOnceAfterThePauseNotOnEveryKeystroke() throws Exception {
        open(dataDir);
        clients("Anna Berger", "Anton Vogel", "Bob Stone");
        JavaFxToolkit.run(vm::load);
        settle();
        assertEquals(List.of("Anna Berger", "Anton Vogel", "Bob Stone"), shown());
        int before = disk.count("search");

        JavaFxToolkit.run(() -> {
            vm.query().set("A");
            vm.query().set("An");
            vm.query().set("Ann");
        });
        assertEquals(List.of("Anna Berger", "Anton Vogel", "Bob Stone"), shown(), "nothing yet while typing");
        settle();
        assertEquals(List.of("Anna Berger"), shown());
        assertEquals(before + 1, disk.count("search"), "one search for three keystrokes");
    }

    @Test
    void anAnswerOvertakenByANewerSearchIsDropped() throws Exception {
        open(dataDir);
        clients("Anna Berger", "Bob Stone");
        disk.slow("search", 300);
        List<List<String>> applied = new ArrayList<>();
        JavaFxToolkit.run(() -> {
            vm.clients().addListener((ListChangeListener<Client>)
                    c -> applied.add(vm.clients().stream().map(Client::name).toList()));
            vm.query().set("Anna");
            vm.search(null);
            vm.query().set("Bob");
            vm.search(null);
        });
        settle();
        assertEquals(List.of(List.of("Bob Stone")), applied, "Anna's answer came first but was already stale");
    }

    @Test
    void aClientJustCreatedOpensEvenWhenTheListIsReloadedMeanwhile() throws Exception {
        open(dataDir);
        disk.slow("read", 500); // the new client's page takes a moment to read
        assertTrue(JavaFxToolkit.call(() -> vm.createClient("Nina Neu")).get(10, TimeUnit.SECONDS));
        // in a practice the database's own notice of the new client reloads the list at once
        JavaFxToolkit.run(vm::reload);
        settle();
        assertEquals(
                "Nina Neu",
                JavaFxToolkit.call(() -> vm.page().get() == null
                        ? null
                        : vm.page().get().client().name()),
                "the page of the client just created, not none");

        // the same once the list has them and their page is being read
        assertTrue(JavaFxToolkit.call(() -> vm.createClient("Otto Ost")).get(10, TimeUnit.SECONDS));
        JavaFxToolkit.waitUntil("Otto in the list", () -> vm.clients().stream()
                .anyMatch(c -> c.name().equals("Otto Ost")));
        JavaFxToolkit.run(vm::reload);
        settle();
        assertEquals(
                "Otto Ost",
                JavaFxToolkit.call(() -> vm.page().get() == null
                        ? null
                        : vm.page().get().client().name()));
    }

    @Test
    void progressShowsOnlyForWorkLongerThanAMoment() throws Exception {
        open(dataDir);
        List<Boolean> progress = new ArrayList<>();
        JavaFxToolkit.run(() -> vm.showProgress().addListener((obs, was, now) -> progress.add(now)));
        JavaFxToolkit.run(() -> vm.createClient("Quick Save"));
        settle();
        assertEquals(List.of(), progress, "a quick save shows no spinner");

        disk.slow("save", 1200);
        JavaFxToolkit.run(() -> vm.createClient("Slow Save"));
        Thread.sleep(100);
        assertFalse(JavaFxToolkit.call(() -> vm.showProgress().get()), "not at once");
        JavaFxToolkit.waitUntil("the spinner", () -> vm.showProgress().get());
        assertEquals("Saving...", JavaFxToolkit.call(() -> vm.activity().get()));
        settle();
        assertFalse(JavaFxToolkit.call(() -> vm.showProgress().get()));
        assertEquals(List.of(true, false), progress);
        assertEquals(
                "Slow Save", JavaFxToolkit.call(() -> vm.page().get().client().name()), "the new client is shown");
    }

    @Test
    void theJavaJavaFxToolkitKeepsAnsweringWhileASaveWaitsForASlowDisk() throws Exception {
        open(dataDir);
        clients("Anna Berger");
        disk.slow("save", 2000);
        CompletableFuture<Boolean> saved = JavaFxToolkit.call(() -> vm.createClient("Bob Stone"));
        long worst = 0;
        for (int i = 0; i < 20 && !saved.isDone(); i++) {
            worst = Math.max(worst, JavaFxToolkit.pingMillis());
            JavaFxToolkit.run(() -> vm.query().set(vm.query().get() + "b"));
            Thread.sleep(50);
        }
        assertFalse(saved.isDone(), "the save was still waiting for the disk while we pinged");
        // a blocked thread would answer after the save's 2 s; the margin allows for a loaded machine
        assertTrue(worst < 800, "the JavaFX thread answered within " + worst + " ms while the save waited");
        assertTrue(saved.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aFailureSaysWhyInWordsAndReportsItWasNotSaved() throws Exception {
        Path blocked = dataDir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        open(blocked);
        CompletableFuture<Boolean> saved = JavaFxToolkit.call(() -> vm.createClient("Anna Berger"));
        assertFalse(saved.get(10, TimeUnit.SECONDS), "the view keeps the name typed");
        settle();
        assertTrue(notice.get().contains("A file is in the way of the folder"), notice.get());
        assertFalse(notice.get().contains("Exception"), notice.get());
        assertNull(JavaFxToolkit.call(() -> vm.page().get()));
    }

    @Test
    void openingAClientShowsTheirPageAndDeletingClearsIt() throws Exception {
        open(dataDir);
        clients("Anna Berger");
        JavaFxToolkit.run(vm::load);
        settle();
        Client anna = JavaFxToolkit.call(() -> vm.clients().get(0));
        JavaFxToolkit.run(() -> vm.open(anna));
        settle();
        assertEquals(anna, JavaFxToolkit.call(() -> vm.page().get().client()));
        assertEquals(List.of(), JavaFxToolkit.call(() -> vm.page().get().consultations()));

        JavaFxToolkit.run(() -> vm.updateClient(new Client(anna.id(), "Anna Weber", "moved")));
        settle();
        assertEquals(List.of("Anna Weber"), shown());
        assertEquals("moved", JavaFxToolkit.call(() -> vm.page().get().client().notes()));

        JavaFxToolkit.run(() -> vm.deleteClient(vm.page().get().client()));
        settle();
        assertNull(JavaFxToolkit.call(() -> vm.page().get()));
        assertEquals(List.of(), shown());
    }

    private Client clientWithPain(String name, int... pains) throws Exception {
        Client c = records.createClient(name, "").get(10, TimeUnit.SECONDS);
        LocalDate day = LocalDate.of(2026, 9, 1);
        for (int pain : pains) {
            Profile p = ProfileBuilder.profile().morningPain(pain).build();
            records.saveConsultation(
                            c, day, p, new Advisor().assess(p, CatalogReader.shipped(), 3, "en"), "pain " + pain)
                    .get(10, TimeUnit.SECONDS);
            day = day.plusMonths(1);
        }
        return c;
    }

    private PainTrend trendShown() {
        return JavaFxToolkit.call(() -> PainTrend.ofLines(vm.page().get().consultations()));
    }

    @Test
    void aSavedConsultationOpensInPlaceOfTheClientsPageUntilBackOrAnotherPage() throws Exception {
        open(dataDir);
        Client anna = clientWithPain("Anna Berger", 8, 6);
        Client bob = clientWithPain("Bob Stone", 5);
        JavaFxToolkit.run(() -> vm.open(anna));
        settle();
        ConsultationLine first =
                JavaFxToolkit.call(() -> vm.page().get().consultations().get(0));
        JavaFxToolkit.run(() -> vm.openConsultation(first));
        settle();
        Consultation whole = JavaFxToolkit.call(() -> vm.opened().get());
        assertEquals(first.id(), whole.id(), "the consultation opened, read whole");
        assertEquals(8, whole.profile().symptoms().morningPain());
        JavaFxToolkit.run(vm::closeConsultation);
        assertNull(JavaFxToolkit.call(() -> vm.opened().get()), "back on the client's page");

        JavaFxToolkit.run(() -> vm.openConsultation(first));
        settle();
        JavaFxToolkit.run(() -> vm.open(bob));
        settle();
        assertNull(JavaFxToolkit.call(() -> vm.opened().get()), "another client's page closes the consultation");
    }

    @Test
    void correctingAConsultationsDayAndNotesShowsTheClientAsTheyAreNow() throws Exception {
        open(dataDir);
        Client anna = clientWithPain("Anna Berger", 8, 6, 4);
        JavaFxToolkit.run(() -> vm.open(anna));
        settle();
        ConsultationLine second =
                JavaFxToolkit.call(() -> vm.page().get().consultations().get(1));
        assertEquals(
                new PainTrend.Change(6, 4, PainTrend.Verdict.IMPROVED),
                trendShown().sincePrevious());

        // recorded under the wrong day: it was really the last visit
        CompletableFuture<Boolean> saved =
                JavaFxToolkit.call(() -> vm.editConsultation(second, LocalDate.of(2026, 11, 20), "pain 6, seen late"));
        assertTrue(saved.get(10, TimeUnit.SECONDS));
        settle();
        List<ConsultationLine> now = JavaFxToolkit.call(() -> vm.page().get().consultations());
        assertEquals(
                List.of("pain 8", "pain 4", "pain 6, seen late"),
                now.stream().map(ConsultationLine::notes).toList());
        assertEquals(
                new PainTrend.Change(4, 6, PainTrend.Verdict.WORSENED),
                trendShown().sincePrevious(),
                "the trend follows the corrected day");
        assertEquals("The consultation of 20 Nov 2026 was saved.", notice.get());
    }

    @Test
    void deletingOneConsultationKeepsTheClientAndTheOthers() throws Exception {
        open(dataDir);
        Client anna = clientWithPain("Anna Berger", 8, 6, 4);
        JavaFxToolkit.run(() -> vm.open(anna));
        settle();
        ConsultationLine last =
                JavaFxToolkit.call(() -> vm.page().get().consultations().get(2));
        assertEquals(PainTrend.Verdict.IMPROVED, trendShown().sinceFirst().verdict(), "8 to 4");

        assertTrue(JavaFxToolkit.call(() -> vm.deleteConsultation(last)).get(10, TimeUnit.SECONDS));
        settle();
        assertEquals(2, JavaFxToolkit.call(() -> vm.page().get().consultations().size()), "the count follows");
        assertEquals(
                new PainTrend.Change(8, 6, PainTrend.Verdict.UNCHANGED),
                trendShown().sinceFirst(),
                "the trend follows: 8 to 6 is short of 30 %");
        assertEquals("The consultation of 1 Nov 2026 was deleted.", notice.get());
        assertEquals(List.of("Anna Berger: "), stored(), "the client stays");

        // gone meanwhile (another window deleted it): said in words, and the page shows what is left
        assertFalse(JavaFxToolkit.call(() -> vm.deleteConsultation(last)).get(10, TimeUnit.SECONDS));
        settle();
        assertTrue(notice.get().contains("no longer in the records"), notice.get());
        assertEquals(2, JavaFxToolkit.call(() -> vm.page().get().consultations().size()));
    }

    /** Canned answers to the import's questions, noting each question asked. */
    private static final class Answers implements RecordsViewModel.ImportQuestions {
        final List<String> asked = new ArrayList<>();
        final List<String> passphrases;
        final ClientTransfer.OnConflict choice;

        Answers(ClientTransfer.OnConflict choice, String... passphrases) {
            this.choice = choice;
            this.passphrases = new ArrayList<>(List.of(passphrases));
        }

        @Override
        public Optional<char[]> passphrase(String fileName, boolean wrongBefore) {
            asked.add(wrongBefore ? "passphrase again" : "passphrase");
            return passphrases.isEmpty()
                    ? Optional.empty()
                    : Optional.of(passphrases.remove(0).toCharArray());
        }

        @Override
        public Optional<ClientTransfer.OnConflict> onConflict(Set<String> names) {
            asked.add("conflicts " + names);
            return Optional.ofNullable(choice);
        }
    }

    private Path exportAll(String passphrase) throws Exception {
        Path file = dataDir.resolve("export-" + (passphrase == null ? "plain.json" : "sealed.restwise"));
        CompletableFuture<Boolean> done =
                JavaFxToolkit.call(() -> vm.export(file, null, passphrase == null ? null : passphrase.toCharArray()));
        assertTrue(done.get(20, TimeUnit.SECONDS), notice.get());
        return file;
    }

    private boolean importFile(Path file, Answers answers) throws Exception {
        CompletableFuture<Boolean> done = JavaFxToolkit.call(() -> vm.importFile(file, answers));
        boolean imported = done.get(30, TimeUnit.SECONDS);
        settle();
        return imported;
    }

    private List<String> stored() throws Exception {
        return records.search("").get().stream()
                .map(c -> c.name() + ": " + c.notes())
                .toList();
    }

    @Test
    void aWrongPassphraseIsAskedAgainAndCancellingChangesNothing() throws Exception {
        open(dataDir);
        clients("Anna Berger");
        Path file = exportAll("correct horse battery");
        assertTrue(notice.get().contains("protected with your passphrase. Clients in the file: 1."), notice.get());
        records.updateClient(new Client(records.search("Anna").get().get(0).id(), "Anna Berger", "mine"))
                .get();

        Answers wrongTwice = new Answers(ClientTransfer.OnConflict.REPLACE, "wrong horse", "still wrong");
        assertFalse(importFile(file, wrongTwice));
        assertEquals(List.of("passphrase", "passphrase again", "passphrase again"), wrongTwice.asked);
        assertEquals("Nothing was imported from export-sealed.restwise.", notice.get());
        assertEquals(List.of("Anna Berger: mine"), stored(), "nothing changed");
    }

    @Test
    void aTamperedFileSaysSoAndChangesNothing() throws Exception {
        open(dataDir);
        clients("Anna Berger", "Bob Stone");
        Path file = exportAll("correct horse battery");
        records.deleteClient(records.search("Bob").get().get(0).id()).get();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 1;
        Files.write(file, bytes);

        assertFalse(importFile(file, new Answers(ClientTransfer.OnConflict.SKIP, "correct horse battery")));
        assertTrue(notice.get().contains("was changed or cut off after it was exported"), notice.get());
        assertEquals(List.of("Anna Berger: "), stored(), "Bob did not come back from a tampered file");
    }

    @Test
    void keepBothAddsTheNewcomerUnderANameYouCanTellApartAndTheSummarySaysSo() throws Exception {
        open(dataDir);
        clients("Anna Berger", "Bob Stone");
        Path file = exportAll(null);
        assertTrue(
                notice.get().contains("without a passphrase. Clients in the file: 2. The file holds health data"),
                notice.get());

        Answers keepBoth = new Answers(ClientTransfer.OnConflict.KEEP_BOTH);
        assertTrue(importFile(file, keepBoth));
        assertEquals(
                List.of("conflicts [Anna Berger, Bob Stone]"), keepBoth.asked, "no passphrase asked for a plain file");
        assertEquals(
                "Imported from export-plain.json. New clients: 0; replaced: 0; added under a new name: 2; skipped: 0. "
                        + "Your records now hold clients: 4; consultations: 0. "
                        + "Added under a new name: Anna Berger -> Anna Berger (2), Bob Stone -> Bob Stone (2).",
                notice.get());
        assertEquals(
                List.of("Anna Berger", "Anna Berger (2)", "Bob Stone", "Bob Stone (2)"),
                shown(),
                "the list shows what the records hold now");
    }

    @Test
    void anImportShowsHowFarItHasComeUpToTheEnd() throws Exception {
        open(dataDir);
        for (int i = 0; i < 200; i++) {
            records.createClient(String.format("Client %03d with a longer name to fill the file", i), "notes " + i);
        }
        Path file = exportAll(null);
        List<Double> seen = new ArrayList<>();
        JavaFxToolkit.run(() -> vm.progress().addListener((obs, was, now) -> seen.add(now.doubleValue())));
        assertTrue(importFile(file, new Answers(ClientTransfer.OnConflict.SKIP)));
        List<Double> fractions = seen.stream().filter(f -> f >= 0).toList();
        assertTrue(fractions.size() >= 2, "several steps shown: " + fractions);
        assertEquals(1.0, fractions.get(fractions.size() - 1), 1e-9, "ends at the whole file");
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "never goes back: " + fractions);
        }
        assertTrue(fractions.size() <= 101, "at most one step per percent: " + fractions.size());
    }
}
