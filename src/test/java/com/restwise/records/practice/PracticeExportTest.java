package com.restwise.records.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Client;
import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.records.Consultation;
import com.restwise.records.ConsultationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An export is one snapshot, whatever another room changes while it is written. */
class PracticeExportTest {

    static final int CLIENTS = 8;
    static final int EXPORTS = 30;

    @RegisterExtension
    static final PracticeDatabase DB = new PracticeDatabase();

    static Practice practice;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        practice =
                Practice.initialised(DB).with("anna", "therapist", "Anna Adler").with("ben", "therapist", "Ben Berg");
    }

    @Test
    void anExportWrittenWhileAnotherRoomReplacesEveryClientHoldsOneGenerationOfThem() throws Exception {
        Profile p = Visits.withPain(4);
        try (ConsultationStore laptop = ConsultationStore.open(dir.resolve("laptop"));
                PracticeStore anna = practice.store("anna");
                PracticeStore ben = practice.store("ben")) {
            for (int i = 0; i < CLIENTS; i++) {
                Client c = laptop.createClient("Snapshot " + i, "");
                laptop.saveConsultation(c.id(), LocalDate.of(2026, 9, 1), p, Visits.advise(p), "generation 0");
            }
            PracticeTransfer.move(laptop, anna, null, "the laptop");
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger generations = new AtomicInteger();
            AtomicReference<Exception> failed = new AtomicReference<>();
            // Another room replaces all the clients at once, again and again, each time with a new generation.
            Thread otherRoom = new Thread(() -> {
                try {
                    for (int gen = 1; !stop.get(); gen++) {
                        for (Client c : laptop.searchClients("")) {
                            for (Consultation k : laptop.consultations(c.id())) {
                                laptop.updateConsultation(k.id(), k.date(), "generation " + gen);
                            }
                        }
                        PracticeTransfer.move(laptop, ben, OnConflict.REPLACE, "the laptop");
                        generations.set(gen);
                    }
                } catch (Exception e) {
                    failed.set(e);
                }
            });
            otherRoom.start();
            Path file = dir.resolve("export.json");
            try {
                for (int i = 0; i < EXPORTS; i++) {
                    PracticeTransfer.export(anna, null, file, null);
                    Set<String> seen = new TreeSet<>();
                    JsonObject doc =
                            JsonParser.parseString(Files.readString(file)).getAsJsonObject();
                    for (JsonElement client : doc.getAsJsonArray("clients")) {
                        for (JsonElement k : client.getAsJsonObject().getAsJsonArray("consultations")) {
                            seen.add(k.getAsJsonObject().get("notes").getAsString());
                        }
                    }
                    assertEquals(1, seen.size(), "export " + i + " mixes generations: " + seen);
                }
            } finally {
                stop.set(true);
                otherRoom.join();
            }
            assertEquals(null, failed.get());
            assertTrue(
                    generations.get() >= 2,
                    "the other room replaced the clients while exporting: " + generations.get());
        }
    }
}
