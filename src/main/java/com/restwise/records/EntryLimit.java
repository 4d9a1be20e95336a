package com.restwise.records;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters read since an entry began and stops at a limit, so that no entry of
 * an import (a client's name and notes, one consultation) can fill the memory, whatever the
 * size of the whole file.
 */
final class EntryLimit extends FilterReader {

    private final int limit;
    private long used;

    EntryLimit(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    /** Starts counting anew for the next entry. */
    void nextEntry() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        count(1);
        return super.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit + 1L - used));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws EntryTooLargeException {
        used += n;
        if (used > limit) {
            throw new EntryTooLargeException();
        }
    }

    static final class EntryTooLargeException extends IOException {
        EntryTooLargeException() {
            super("entry too large");
        }
    }
}
