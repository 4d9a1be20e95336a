package com.restwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.model.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A bug in the middle of the wizard: the user keeps their answers and gets a calm word, not a stack trace. */
class CrashDialogTest {

    @TempDir
    Path dataDir;
    private WizardDriver d;

    @AfterEach
    void stop() throws Exception {
        if (d != null) {
            d.stop();
        }
    }

    @Test
    void anUncaughtExceptionSavesTheAnswersAndOffersTheLogFolder() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.expectStep(Step.YOU);
        d.type("#weight", "83");
        Files.deleteIfExists(dataDir.resolve("draft.json"));

        Platform.runLater(() -> {
            throw new IllegalStateException("a bug");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> d.exists("#crash-dialog"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dataDir.resolve("draft.json")));

        assertTrue(Files.readString(dataDir.resolve("draft.json")).contains("83"), "the answers so far are kept");
        DialogPane dialog = d.find("#crash-dialog", DialogPane.class);
        assertTrue(dialog.getContentText().contains(dataDir.resolve("logs").toString()), dialog.getContentText());
        assertTrue(dialog.getButtonTypes().stream().anyMatch(b -> b.getText().equals("Open the log folder")));
        assertEquals("83", d.vm().you().weight().text().get(), "the wizard carries on with the answers");
        d.robot.interact(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());
    }
}
