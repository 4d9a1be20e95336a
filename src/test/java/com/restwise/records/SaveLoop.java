package com.restwise.records;

import com.restwise.engine.ProfileBuilder;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Run in its own process by {@link CrashSafetyTest}: saves consultations in a loop and prints
 * "saved N" after each save has returned, until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        try (ConsultationStore store = ConsultationStore.open(Path.of(args[0]))) {
            List<Client> found = store.searchClients("Crash");
            Client c = found.isEmpty() ? store.createClient("Crash", "") : found.get(0);
            Profile p = ProfileBuilder.profile().morningPain(4).build();
            Advice a = ConsultationStoreTest.advise(p);
            for (int i = 1; ; i++) {
                store.saveConsultation(c.id(), LocalDate.of(2026, 1, 1).plusDays(i % 300), p, a, "save " + i);
                System.out.println("saved " + store.consultationCount());
                System.out.flush();
            }
        }
    }
}
