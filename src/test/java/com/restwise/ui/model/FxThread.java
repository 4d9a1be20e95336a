package com.restwise.ui.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the JavaFX toolkit once (without a window or a robot) for view-model tests that need its thread (animations, the
 * records' results applied with Platform.runLater), without any window or robot.
 */
public final class FxThread implements BeforeAllCallback {

    private static boolean started;

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        // Started the way TestFX starts it: the robot tests that share this JVM then find the
        // toolkit as they expect it (after Platform.startup their primary stage never shows).
        org.testfx.api.FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs on the JavaFX thread and returns its answer. */
    public static <T> T call(Supplier<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.get());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(10, TimeUnit.SECONDS);
    }

    public static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (polling on the JavaFX thread) until the condition holds, or fails after 10 s. */
    public static void waitUntil(String what, Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!call(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 10 s for: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** How long the JavaFX thread takes to run a task handed to it now: small while it is free. */
    public static long pingMillis() throws Exception {
        long start = System.nanoTime();
        call(() -> true);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
