package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.records.ClientTransfer.OnConflict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleted means deleted: no copy of a replaced or deleted client's notes stays in the files. */
class ErasedTextTest {

    @TempDir
    Path dir;

    @TempDir
    Path files;

    private static Client carolWithSecrets(ConsultationStore store, String tag) throws Exception {
        Client carol = store.createClient("Carol", "");
        for (int i = 0; i < 30; i++) {
            Profile p = profile().weight(60 + i).morningPain(i % 11).build();
            store.saveConsultation(
                    carol.id(),
                    LocalDate.of(2026, 1, 1).plusDays(i),
                    p,
                    ConsultationStoreTest.advise(p),
                    tag + "-" + i + "-confided-about-her-marriage");
        }
        return carol;
    }

    /** How many of the 30 notes can still be read in the database file and its write-ahead log. */
    private int readable(String tag) throws Exception {
        int found = 0;
        for (String suffix : new String[] {"", "-wal"}) {
            Path f = dir.resolve(ConsultationStore.FILE + suffix);
            if (Files.exists(f)) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (int i = 0; i < 30; i++) {
                    found += bytes.contains(tag + "-" + i + "-confided") ? 1 : 0;
                }
            }
        }
        return found;
    }

    @Test
    void aClientReplacedByAnImportLeavesNoCopyOfTheirNotes() throws Exception {
        Path file = files.resolve("carol.json");
        try (ConsultationStore theirs = ConsultationStore.open(files.resolve("other"))) {
            theirs.createClient("Carol", "new");
            ClientTransfer.exportAll(theirs, file, null, ClientTransfer.Progress.NONE);
        }
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            carolWithSecrets(store, "old");
            assertTrue(readable("old") > 0, "written to the files first");
            ClientTransfer.importFile(store, file, null, OnConflict.REPLACE);
            Client anna = store.createClient("Anna", "");
            Profile p = profile().weight(70).build();
            for (int i = 0; i < 5; i++) {
                store.saveConsultation(
                        anna.id(), LocalDate.of(2026, 2, 1), p, ConsultationStoreTest.advise(p), "later");
            }
            assertEquals(0, readable("old"), "copies of the replaced client's notes are still readable");
        }
    }

    @Test
    void aDeletedClientOrConsultationLeavesNoCopyWhileTheRecordsAreOpen() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            Client carol = carolWithSecrets(store, "gone");
            Consultation first = store.consultations(carol.id()).get(0);
            store.deleteConsultation(first.id());
            assertFalse(new String(Files.readAllBytes(dir.resolve(ConsultationStore.FILE)), StandardCharsets.ISO_8859_1)
                    .contains("gone-0-confided"));
            store.deleteClient(carol.id());
            assertEquals(0, readable("gone"));
        }
    }
}
