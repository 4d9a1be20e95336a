package com.restwise.ui.wizard;

/** The wizard's steps, in order. */
public enum Step {
    WELCOME,
    YOU,
    SLEEP,
    MATTRESS,
    MORNINGS,
    WARNING_SIGNS,
    PREFERENCES,
    RESULTS;

    public Step next() {
        return this == RESULTS ? RESULTS : values()[ordinal() + 1];
    }

    public Step previous() {
        return this == WELCOME ? WELCOME : values()[ordinal() - 1];
    }
}
