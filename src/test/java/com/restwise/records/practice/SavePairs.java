package com.restwise.records.practice;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Randomized pairs of saves from two desktops at the same moment: mostly both correcting the
 * same consultation from the same version (exactly one may win; the other must be refused,
 * never silently lost), sometimes both adding a consultation to the same client (both must
 * arrive). Counts every update that was lost.
 */
public final class SavePairs {

    public record Result(int pairs, int corrections, int refused, int added, int lost, double seconds) {
        @Override
        public String toString() {
            return String.format(
                    "%d pairs in %.1f s: %d corrections won, %d refused as stale, %d consultations added, "
                            + "%d lost updates",
                    pairs, seconds, corrections, refused, added, lost);
        }
    }

    private SavePairs() {}

    public static Result run(PracticeStore left, PracticeStore right, long clientId, int pairs, long seed)
            throws Exception {
        Random random = new Random(seed);
        Profile[] profiles = new Profile[11];
        Advice[] advices = new Advice[11];
        for (int i = 0; i <= 10; i++) {
            profiles[i] = Visits.withPain(i);
            advices[i] = Visits.advise(profiles[i]);
        }
        List<Long> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            targets.add(left.save(
                            clientId, LocalDate.of(2026, 1, 1 + i), profiles[0], advices[0], "start", UUID.randomUUID())
                    .id());
        }
        int corrections = 0;
        int refused = 0;
        int added = 0;
        int lost = 0;
        int expectedCount = targets.size();
        long start = System.nanoTime();
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < pairs; pair++) {
                CyclicBarrier together = new CyclicBarrier(2);
                if (random.nextInt(10) < 8) {
                    long target = targets.get(random.nextInt(targets.size()));
                    int base = left.open(target).version();
                    int a = random.nextInt(11);
                    int b = random.nextInt(11);
                    String noteA = "left " + pair;
                    String noteB = "right " + pair;
                    Future<Boolean> l =
                            two.submit(() -> correct(left, together, target, base, profiles[a], advices[a], noteA));
                    Future<Boolean> r =
                            two.submit(() -> correct(right, together, target, base, profiles[b], advices[b], noteB));
                    boolean wonLeft = l.get(30, TimeUnit.SECONDS);
                    boolean wonRight = r.get(30, TimeUnit.SECONDS);
                    String now = right.open(target).consultation().notes();
                    int winners = (wonLeft ? 1 : 0) + (wonRight ? 1 : 0);
                    corrections += winners;
                    refused += 2 - winners;
                    if (winners != 1 || !now.equals(wonLeft ? noteA : noteB)) {
                        lost++;
                    }
                } else {
                    int a = random.nextInt(11);
                    Future<Boolean> l = two.submit(() -> add(left, together, clientId, profiles[a], advices[a]));
                    Future<Boolean> r = two.submit(() -> add(right, together, clientId, profiles[a], advices[a]));
                    l.get(30, TimeUnit.SECONDS);
                    r.get(30, TimeUnit.SECONDS);
                    expectedCount += 2;
                    added += 2;
                    int count = consultationsOf(left, clientId);
                    if (count != expectedCount) {
                        lost++;
                        expectedCount = count;
                    }
                }
            }
        } finally {
            two.shutdownNow();
        }
        return new Result(pairs, corrections, refused, added, lost, (System.nanoTime() - start) / 1e9);
    }

    /** From the client list, which counts them in the database, without reading any. */
    private static int consultationsOf(PracticeStore store, long clientId) throws PracticeException {
        return store.clients().stream()
                .filter(c -> c.client().id() == clientId)
                .findFirst()
                .orElseThrow()
                .consultations();
    }

    private static boolean correct(
            PracticeStore store, CyclicBarrier together, long id, int base, Profile p, Advice a, String notes)
            throws Exception {
        together.await(30, TimeUnit.SECONDS);
        try {
            store.correct(id, base, LocalDate.of(2026, 2, 1), p, a, notes, UUID.randomUUID());
            return true;
        } catch (StaleChangeException e) {
            return false;
        }
    }

    private static boolean add(PracticeStore store, CyclicBarrier together, long clientId, Profile p, Advice a)
            throws Exception {
        together.await(30, TimeUnit.SECONDS);
        store.save(clientId, LocalDate.of(2026, 3, 1), p, a, "", UUID.randomUUID());
        return true;
    }
}
