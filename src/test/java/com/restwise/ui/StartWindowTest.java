package com.restwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Opens the real window headless (Monocle) and reads what it shows. */
class StartWindowTest {

    @TempDir
    static Path dataDir;

    @Test
    void theWindowIsTitledRestwiseAndSaysWhatTheAppDoesAndDoesNot() throws Exception {
        FxRobot robot = new FxRobot();
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(RestwiseApp.class, "--data-dir=" + dataDir);
        Stage stage = (Stage) robot.listWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                .findFirst().orElseThrow();
        assertEquals("Restwise", stage.getTitle());
        assertTrue(stage.getMinWidth() >= 960 && stage.getMinHeight() >= 680);
        String intro = robot.lookup("#intro").queryAs(Label.class).getText();
        assertTrue(intro.contains("Nothing leaves this computer"), intro);
        assertTrue(robot.lookup("#disclaimer").queryAs(Label.class).getText().contains("does not diagnose"));
        assertTrue(Files.exists(dataDir.resolve("settings.json")), "settings written to the data directory");
        FxToolkit.cleanupApplication(app);
    }
}
