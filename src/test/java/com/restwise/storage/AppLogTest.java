package com.restwise.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLogTest {

    @Test
    void theLogIsAFileInTheDataDirectoryAndNeverQuotesWhatTheUserEntered(@TempDir Path dataDir) throws Exception {
        AppLog.start(dataDir);
        System.Logger log = System.getLogger("com.restwise.test");
        IllegalStateException crash =
                new IllegalStateException("client Anna Berger, notes: sleeps badly", new IOException("weight 900 kg"));
        log.log(System.Logger.Level.ERROR, "uncaught exception", crash);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }

        Path file = AppLog.folder(dataDir).resolve("restwise-0.log");
        String text = Files.readString(file);
        assertTrue(text.contains("Restwise ") && text.contains(" started"), text);
        assertTrue(text.contains("SEVERE com.restwise.test: uncaught exception"), text);
        assertTrue(text.contains("java.lang.IllegalStateException"), "the type of what failed: " + text);
        assertTrue(text.contains("caused by java.io.IOException"), text);
        assertTrue(text.contains("at com.restwise.storage.AppLogTest."), "where it failed: " + text);
        assertFalse(text.contains("Anna"), text);
        assertFalse(text.contains("sleeps badly"), text);
        assertFalse(text.contains("900"), text);
    }
}
