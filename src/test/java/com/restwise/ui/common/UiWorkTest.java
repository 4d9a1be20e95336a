package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Work off the JavaFX thread, followed without a toolkit: the JavaFX thread and the clock are the test's. */
class UiWorkTest {

    /** The JavaFX thread as the test runs it: what is handed to it waits until {@link #runAll()}. */
    private final List<Runnable> fxQueue = new ArrayList<>();

    private final ManualDelay delay = new ManualDelay();
    private final UiWork work = new UiWork(fxQueue::add, Runnable::run, delay);
    private final I18n i18n = new I18n("en");
    private final Notice notice = new Notice((d, action) -> () -> {});

    {
        notice.translate(i18n);
    }

    private void runAll() {
        List<Runnable> now = List.copyOf(fxQueue);
        fxQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void aResultIsAppliedOnTheJavaFxThreadAndTheWorkIsCountedUntilThen() {
        CompletableFuture<String> running = new CompletableFuture<>();
        List<String> applied = new ArrayList<>();
        CompletableFuture<Boolean> done = work.follow(running, applied::add, notice, () -> i18n);
        assertFalse(work.settled());

        running.complete("saved");
        assertEquals(List.of(), applied, "not on the thread that finished the work");
        assertFalse(work.settled(), "still counted until it is applied");

        runAll();
        assertEquals(List.of("saved"), applied);
        assertTrue(work.settled());
        assertTrue(done.join());
    }

    @Test
    void progressShowsOnlyOnceWorkHasRunForAMoment() {
        CompletableFuture<String> quick = new CompletableFuture<>();
        work.follow(quick, s -> {}, failure -> {});
        quick.complete("done");
        runAll();
        delay.elapse();
        assertFalse(work.longRunning().get(), "work done within the moment shows no progress");

        CompletableFuture<String> slow = new CompletableFuture<>();
        work.follow(slow, s -> {}, failure -> {});
        assertFalse(work.longRunning().get(), "not at once");
        assertEquals(UiWork.MOMENT, delay.elapse());
        assertTrue(work.longRunning().get());
        slow.complete("done");
        runAll();
        assertFalse(work.longRunning().get());
    }

    @Test
    void theNoticeSaysWhatRunsAfterAMomentAndTakesItBackAfterwards() {
        CompletableFuture<String> running = new CompletableFuture<>();
        work.follow("Saving...", running, s -> {}, notice, () -> i18n);
        assertEquals("", notice.get(), "not for work done at once");
        delay.elapse();
        assertEquals("Saving...", notice.get());
        running.complete("done");
        runAll();
        assertEquals("", notice.get());

        CompletableFuture<String> another = new CompletableFuture<>();
        work.follow("Saving...", another, s -> {}, notice, () -> i18n);
        delay.elapse();
        notice.show("notice.saved", "Anna");
        another.complete("done");
        runAll();
        assertEquals("Saved to Anna.", notice.get(), "what was said meanwhile stays");
    }

    @Test
    void aFailureIsToldInPlainWordsAndNothingIsApplied() {
        CompletableFuture<String> running = new CompletableFuture<>();
        List<String> applied = new ArrayList<>();
        CompletableFuture<Boolean> done = work.follow(running, applied::add, notice, () -> i18n);
        running.completeExceptionally(new StoreException("disk.full", "/data", ""));
        runAll();
        assertEquals(List.of(), applied);
        assertFalse(done.join());
        assertTrue(notice.get().startsWith("The disk is full"), notice.get());
    }

    @Test
    void workRefusedBecauseTheAppIsClosingIsNotTold() {
        CompletableFuture<String> running = new CompletableFuture<>();
        work.follow(running, s -> {}, notice, () -> i18n);
        running.completeExceptionally(new CancellationException("closing"));
        runAll();
        assertEquals("", notice.get());
    }

    @Test
    void backgroundWorkHandsItsAnswerToTheJavaFxThread() {
        List<Integer> got = new ArrayList<>();
        work.inBackground(() -> 42, got::add);
        assertEquals(List.of(), got);
        runAll();
        assertEquals(List.of(42), got);
    }
}
