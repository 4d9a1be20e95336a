package com.restwise.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.util.Duration;

/**
 * The one way the UI has work done off the JavaFX thread and comes back to it: slow work (files,
 * the records) runs elsewhere, and its result is applied on the JavaFX thread, never half-way.
 * Each owner (a view model, the records glue) counts its own work, so it can say when it is
 * settled and when to show progress. The JavaFX thread and the clock are injected: view-model
 * tests pass a direct executor and a manual {@link Delay}, and need no toolkit.
 */
public final class UiWork {

    /** How long work runs before it is worth saying so: shorter work would only flicker. */
    public static final Duration MOMENT = Duration.millis(300);

    private final Executor fx;
    private final Executor background;
    private final Delay delay;
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper longRunning = new ReadOnlyBooleanWrapper();
    private Runnable cancelMoment = () -> {};

    /**
     * @param fx         runs on the JavaFX thread ({@code Platform::runLater} in the app)
     * @param background runs slow work elsewhere (files, the engine's catalog)
     * @param delay      the clock, for "after a moment"
     */
    public UiWork(Executor fx, Executor background, Delay delay) {
        this.fx = fx;
        this.background = background;
        this.delay = delay;
        pending.addListener((obs, was, now) -> {
            if (now.intValue() == 0) {
                cancelMoment.run();
                longRunning.set(false);
            } else if (was.intValue() == 0) {
                cancelMoment = delay.after(MOMENT, () -> longRunning.set(pending.get() > 0));
            }
        });
    }

    /** The app's: the JavaFX thread, its animation clock, and the app's background thread. */
    public static UiWork onFx(Executor background) {
        return new UiWork(Platform::runLater, background, Delay.fx());
    }

    /** Work on the same threads and clock, counted apart (a screen's own). */
    public UiWork another() {
        return new UiWork(fx, background, delay);
    }

    public Delay delay() {
        return delay;
    }

    /** The thread slow work runs on, for work that chains several steps there. */
    public Executor background() {
        return background;
    }

    /** Runs the task off the JavaFX thread, then hands its answer to {@code then} on the JavaFX thread. */
    public <T> void inBackground(Supplier<T> task, Consumer<T> then) {
        follow(CompletableFuture.supplyAsync(task, background), then, failure -> {});
    }

    /** Runs the task off the JavaFX thread; nothing comes back. */
    public void inBackground(Runnable task) {
        background.execute(task);
    }

    /** Runs the action on the JavaFX thread (from any thread). */
    public void onFx(Runnable action) {
        fx.execute(action);
    }

    /**
     * Follows work running elsewhere (the records' own thread, say): counted while it runs, then on
     * the JavaFX thread its result applied, or its failure handed to {@code failed}. Completes with
     * whether the result was applied.
     */
    public <T> CompletableFuture<Boolean> follow(
            CompletableFuture<T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        CompletableFuture<Boolean> applied = new CompletableFuture<>();
        pending.set(pending.get() + 1);
        work.whenComplete((result, failure) -> fx.execute(() -> {
            pending.set(pending.get() - 1);
            if (failure != null) {
                failed.accept(failure);
                applied.complete(false);
            } else {
                apply.accept(result);
                applied.complete(true);
            }
        }));
        return applied;
    }

    /**
     * Follows work on the records: applies its result, or the notice tells why it failed (what was
     * entered stays on screen). Completes with whether the result was applied.
     */
    public <T> CompletableFuture<Boolean> follow(
            CompletableFuture<T> work, Consumer<T> apply, Notice notice, Supplier<I18n> i18n) {
        return follow(work, apply, failure -> tell(failure, notice, i18n.get()));
    }

    /** Says why work failed, unless it was refused because the app is closing. */
    private static void tell(Throwable failure, Notice notice, I18n i18n) {
        if (!Failures.closing(failure)) {
            notice.set(Failures.describe(failure, i18n));
        }
    }

    /**
     * Follows work on the records: the notice says {@code activity} once it has run for a
     * {@link #MOMENT}, then the result is applied, or the notice tells why it failed (what was
     * entered stays on screen). Completes with whether the result was applied.
     */
    public <T> CompletableFuture<Boolean> follow(
            String activity, CompletableFuture<T> work, Consumer<T> apply, Notice notice, Supplier<I18n> i18n) {
        Runnable[] takeBack = {() -> {}};
        Runnable cancel =
                activity == null ? () -> {} : delay.after(MOMENT, () -> takeBack[0] = notice.sayRunning(activity));
        return follow(
                work,
                result -> {
                    cancel.run();
                    takeBack[0].run();
                    apply.accept(result);
                },
                failure -> {
                    cancel.run();
                    takeBack[0].run();
                    tell(failure, notice, i18n.get());
                });
    }

    /** How much work is running or waiting to be applied. */
    public ReadOnlyIntegerProperty pending() {
        return pending;
    }

    /** True once work has been running for a {@link #MOMENT}: time to show progress. */
    public ReadOnlyBooleanProperty longRunning() {
        return longRunning.getReadOnlyProperty();
    }

    /** Whether no work is running or waiting to be applied. */
    public boolean settled() {
        return pending.get() == 0;
    }
}
