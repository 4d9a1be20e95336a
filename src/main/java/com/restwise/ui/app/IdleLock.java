package com.restwise.ui.app;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * When the practice's records lock: after the setting's minutes without a key press or a click.
 * Time comes from a clock given to it, so the rule is tested without waiting.
 */
final class IdleLock {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final LongSupplier nanoClock;
    private final IntSupplier minutes;
    private long lastInput;

    IdleLock(LongSupplier nanoClock, IntSupplier minutes) {
        this.nanoClock = nanoClock;
        this.minutes = minutes;
        this.lastInput = nanoClock.getAsLong();
    }

    /** A key press or a click. */
    void touched() {
        lastInput = nanoClock.getAsLong();
    }

    /** Whether the minutes without input have passed. */
    boolean due() {
        return nanoClock.getAsLong() - lastInput >= minutes.getAsInt() * NANOS_PER_MINUTE;
    }
}
