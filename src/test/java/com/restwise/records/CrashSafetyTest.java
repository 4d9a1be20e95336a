package com.restwise.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate process saves consultations in a loop and is killed with SIGKILL at a random
 * moment, several times; the database must then pass its integrity check and hold every
 * consultation whose save had returned.
 */
class CrashSafetyTest {

    @TempDir
    Path dir;

    @Test
    void killedMidSaveTheRecordsStayWholeAndKeepEveryReturnedSave() throws Exception {
        Random random = new Random(20261122);
        int highestConfirmed = 0;
        for (int round = 0; round < 5; round++) {
            Process p = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            SaveLoop.class.getName(),
                            dir.toString()))
                    .redirectErrorStream(true)
                    .start();
            AtomicInteger confirmed = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("saved ")) {
                            confirmed.set(Integer.parseInt(line.substring(6).trim()));
                        }
                    }
                } catch (Exception e) {
                    // the process was killed mid-line
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (confirmed.get() <= highestConfirmed && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(50 + random.nextInt(400));
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
            p.waitFor();
            reader.join(5_000);
            assertTrue(confirmed.get() > highestConfirmed, "round " + round + " saved nothing");
            highestConfirmed = confirmed.get();
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            assertEquals("ok", store.integrityCheck());
            assertTrue(
                    store.consultationCount() >= highestConfirmed,
                    store.consultationCount() + " stored, but " + highestConfirmed + " saves had returned");
            assertEquals(1, store.searchClients("Crash").size());
        }
    }
}
