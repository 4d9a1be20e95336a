package com.restwise.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;

/** A {@link Delay} whose waits end when the test says, as the JavaFX clock would end them. */
public final class ManualDelay implements Delay {

    /** One wait: how long it was asked for, and what runs after it unless cancelled. */
    public record Wait(Duration delay, Runnable action, boolean[] cancelled) {}

    private final List<Wait> waits = new ArrayList<>();

    @Override
    public Runnable after(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        waits.add(new Wait(delay, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Every wait asked for so far, cancelled or not. */
    public List<Wait> waits() {
        return waits;
    }

    /** Ends every wait still running, in order; returns the delay of the last one that ran. */
    public Duration elapse() {
        Duration last = Duration.ZERO;
        for (Wait w : List.copyOf(waits)) {
            if (!w.cancelled()[0]) {
                w.action().run();
                last = w.delay();
            }
        }
        waits.clear();
        return last;
    }
}
