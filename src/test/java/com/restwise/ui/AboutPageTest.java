package com.restwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.AppVersion;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutPageTest {

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
    void theAboutPageShowsTheVersionAndEveryLicenceInFull() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#about");
        assertEquals("Version " + AppVersion.app() + " (advice engine " + AppVersion.engine() + ")", d.text("#about-version"));
        assertTrue(AppVersion.app().matches("\\d+\\.\\d+\\.\\d+.*"), "the pom's version, not unknown: " + AppVersion.app());
        TextArea text = d.find("#about-licence-text", TextArea.class);
        assertTrue(text.getText().startsWith("MIT License"), "our own licence first");

        for (String[] expected : new String[][] {{"Gson", "Apache License"}, {"OpenJFX", "Classpath"},
                {"ControlsFX", "ControlsFX"}, {"AtlantaFX", "mkpaz"}, {"DejaVu", "Bitstream"}, {"All notices", "sqlite-jdbc"}}) {
            Hyperlink link = d.robot.lookup((Hyperlink h) -> h.getText().startsWith(expected[0])).queryAs(Hyperlink.class);
            d.robot.interact(link::fire);
            assertTrue(text.getText().contains(expected[1]), expected[0] + " shows its licence");
        }
        d.click("#about-back");
        assertTrue(d.exists("#start"), "back on the welcome page");
    }
}
