package com.restwise.records;

import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.profile.Profile;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Run in its own process by {@link ConcurrentOpenTest}: says "ready" once started, waits for the
 * start signal (a line on standard input; blocked, not spinning, so four of them do not take the
 * CPU from each other's start-up), then opens the records in a data directory that does not exist yet, saves a
 * client with three consultations and prints "ok", or the error line a user would see.
 */
public final class OpenAndSave {

    private OpenAndSave() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String name = args[1];
        System.out.println("ready");
        System.out.flush();
        if (System.in.read() < 0) {
            return; // the test went away without giving the signal
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client c = store.createClient(name, "");
            Profile p = ProfileBuilder.profile().morningPain(4).build();
            for (int i = 0; i < 3; i++) {
                store.saveConsultation(
                        c.id(), LocalDate.of(2026, 1, 1).plusDays(i), p, ConsultationStoreTest.advise(p), "");
            }
            System.out.println("ok");
        } catch (StoreException e) {
            System.out.println("error: " + e.getMessage());
        }
    }
}
