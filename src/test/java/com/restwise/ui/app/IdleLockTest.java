package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class IdleLockTest {

    private long now;
    private int minutes = 15;

    @Test
    void theRecordsLockAfterTheSettingsMinutesWithoutAKeyPressOrClick() {
        IdleLock lock = new IdleLock(() -> now, () -> minutes);
        now += TimeUnit.MINUTES.toNanos(14);
        assertFalse(lock.due());
        lock.touched();
        now += TimeUnit.MINUTES.toNanos(14);
        assertFalse(lock.due(), "a click restarts the minutes");
        now += TimeUnit.MINUTES.toNanos(1);
        assertTrue(lock.due());
        minutes = 60;
        assertFalse(lock.due(), "the setting is read when the lock looks, not when it was made");
    }
}
