package com.restwise.records.practice;

/**
 * A change was based on a version that is no longer the current one: someone else saved a
 * newer version first, and nothing was saved. The command line exits with status 3; the window
 * shows both versions.
 */
public final class StaleChangeException extends PracticeException {

    private final int currentVersion;

    public StaleChangeException(String what, int currentVersion, Throwable cause) {
        super("practice.stale", new Object[] {new RecordKind(what), currentVersion}, cause);
        this.currentVersion = currentVersion;
    }

    /** The version the row is at now, which a new attempt names as its base. */
    public int currentVersion() {
        return currentVersion;
    }
}
