package com.restwise.records;

import static com.restwise.engine.ProfileBuilder.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.json.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch says what it saved, line by line, and a rerun of the same file saves nothing twice. */
class ConsultationBatchTest {

    @TempDir
    Path dir;

    private static ConsultationBatch.Lines lines(List<String> texts) {
        Iterator<String> it = texts.iterator();
        int[] number = {0};
        return () -> it.hasNext() ? new ConsultationBatch.Line(++number[0], it.next(), null) : null;
    }

    /** A line "ok <notes>" is a visit with those notes; anything else is refused. */
    private static ConsultationBatch.Visit read(String text) throws InvalidInputException {
        if (!text.startsWith("ok ")) {
            throw new InvalidInputException("not a visit");
        }
        Profile p = profile().weight(70).build();
        return new ConsultationBatch.Visit(
                LocalDate.of(2026, 3, 1), p, ConsultationStoreTest.advise(p), text.substring(3));
    }

    private static List<String> file(int n, int noteSize) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("ok " + i + "-" + "n".repeat(noteSize));
        }
        return texts;
    }

    @Test
    void aFullDiskStopsTheBatchSayingWhatWasSavedAndARerunSavesTheRestOnce() throws Exception {
        List<String> texts = file(200, 8_000);
        List<ConsultationBatch.Answer> told = new ArrayList<>();
        ConsultationBatch.Stopped stopped;
        try (ConsultationStore store = ConsultationStore.open(dir, 120)) {
            stopped = assertThrows(ConsultationBatch.Stopped.class, () -> new ConsultationBatch(store, "Anna")
                    .run(lines(texts), ConsultationBatchTest::read, told::add));
            int saved = stopped.before().saved();
            assertTrue(saved > 0 && saved < 200, "saved " + saved);
            assertEquals(saved, store.consultationCount(), "what was saved is what was said");
            assertEquals(saved + 1, told.size(), "every saved line was answered, then the failed one");
            assertInstanceOf(ConsultationBatch.Refused.class, told.get(saved));
            assertTrue(stopped.getMessage().contains("disk is full"), stopped.getMessage());
        }
        int savedFirst = stopped.before().saved();
        told.clear();
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ConsultationBatch.Summary again =
                    new ConsultationBatch(store, "anna").run(lines(texts), ConsultationBatchTest::read, told::add);
            assertEquals(savedFirst, again.alreadySaved());
            assertEquals(200 - savedFirst, again.saved());
            assertEquals(200, store.consultationCount(), "nothing saved twice");
            assertEquals(1, store.clientCount());
            assertEquals(200, told.size());
            assertEquals(
                    savedFirst + ":" + told.get(savedFirst - 1).id().split(":")[1],
                    told.get(savedFirst - 1).id());
        }
    }

    @Test
    void eachLineHasAnIdOfItsNumberAndTextSoAChangedLineIsSavedAgain() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            List<ConsultationBatch.Answer> told = new ArrayList<>();
            new ConsultationBatch(store, "Anna")
                    .run(lines(List.of("ok a", "ok b")), ConsultationBatchTest::read, told::add);
            assertTrue(told.get(0).id().matches("1:[0-9a-f]{16}"), told.get(0).id());
            told.clear();
            ConsultationBatch.Summary s = new ConsultationBatch(store, "Anna")
                    .run(lines(List.of("ok a", "ok B", "ok b")), ConsultationBatchTest::read, told::add);
            assertEquals(new ConsultationBatch.Summary(2, 1, 0), s);
            assertInstanceOf(ConsultationBatch.AlreadySaved.class, told.get(0));
            assertEquals(4, store.consultationCount());
        }
    }

    @Test
    void aBatchWhoseEveryLineIsRefusedCreatesNoClient() throws Exception {
        try (ConsultationStore store = ConsultationStore.open(dir)) {
            ConsultationBatch.Summary s = new ConsultationBatch(store, "Nobody")
                    .run(lines(List.of("x", "", "y")), ConsultationBatchTest::read, a -> {});
            assertEquals(new ConsultationBatch.Summary(0, 0, 2), s);
            assertEquals(0, store.clientCount());
        }
    }
}
