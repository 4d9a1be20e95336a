package com.restwise.records;

/** The records cannot be read or written; the message says why in words a user can act on. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
