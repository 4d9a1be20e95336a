package com.restwise.ui.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that drives the real window: a data directory of its own, and the app closed after each test. */
abstract class AppWindowTest {

    @TempDir
    Path dataDir;

    WizardDriver d;

    @AfterEach
    void closeTheApp() throws Exception {
        if (d != null) {
            d.stop();
        }
    }
}
