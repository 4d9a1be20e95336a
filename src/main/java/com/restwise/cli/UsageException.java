package com.restwise.cli;

/** The command line's words are off: say what, then show the usage. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
