package com.restwise.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;

/**
 * Work on the records followed from a screen: counted as running while it is, then its result
 * applied on the JavaFX thread, or its failure told in the notice (what was entered stays on
 * screen). Shared by the client records and a shopper's saved results.
 */
public final class RecordsWork {

    private RecordsWork() {
    }

    /** Completes with whether the result was applied. */
    public static <T> CompletableFuture<Boolean> follow(CompletableFuture<T> work, Consumer<T> apply, IntegerProperty pending,
                                                 Notice notice, I18n i18n) {
        CompletableFuture<Boolean> applied = new CompletableFuture<>();
        pending.set(pending.get() + 1);
        work.whenComplete((result, failure) -> Platform.runLater(() -> {
            pending.set(pending.get() - 1);
            if (failure != null) {
                if (!Failures.closing(failure)) {
                    notice.set(Failures.describe(failure, i18n));
                }
                applied.complete(false);
                return;
            }
            apply.accept(result);
            applied.complete(true);
        }));
        return applied;
    }
}
