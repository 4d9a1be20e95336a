package com.restwise.records.practice;

/**
 * The practice database cannot be reached, did not answer in time, or could not prove it is the
 * practice's server. Whatever was being saved either happened in full or not at all; the
 * command line exits with status 4.
 */
public final class PracticeUnreachableException extends PracticeException {

    public PracticeUnreachableException(String key, Object[] args, Throwable cause) {
        super(key, args, cause);
    }
}
