package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.Client;
import com.restwise.records.ConsultationStore;
import com.restwise.records.RecordsService;
import com.restwise.records.SlowDisk;
import com.restwise.ui.common.JavaFxToolkit;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The records screen with its database on a deliberately slow disk: the window never waits for it. */
class SlowDiskRecordsTest {

    /** The app with every save taking 2.5 s once the disk is made slow. */
    public static final class SlowDiskApp extends RestwiseApp {
        static final SlowDisk DISK = new SlowDisk();

        @Override
        protected RecordsService openRecords(Path dataDir) {
            return new RecordsService(() -> ConsultationStore.open(dataDir), DISK);
        }
    }

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private SlowDiskApp app;

    @AfterEach
    void stop() throws Exception {
        SlowDiskApp.DISK.fast();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void savingAResultOnASlowDiskSaysSoAndTheAnswersStay() throws Exception {
        WizardDriver d = WizardDriver.start(dataDir, SlowDiskApp.class);
        app = (SlowDiskApp) d.app;
        d.quickRun("64", "side");
        SlowDiskApp.DISK.slow("save", 2000);
        Node save = d.find("#save-result", Node.class);
        d.scrollIntoView(save);
        robot.clickOn(save); // not d.click: that would wait for the save
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> "Saving...".equals(d.text("#notice")));
        long ping = JavaFxToolkit.pingMillis();
        assertTrue(ping < 800, "the JavaFX thread answered in " + ping + " ms while the save waited");
        assertEquals("64", d.vm().you().weight().text().get(), "the answers stay on screen");
        d.settle();
        assertEquals("Saved to \"My saved results\".", d.text("#notice"));
    }

    @Test
    void typingInTheSearchGoesOnWhileASaveWaitsForTheDisk() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (SlowDiskApp) FxToolkit.setupApplication(SlowDiskApp.class, "--data-dir=" + dataDir);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#records");
        for (String name : new String[] {"Anna Berger", "Bob Stone"}) {
            robot.clickOn("#new-client-name").write(name);
            robot.clickOn("#new-client");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(app::recordsSettled)
                    .get());
        }
        assertEquals("Bob Stone", robot.lookup("#client-name").queryLabeled().getText());

        SlowDiskApp.DISK.slow("save", 2500);
        robot.clickOn("#client-notes").write("sleeps on the left side").type(KeyCode.ENTER);
        long typing = System.nanoTime();
        robot.clickOn("#client-search").write("Ann");
        long typed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - typing);
        TextField search = robot.lookup("#client-search").queryAs(TextField.class);
        assertEquals("Ann", search.getText(), "every keystroke arrived");
        assertTrue(!WaitForAsyncUtils.asyncFx(app::recordsSettled).get(), "the save is still waiting for the disk");
        assertTrue(typed < 2000, "typing took " + typed + " ms, not the save's 2.5 s");
        long ping = JavaFxToolkit.pingMillis();
        assertTrue(ping < 800, "the JavaFX thread answered in " + ping + " ms, not after the save's 2.5 s");
        WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> robot.lookup("#records-progress")
                .query()
                .isVisible());
        assertTrue(
                robot.lookup("#records-progress").queryAs(Node.class).isVisible(),
                "a spinner says something is running");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(app::recordsSettled)
                .get());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Client> list = robot.lookup("#client-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertEquals("Anna Berger", list.getItems().get(0).name());
        assertTrue(!robot.lookup("#records-progress").queryAs(Node.class).isVisible());
        var bob = app.recordsService().search("Bob").get().get(0);
        assertEquals("sleeps on the left side", bob.notes(), "the slow save was kept");
    }
}
