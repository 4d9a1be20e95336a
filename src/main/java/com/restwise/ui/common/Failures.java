package com.restwise.ui.common;

import com.restwise.records.StoreException;
import com.restwise.records.TransferException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What went wrong, in the person's language and words they can act on; never an exception class. */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    /** Whether the work was refused because the records were closed (the app is quitting): nothing to tell. */
    public static boolean closing(Throwable failure) {
        return unwrap(failure) instanceof CancellationException;
    }

    /**
     * The records' own failure of work that has failed, when it is one ({@code client.gone},
     * a name already taken): lets a screen do more than tell it, such as keep what was typed.
     */
    public static java.util.Optional<StoreException> storeFailure(java.util.concurrent.CompletableFuture<?> failed) {
        Throwable failure = failed.handle((result, e) -> e).getNow(null);
        return unwrap(failure) instanceof StoreException store
                ? java.util.Optional.of(store)
                : java.util.Optional.empty();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public static String describe(Throwable failure, I18n i18n) {
        Throwable e = unwrap(failure);
        if (e instanceof StoreException store) {
            return store.message(i18n.lang());
        }
        if (e instanceof TransferException transfer) {
            return transfer.message(i18n.lang());
        }
        // a failure nobody foresaw: the person gets a calm sentence, the log gets the details
        LOG.log(Level.WARNING, "unexpected failure in the records", e);
        return i18n.get("records.failed");
    }

    private Failures() {}
}
