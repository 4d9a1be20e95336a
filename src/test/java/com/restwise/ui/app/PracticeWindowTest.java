package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.cli.PracticeForCommands;
import com.restwise.records.Client;
import com.restwise.records.practice.PracticeAddress;
import com.restwise.records.practice.PracticeConnections;
import com.restwise.records.practice.PracticeStore;
import com.restwise.storage.DraftStore;
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

    private void openPracticeRecords() throws Exception {
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
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the open records screen: a new client, and their first consultation started. */
    private void startConsultation(String name) throws Exception {
        d.newClient(name);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> d.exists("#new-consultation"));
        d.click("#new-consultation");
    }

    /**
     * The network gone for jana's work, as far as the app can tell: her work connections ended on
     * the server and no new one let in (the listener's stays), until {@link #networkBack}.
     */
    private static int networkGone() throws Exception {
        try (java.sql.Connection c = DB.superConnection();
                java.sql.Statement s = c.createStatement();
                java.sql.PreparedStatement p = c.prepareStatement("SELECT count(*) FILTER (WHERE "
                        + "pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = ? "
                        + "AND query NOT ILIKE '%listen%'")) {
            s.execute("ALTER ROLE \"" + jana.login() + "\" CONNECTION LIMIT 1");
            p.setString(1, jana.login());
            try (java.sql.ResultSet r = p.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @org.junit.jupiter.api.AfterEach
    void networkIsBackForTheNextTest() throws Exception {
        networkBack();
    }

    private static void networkBack() throws Exception {
        try (java.sql.Connection c = DB.superConnection();
                java.sql.Statement s = c.createStatement()) {
            s.execute("ALTER ROLE \"" + jana.login() + "\" CONNECTION LIMIT -1");
        }
    }

    @Test
    void aSaveTheDatabaseDidNotAnswerSaysSoOnceAndRetrySavesIt() throws Exception {
        openPracticeRecords();
        startConsultation("Nora Netz");
        d.type("#weight", "70");
        d.next();
        d.click("#position-back-most");
        d.next(3);
        d.toResultsWithoutSigns();
        assertTrue(networkGone() > 0, "the connections the save would use are gone");
        d.click("#save-result");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> d.text("#notice").startsWith("Not saved"))
                .get());
        String said = d.text("#notice");
        assertEquals(
                "Not saved: the practice database cannot be reached. Your answers stay here; \"Retry\" saves them"
                        + " once it answers again.",
                said,
                "said once");
        assertEquals(
                "Retry",
                d.find("#save-result", javafx.scene.control.Button.class).getText());

        // it fails again: still said once, not stacked
        d.click("#save-result");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !d.find("#save-result", javafx.scene.control.Button.class)
                .isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(said, d.text("#notice"), "said once, however often it fails");

        networkBack();
        d.click("#save-result");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> d.text("#notice").startsWith("Saved to Nora Netz"))
                .get());
        try (PracticeStore otherRoom =
                new PracticeStore(PracticeConnections.open(tom, PASSWORD.toCharArray(), false))) {
            long nora = otherRoom.clientNamed("Nora Netz").orElseThrow().id();
            assertEquals(1, otherRoom.consultationLines(nora).size(), "saved once, by Retry");
        }
    }

    @Test
    void aDraftBeingTypedSurvivesTheIdleLockAndTheUnlock() throws Exception {
        openPracticeRecords();
        startConsultation("Ida Idle");
        d.type("#weight", "83");
        d.next();
        d.click("#position-back-most");

        // fifteen minutes without a key press or a click pass at once
        PracticeActions practice = d.app.practice();
        WaitForAsyncUtils.asyncFx(() -> {
                    practice.idleClock(() -> System.nanoTime() + TimeUnit.MINUTES.toNanos(16));
                    practice.lockIfIdle();
                    practice.idleClock(System::nanoTime);
                })
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(practice::locked)
                .get());
        assertEquals("83", d.vm().you().weight().text().get(), "the answer typed stays on screen");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Files.exists(dataDir.resolve(DraftStore.FILE))
                        && Files.readString(dataDir.resolve(DraftStore.FILE)).contains("83"));

        d.next(3);
        d.toResultsWithoutSigns();
        d.click("#save-result");
        // locked: the password first, then the save, with the answers as typed
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> d.exists("#practice-password"));
        d.robot.clickOn(d.find("#practice-password", javafx.scene.Node.class)).write(PASSWORD);
        d.robot.clickOn(d.find("#practice-password-open", javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> d.text("#notice").startsWith("Saved to Ida Idle"))
                .get());
        try (PracticeStore otherRoom =
                new PracticeStore(PracticeConnections.open(tom, PASSWORD.toCharArray(), false))) {
            long ida = otherRoom.clientNamed("Ida Idle").orElseThrow().id();
            com.restwise.engine.profile.Profile saved =
                    otherRoom.consultations(ida).get(0).profile();
            assertEquals(83.0, saved.sleeper().weightKg(), "saved as typed before the lock");
        }
    }

    @Test
    void thePasswordOpensThePracticesRecordsTheHeaderSaysWhereAndAnotherRoomsClientAppears() throws Exception {
        openPracticeRecords();
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
