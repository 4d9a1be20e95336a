package com.restwise.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * Starts the JavaFX toolkit once per test JVM with {@link Platform#startup}, for node-level tests
 * that build controls and read their state without a robot or a window (as AtlantaFX tests its
 * controls). Use with {@code @ExtendWith(JavaFxToolkit.class)} and {@link #call} or {@link #run} to touch nodes.
 *
 * <p>The TestFX tests run in the same JVM. Whichever starts first wins: when TestFX already
 * started the toolkit we use it; when we start it, we hand TestFX a primary stage, because
 * TestFX would otherwise call {@code Application.launch}, which fails on a running toolkit.
 */
public final class JavaFxToolkit implements BeforeAllCallback {

    private static boolean started;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            Platform.setImplicitExit(false);
            Platform.runLater(
                    () -> FxToolkit.toolkitContext().getPrimaryStageFuture().complete(undecorated()));
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(ready::countDown);
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within 30 s");
        }
        started = true;
    }

    private static Stage undecorated() {
        Stage stage = new Stage();
        stage.initStyle(StageStyle.UNDECORATED);
        return stage;
    }

    /** Runs the work on the JavaFX thread and returns its result; its exception fails the test. */
    public static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 30 s", e);
        }
    }

    /** Runs the work on the JavaFX thread and waits for it. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (asking on the JavaFX thread) until the condition holds, or fails after 10 s. */
    public static void waitUntil(String what, Callable<Boolean> condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!call(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 10 s for: " + what);
            }
            Thread.sleep(10);
        }
    }

    /** How long the JavaFX thread takes to run a task handed to it now: small while it is free. */
    public static long pingMillis() {
        long start = System.nanoTime();
        call(() -> true);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
