package com.restwise.ui.model;

import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** What went wrong, in the person's language and words they can act on; never an exception class. */
public final class Failures {

    public static String describe(Throwable failure, I18n i18n) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof StoreException store) {
            return store.message(i18n.lang());
        }
        if (e instanceof TransferException transfer) {
            return transfer.message(i18n.lang());
        }
        return i18n.get("records.failed");
    }

    private Failures() {
    }
}
