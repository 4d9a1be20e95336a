package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two desktops at once: no update is ever lost, and each sees the other's changes as they are
 * saved. The suite runs 300 randomized pairs; PracticeBenchmark runs the 10,000.
 */
class PracticeConcurrencyTest {

    static final int PAIRS_IN_THE_SUITE = 300;

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @BeforeAll
    static void setUp() throws Exception {
        practice =
                Practice.initialised(DB).with("anna", "therapist", "Anna Adler").with("ben", "therapist", "Ben Berg");
    }

    @Test
    void randomizedConcurrentSavePairsLoseNoUpdate() throws Exception {
        try (PracticeStore anna = practice.store("anna");
                PracticeStore ben = practice.store("ben")) {
            Client c = anna.createClient("Busy Bea", "");
            SavePairs.Result r = SavePairs.run(anna, ben, c.id(), PAIRS_IN_THE_SUITE, 17);
            assertEquals(0, r.lost(), r.toString());
            assertTrue(r.refused() > 0 && r.added() > 0, "both kinds of pair ran: " + r);
            assertEquals(r.corrections(), r.refused(), "of two corrections from one version exactly one wins: " + r);
        }
    }

    @Test
    void aDesktopNeverUsesMoreThanThreeConnections() throws Exception {
        try (PracticeConnections desktop = practice.connect("anna");
                PracticeEvents events = PracticeEvents.listen(desktop, new PracticeEvents.Listener() {
                    @Override
                    public void clientAdded(long clientId) {}

                    @Override
                    public void clientChanged(long clientId) {}

                    @Override
                    public void consultationSaved(long clientId) {}

                    @Override
                    public void reloadAll() {}

                    @Override
                    public void connectionLost(PracticeException why) {}
                })) {
            java.util.concurrent.ExecutorService busy = java.util.concurrent.Executors.newFixedThreadPool(6);
            List<java.util.concurrent.Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                counts.add(busy.submit(() -> desktop.run("connection", c -> {
                    try (var s = c.createStatement();
                            var r = s.executeQuery("SELECT pg_sleep(0.3), (SELECT count(*) "
                                    + "FROM pg_stat_activity WHERE usename = session_user)")) {
                        r.next();
                        return r.getInt(2);
                    }
                })));
            }
            int most = 0;
            for (var f : counts) {
                most = Math.max(most, f.get(30, TimeUnit.SECONDS));
            }
            busy.shutdown();
            assertEquals(
                    PracticeConnections.MAX_PER_DESKTOP,
                    most,
                    "six tasks at once share two work connections and the listener");
        }
    }

    @Test
    void anotherRoomsNewClientAndConsultationArriveAndAReconnectReloadsEverything() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        PracticeEvents.Listener listener = new PracticeEvents.Listener() {
            @Override
            public void clientAdded(long clientId) {
                heard.add("client-added " + clientId);
            }

            @Override
            public void clientChanged(long clientId) {
                heard.add("client-changed " + clientId);
            }

            @Override
            public void consultationSaved(long clientId) {
                heard.add("consultation-saved " + clientId);
            }

            @Override
            public void reloadAll() {
                heard.add("reload");
            }

            @Override
            public void connectionLost(PracticeException why) {
                heard.add("lost");
            }
        };
        try (PracticeConnections room1 = practice.connect("anna");
                PracticeEvents events = PracticeEvents.listen(room1, listener);
                PracticeStore room3 = practice.store("ben")) {
            Client c = room3.createClient("Live Lena", "");
            var p = Visits.withPain(3);
            room3.saveConsultation(c.id(), java.time.LocalDate.of(2026, 9, 1), p, Visits.advise(p), "");
            assertEquals("client-added " + c.id(), heard.poll(2, TimeUnit.SECONDS));
            assertEquals("consultation-saved " + c.id(), heard.poll(2, TimeUnit.SECONDS));

            try (var s = DB.superConnection().createStatement()) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN restwise'"
                        + " AND usename = '" + practice.login("anna") + "'");
            }
            List<String> after = new ArrayList<>();
            for (String e; (e = heard.poll(6, TimeUnit.SECONDS)) != null && !e.equals("reload"); ) {
                after.add(e);
            }
            assertEquals(List.of("lost"), after, "the loss was told, then everything reloaded");
            assertTrue(events.connected());
        }
    }
}
