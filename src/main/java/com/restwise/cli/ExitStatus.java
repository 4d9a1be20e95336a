package com.restwise.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import picocli.CommandLine.ParameterException;

/**
 * The command line's exit statuses (docs/formats.md), and the one place that decides which
 * failure ends with which. Clinic mode's practice database adds 3, a change made on a version
 * that changed meanwhile, and 4, the database cannot be reached: each gets its exception here.
 */
public final class ExitStatus {

    public static final int OK = 0;
    /** A bug, not bad input: said so, without a stack trace. */
    public static final int FAILED = 1;
    /** Invalid input or arguments, or a records problem; the error lines say which. */
    public static final int INVALID = 2;

    private ExitStatus() {
    }

    /** The status a command ends with when it stops with {@code failure}. */
    public static int of(Throwable failure) {
        if (failure instanceof ParameterException || failure instanceof IOException
                || failure instanceof InvalidPathException) {
            return INVALID;
        }
        return FAILED;
    }
}
