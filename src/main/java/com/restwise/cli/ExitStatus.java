package com.restwise.cli;

import com.restwise.records.StoreException;
import com.restwise.records.practice.PracticeUnreachableException;
import com.restwise.records.practice.StaleChangeException;
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
    /** A change made on a version someone else changed meanwhile: nothing was saved. */
    public static final int STALE = 3;
    /** The practice database cannot be reached, did not answer in time or could not prove who it is. */
    public static final int UNREACHABLE = 4;

    /** The statuses as --help and the README list them. */
    static final String HELP = "Exit status: 0 done; 1 a fault in Restwise (please report it); 2 invalid input, "
            + "arguments or a records problem, each on an error: line on standard error; 3 a change made on a "
            + "version that someone else changed meanwhile (nothing was saved: look again, then change it); "
            + "4 the practice database cannot be reached or did not answer in time (nothing was changed).";

    private ExitStatus() {}

    /** The status a command ends with when it stops with {@code failure}. */
    public static int of(Throwable failure) {
        if (failure instanceof StaleChangeException) {
            return STALE;
        }
        if (failure instanceof PracticeUnreachableException) {
            return UNREACHABLE;
        }
        if (failure instanceof StoreException) {
            return INVALID;
        }
        if (failure instanceof ParameterException
                || failure instanceof IOException
                || failure instanceof InvalidPathException) {
            return INVALID;
        }
        return FAILED;
    }
}
