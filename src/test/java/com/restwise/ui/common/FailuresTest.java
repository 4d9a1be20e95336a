package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.records.StoreException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What a person reads when work on the records fails: their language, never an exception class. */
class FailuresTest {

    @Test
    void aStoreFailureIsSaidInTheAppsLanguage() {
        StoreException full = new StoreException("client.needs-name");
        assertEquals("A client needs a name.", Failures.describe(new CompletionException(full), new I18n("en")));
        assertEquals(full.message("de"), Failures.describe(new CompletionException(full), new I18n("de")));
    }

    @Test
    void anUnforeseenFailureGetsACalmSentenceWithoutItsClass() {
        String shown = Failures.describe(new CompletionException(new IllegalStateException("bug")), new I18n("de"));
        assertEquals(
                "Bei den Akten ist etwas schiefgegangen. Ihre Eingaben sind erhalten; bitte versuchen Sie es noch einmal.",
                shown);
    }

    @Test
    void workRefusedBecauseTheAppIsQuittingIsNotAFailureToTell() {
        assertEquals(true, Failures.closing(new CompletionException(new CancellationException("closed"))));
        assertEquals(false, Failures.closing(new CompletionException(new StoreException("client.needs-name"))));
    }
}
