package com.restwise.bench;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.OpenRecords;
import com.restwise.records.RecordsService;
import com.restwise.records.practice.Practice;
import com.restwise.records.practice.PracticeDatabase;
import com.restwise.records.practice.PracticeStore;
import com.restwise.records.practice.Visits;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ManualDelay;
import com.restwise.ui.common.Notice;
import com.restwise.ui.common.UiWork;
import com.restwise.ui.records.RecordsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A live update on the records screen: another room saved a consultation for the client shown,
 * and the screen's model reads the client's page again. Measured for a client with 50 and with
 * 1,000 consultations, the way the page is read now (the lines: dates, scores, firmness, medical
 * level, notes, corrections) and, for comparison, the way it was read before (every consultation
 * whole, then the corrections). Prints figures; a benchmark, not a test. Run as
 * {@link PracticeBenchmark} is.
 */
public final class LiveUpdateBenchmark {

    static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        PracticeDatabase db = new PracticeDatabase();
        db.create();
        Path dataDir = Files.createTempDirectory("restwise-live-update");
        try {
            Practice practice = Practice.initialised(db).with("anna", "therapist", "Anna");
            for (int n : new int[] {50, 1_000}) {
                measure(db, practice, dataDir, n);
            }
            System.out.println("  load average (1, 5, 15 min): " + PracticeBenchmark.loadAverage());
        } finally {
            db.drop();
        }
    }

    private static void measure(PracticeDatabase db, Practice practice, Path dataDir, int n) throws Exception {
        Client client;
        try (PracticeStore anna = practice.store("anna")) {
            client = anna.createClient("Seen " + n + " times", "");
            Profile first = Visits.withPain(5);
            anna.save(
                    client.id(), LocalDate.of(1990, 1, 1), first, Visits.advise(first), "the first", UUID.randomUUID());
            try (Connection c = db.superConnection();
                    Statement s = c.createStatement()) {
                // the others copied in one statement (the figures beside them filled by the trigger)
                s.execute("INSERT INTO restwise.consultation (client_id, taken_on, morning_pain, profile, advice, "
                        + "engine_version, notes, content_hash, created_by) SELECT client_id, taken_on + i, i % 11, "
                        + "profile, advice, engine_version, 'visit ' || i, md5(i::text), created_by "
                        + "FROM restwise.consultation, generate_series(1, " + (n - 1) + ") i WHERE client_id = "
                        + client.id());
                s.execute("ANALYZE");
            }
        }
        Profile p = Visits.withPain(4);
        com.restwise.engine.advice.Advice advice = Visits.advise(p);
        try (RecordsService records = RecordsService.in(dataDir);
                PracticeStore otherRoom = practice.store("anna")) {
            records.connect(() -> OpenRecords.inThePractice(practice.store("anna"), dataDir))
                    .get(30, TimeUnit.SECONDS);
            Notice notice = new Notice((delay, action) -> () -> {});
            notice.translate(new I18n("en"));
            RecordsViewModel vm = new RecordsViewModel(
                    new I18n("en"), records, notice, new UiWork(Runnable::run, Runnable::run, new ManualDelay()));
            java.util.concurrent.atomic.AtomicReference<RecordsViewModel.ClientPage> shown =
                    new java.util.concurrent.atomic.AtomicReference<>();
            // the page is set on the records' thread here (no JavaFX): handed over through an atomic
            vm.page().addListener((obs, old, page) -> shown.set(page));
            vm.open(client);
            waitForPage(shown, null, notice);
            List<Double> now = new ArrayList<>();
            List<Double> before = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                RecordsViewModel.ClientPage was = shown.get();
                // another room saves a consultation for the client shown (not timed) ...
                otherRoom.save(client.id(), LocalDate.of(2030, 1, 1).plusDays(round), p, advice, "", UUID.randomUUID());
                // ... and the screen hears of it and reads the client's page again
                long t = System.nanoTime();
                vm.consultationSavedElsewhere(client.id());
                waitForPage(shown, was, notice);
                now.add((System.nanoTime() - t) / 1e6);
                if (shown.get().consultations().size() != n + round + 1) {
                    throw new IllegalStateException(
                            "the page shows " + shown.get().consultations().size());
                }
                // what the page read before: every consultation whole, then who corrected which
                t = System.nanoTime();
                CompletableFuture<?> whole =
                        records.consultations(client.id()).thenCompose(list -> records.corrections(client.id()));
                whole.get(60, TimeUnit.SECONDS);
                before.add((System.nanoTime() - t) / 1e6);
            }
            System.out.printf(
                    "live update for a client with %,d consultations: the page's lines median %.1f ms, p95 %.1f ms;"
                            + " reading them whole as before: median %.1f ms, p95 %.1f ms (%d rounds)%n",
                    n,
                    PracticeBenchmark.percentile(now, 50),
                    PracticeBenchmark.percentile(now, 95),
                    PracticeBenchmark.percentile(before, 50),
                    PracticeBenchmark.percentile(before, 95),
                    ROUNDS);
        }
    }

    private static void waitForPage(
            java.util.concurrent.atomic.AtomicReference<RecordsViewModel.ClientPage> shown,
            RecordsViewModel.ClientPage was,
            Notice notice) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shown.get() == null || shown.get() == was) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the page was not read again within 60 s: " + notice.get());
            }
            Thread.onSpinWait();
        }
    }
}
