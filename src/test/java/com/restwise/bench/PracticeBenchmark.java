package com.restwise.bench;

import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.PainTrend;
import com.restwise.records.practice.Practice;
import com.restwise.records.practice.PracticeDatabase;
import com.restwise.records.practice.PracticeStore;
import com.restwise.records.practice.SavePairs;
import com.restwise.records.practice.Visits;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The practice database under load, on the tests' embedded PostgreSQL (or RESTWISE_TEST_PG_URL):
 * opening a client with 10,000 consultations (the list and the trend, from the summary query),
 * 30 desktops saving and reading at once, and 10,000 randomized concurrent save pairs. The
 * desktops work in a practice database of their own, as one in use looks: 10 clients a room with
 * 8 earlier visits each, its statistics up to date. Prints figures; a benchmark, not a test. Run
 * on a JVM with the default compilers, at the normal priority a database server has (under
 * {@code chrt -f}, real-time scheduling, a process holding a lock runs on until it blocks and the
 * others queue behind it):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.restwise.bench.PracticeBenchmark}
 * (cp.txt from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class PracticeBenchmark {

    static final int CONSULTATIONS = 10_000;
    static final int DESKTOPS = 30;
    static final int ROUNDS_PER_DESKTOP = 40;
    /** Rounds each desktop runs first, unmeasured: the JIT compiles the save and read paths. */
    static final int WARM_UP_ROUNDS = 10;
    /** The practice the desktops work in: each room's clients, each with earlier visits. */
    static final int CLIENTS_PER_DESKTOP = 10;

    static final int EARLIER_VISITS = 8;

    static final int PAIRS = 10_000;

    public static void main(String[] args) throws Exception {
        PracticeDatabase db = new PracticeDatabase();
        db.create();
        // The desktops work in a practice of their own, in use for a while: beside the client with
        // 10,000 visits, the statistics said a client has thousands of consultations, and
        // PostgreSQL planned each client's summary query anew at every call.
        PracticeDatabase inUse = new PracticeDatabase();
        inUse.create();
        try {
            Practice practice =
                    Practice.initialised(db).with("anna", "therapist", "Anna").with("ben", "therapist", "Ben");
            openingABigClient(db, practice);
            Practice rooms = Practice.initialised(inUse);
            for (int i = 0; i < DESKTOPS; i++) {
                rooms.with("d" + i, "therapist", "Desktop " + i);
            }
            desktopsAtOnce(inUse, rooms);
            if (args.length == 0 || !args[0].equals("--no-pairs")) {
                savePairs(practice);
            }
        } finally {
            db.drop();
            inUse.drop();
        }
    }

    private static void openingABigClient(PracticeDatabase db, Practice practice) throws Exception {
        try (PracticeStore anna = practice.store("anna")) {
            Client big = anna.createClient("Ten Thousand Visits", "");
            Profile p = Visits.withPain(5);
            anna.save(big.id(), LocalDate.of(1990, 1, 1), p, Visits.advise(p), "the first", UUID.randomUUID());
            try (Connection c = db.superConnection();
                    Statement s = c.createStatement()) {
                // The other 9,999 copied in one statement: the setup is not what is measured.
                s.execute("INSERT INTO restwise.consultation (client_id, taken_on, morning_pain, profile, advice, "
                        + "engine_version, notes, content_hash, created_by) SELECT client_id, taken_on + i, i % 11, profile, "
                        + "advice, engine_version, 'visit ' || i, md5(i::text), created_by FROM restwise.consultation, "
                        + "generate_series(1, " + (CONSULTATIONS - 1) + ") i WHERE client_id = " + big.id());
                s.execute("ANALYZE");
            }
            List<Double> times = new ArrayList<>();
            int shown = 0;
            for (int round = 0; round < 30; round++) {
                long t = System.nanoTime();
                List<PracticeStore.PracticeClient> list = anna.clients();
                List<PracticeStore.ConsultationSummary> visits = anna.summaries(big.id());
                PainTrend.Change trend = PainTrend.change(
                        visits.get(0).morningPain(),
                        visits.get(visits.size() - 1).morningPain());
                times.add((System.nanoTime() - t) / 1e6);
                shown = visits.size() + list.size() + (trend.verdict() == null ? 1 : 0);
            }
            long t = System.nanoTime();
            String full;
            try {
                full = String.format("%,d", anna.consultations(big.id()).size());
            } catch (com.restwise.records.practice.PracticeUnreachableException e) {
                full = "(not within the statement limit) " + CONSULTATIONS;
            }
            double fullMs = (System.nanoTime() - t) / 1e6;
            System.out.printf(
                    "open a client with %,d consultations (client list + summary query + trend): first %.0f ms,"
                            + " median %.1f ms, p95 %.1f ms over %d opens (target: at most 300 ms)%n",
                    shown - 1, times.get(0), percentile(times, 50), percentile(times, 95), times.size());
            System.out.println("  load average (1, 5, 15 min): " + loadAverage());
            System.out.printf("  for comparison, reading all %s whole documents once: %.0f ms%n", full, fullMs);
        }
    }

    private static void desktopsAtOnce(PracticeDatabase db, Practice practice) throws Exception {
        Profile[] profiles = new Profile[11];
        com.restwise.engine.advice.Advice[] advices = new com.restwise.engine.advice.Advice[11];
        for (int i = 0; i <= 10; i++) {
            profiles[i] = Visits.withPain(i);
            advices[i] = Visits.advise(profiles[i]);
        }
        List<PracticeStore> desktops = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < DESKTOPS; i++) {
            PracticeStore d = practice.store("d" + i);
            desktops.add(d);
            // every room has clients with a history already; the first is the one it works with
            for (int c = 0; c < CLIENTS_PER_DESKTOP; c++) {
                Client client = d.createClient("Client " + c + " of desktop " + i, "");
                for (int v = 0; v < EARLIER_VISITS; v++) {
                    d.save(
                            client.id(),
                            LocalDate.of(2025, 1, 1).plusWeeks(v),
                            profiles[v % 11],
                            advices[v % 11],
                            "visit " + v,
                            UUID.randomUUID());
                }
                if (c == 0) {
                    clients.add(client);
                }
            }
        }
        try (Connection c = db.superConnection();
                Statement s = c.createStatement()) {
            s.execute("ANALYZE"); // as autovacuum keeps the statistics of a database in use
        }
        List<Double> saves = Collections.synchronizedList(new ArrayList<>());
        List<Double> reads = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < DESKTOPS; i++) {
            PracticeStore d = desktops.get(i);
            long client = clients.get(i).id();
            long other = clients.get((i + 1) % DESKTOPS).id();
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int r = -WARM_UP_ROUNDS; r < ROUNDS_PER_DESKTOP; r++) {
                        boolean measured = r >= 0;
                        long t = System.nanoTime();
                        int k = Math.floorMod(r, 11);
                        long saved = d.save(
                                        client,
                                        LocalDate.of(2026, 1, 1).plusDays(r + WARM_UP_ROUNDS),
                                        profiles[k],
                                        advices[k],
                                        "round " + r,
                                        UUID.randomUUID())
                                .id();
                        if (measured) {
                            saves.add((System.nanoTime() - t) / 1e6);
                        }
                        // What a records screen reads: a client's list of visits and trend, then one visit opened.
                        t = System.nanoTime();
                        d.summaries(r % 2 == 0 ? client : other);
                        d.open(saved);
                        if (measured) {
                            reads.add((System.nanoTime() - t) / 1e6);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.out.println("  failure: " + e.getMessage());
                }
            });
            threads.add(th);
            th.start();
        }
        long t = System.nanoTime();
        start.countDown();
        for (Thread th : threads) {
            th.join();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        List<Double> all = new ArrayList<>(saves);
        all.addAll(reads);
        System.out.printf(
                "%d desktops saving and reading at once: %d saves, %d reads (a client's visits and trend,"
                        + " then one visit) in %.1f s; p50 %.1f ms, p95 %.1f ms (saves %.1f, reads %.1f), max %.0f ms, %d failures"
                        + " (target: p95 at most 50 ms, 0 failures)%n",
                DESKTOPS,
                saves.size(),
                reads.size(),
                seconds,
                percentile(all, 50),
                percentile(all, 95),
                percentile(saves, 95),
                percentile(reads, 95),
                percentile(all, 100),
                failures.get());
        System.out.println("  load average (1, 5, 15 min): " + loadAverage());
        for (PracticeStore d : desktops) {
            d.close();
        }
    }

    private static void savePairs(Practice practice) throws Exception {
        try (PracticeStore anna = practice.store("anna");
                PracticeStore ben = practice.store("ben")) {
            Client c = anna.createClient("Pairs", "");
            SavePairs.Result r = SavePairs.run(anna, ben, c.id(), PAIRS, 2026);
            System.out.println("randomized concurrent save pairs from two connections: " + r);
        }
    }

    /** The machine's load, to read the figures by: other builds share its cores. */
    static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return String.format(
                    "%.1f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
