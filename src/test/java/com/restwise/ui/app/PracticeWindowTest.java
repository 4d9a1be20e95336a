package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.cli.PracticeForCommands;
import com.restwise.records.Client;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeStore;
import com.restwise.storage.RecordsPlace;
import com.restwise.storage.RecordsPlaceStore;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on the practice's records, by clicks: the password asked when the records are first
 * opened (and written nowhere), the header saying where the records are, and a client another
 * room adds appearing in the open records screen by itself.
 */
class PracticeWindowTest extends AppWindowTest {

    private static final String PASSWORD = "a long practice password";

    @RegisterExtension
    static final PracticeForCommands DB = new PracticeForCommands();

    static PracticeAddress jana;
    static PracticeAddress tom;

    @BeforeAll
    static void practice() throws Exception {
        DB.therapists("Physio am Park", PASSWORD, "jana", "Jana Meier", "tom", "Tom Weber");
        jana = PracticeAddress.parse(DB.url(DB.login("jana")));
        tom = PracticeAddress.parse(DB.url(DB.login("tom")));
    }

    @SuppressWarnings("unchecked")
    private boolean listed(String name) {
        ListView<Client> list = d.find("#client-list", ListView.class);
        return list.getItems().stream().anyMatch(c -> c.name().equals(name));
    }

    @Test
    void thePasswordOpensThePracticesRecordsTheHeaderSaysWhereAndAnotherRoomsClientAppears() throws Exception {
        new RecordsPlaceStore(dataDir)
                .save(new RecordsPlace(
                        true,
                        jana.host(),
                        jana.port(),
                        jana.database(),
                        jana.login(),
                        "",
                        false,
                        RecordsPlace.DEFAULT_LOCK_MINUTES));
        d = WizardDriver.start(dataDir);
        d.robot.clickOn(d.find("#records", javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> d.exists("#practice-password"));
        d.robot.clickOn(d.find("#practice-password", javafx.scene.Node.class)).write(PASSWORD);
        d.robot.clickOn(d.find("#practice-password-open", javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> d.exists("#records-where"));
        assertEquals("Physio am Park: Jana Meier", d.text("#records-where"));
        assertTrue(d.exists("#move-to-practice"), "this computer's records can be moved in");

        try (PracticeStore otherRoom =
                new PracticeStore(PracticeConnections.open(tom, PASSWORD.toCharArray(), false))) {
            otherRoom.createClient("Bruno Brandt", "");
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> listed("Bruno Brandt"))
                .get());

        String kept = Files.readString(dataDir.resolve(RecordsPlaceStore.FILE))
                + String.join("", Files.readAllLines(dataDir.resolve("settings.json")));
        assertTrue(!kept.contains(PASSWORD), "the password is written nowhere");
    }
}
