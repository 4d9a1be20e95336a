package com.restwise.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.restwise.records.Client;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose name a report carries, and where the next one is offered. */
class ReportActionsTest {

    @Test
    void aClientNamedMyResultsGetsReportsWithTheirNameOnlyAShopperIsAnonymous() {
        assertEquals("My results", ReportActions.clientName(new Client(7, "My results", "")));
        assertEquals("Anna Berg", ReportActions.clientName(new Client(8, "Anna Berg", "")));
        assertNull(ReportActions.clientName(null), "a shopper's own report names nobody");
    }

    @Test
    void theLastFolderIsOfferedOnlyWhileItIsThere(@TempDir Path dir) {
        assertEquals(dir, ReportActions.existingFolder(dir.toString()));
        assertNull(ReportActions.existingFolder(dir.resolve("gone").toString()));
        assertNull(ReportActions.existingFolder(null));
        assertNull(ReportActions.existingFolder("\0bad"), "a path the system cannot hold");
    }
}
