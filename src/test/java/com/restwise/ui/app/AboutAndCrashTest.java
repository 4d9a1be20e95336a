package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.AppVersion;
import com.restwise.ui.wizard.Step;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What a desktop program is expected to have around the wizard: an About page, a calm word after a bug. */
class AboutAndCrashTest extends AppWindowTest {

    @Test
    void theAboutPageShowsTheVersionAndEveryLicenceInFull() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#about");
        assertEquals(
                "Version " + AppVersion.app() + " (advice engine " + AppVersion.engine() + ")",
                d.text("#about-version"));
        assertTrue(
                AppVersion.app().matches("\\d+\\.\\d+\\.\\d+.*"),
                "the pom's version, not unknown: " + AppVersion.app());
        TextArea text = d.find("#about-licence-text", TextArea.class);
        assertTrue(text.getText().startsWith("MIT License"), "our own licence first");

        for (String[] expected : new String[][] {
            {"Gson", "Apache License"},
            {"OpenJFX", "Classpath"},
            {"ControlsFX", "ControlsFX"},
            {"AtlantaFX", "mkpaz"},
            {"DejaVu", "Bitstream"},
            {"All notices", "sqlite-jdbc"}
        }) {
            Hyperlink link = d.robot
                    .lookup((Hyperlink h) -> h.getText().startsWith(expected[0]))
                    .queryAs(Hyperlink.class);
            d.robot.interact(link::fire);
            assertTrue(text.getText().contains(expected[1]), expected[0] + " shows its licence");
        }
        d.click("#about-back");
        assertTrue(d.exists("#start"), "back on the welcome page");
    }

    @Test
    void anUncaughtExceptionSavesTheAnswersAndOffersTheLogFolder() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.expectStep(Step.YOU);
        Files.deleteIfExists(dataDir.resolve("draft.json"));
        // typed just before the crash: written by the crash, or by the autosave if the machine was
        // slow enough for the answers to be still for its quiet moment first
        d.type("#weight", "83");

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
        d.robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
    }
}
