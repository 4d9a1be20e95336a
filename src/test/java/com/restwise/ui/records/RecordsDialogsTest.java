package com.restwise.ui.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.records.ClientTransfer.OnConflict;
import com.restwise.ui.common.I18n;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The questions around export and import, answered with the mouse and keyboard as a person would. */
class RecordsDialogsTest {

    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeEach
    void window() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            s.setScene(new Scene(new StackPane(), 900, 700));
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** Opens a dialog (which waits for its answer) and returns that answer once given. */
    private <T> CompletableFuture<T> open(Supplier<T> dialog, String shownWhen) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialog.get()));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> robot.lookup(shownWhen).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return answer;
    }

    private void assertNotCut(String query) {
        Labeled l = robot.lookup(query).queryAs(Labeled.class);
        assertTrue(
                l.getWidth() >= l.prefWidth(-1) - 0.5
                        || l.isWrapText() && l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5,
                query + " is cut: " + l.getText());
    }

    @Test
    void theConflictChoiceIsReadableInGermanAndOnlyTheChosenOneIsReturned() throws Exception {
        CompletableFuture<Optional<OnConflict>> answer =
                open(() -> ConflictDialog.ask(new I18n("de"), stage, Set.of("Anna Berger")), "#conflict-skip");
        for (String id : new String[] {"#conflict-skip", "#conflict-replace", "#conflict-keep-both", "#conflict-ok"}) {
            assertNotCut(id);
        }
        assertEquals(
                "Meine behalten, diese überspringen",
                robot.lookup("#conflict-skip").queryLabeled().getText());
        assertTrue(
                ((RadioButton) robot.lookup("#conflict-skip").query()).isSelected(),
                "keeping one's own is chosen at first");
        robot.clickOn("#conflict-replace");
        robot.clickOn("#conflict-ok");
        assertEquals(Optional.of(OnConflict.REPLACE), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void exportRecommendsAPassphraseAndSaysWhatAPlainFileHolds() throws Exception {
        CompletableFuture<Optional<ExportDialog.Choice>> answer =
                open(() -> new ExportDialog(new I18n("en"), stage).showAndWait(), "#export-passphrase");
        assertTrue(robot.lookup("#export-plain-warning")
                .queryLabeled()
                .getText()
                .startsWith("A plain export holds health data anyone who gets the file can read."));
        Node export = robot.lookup("#export-ok").query();
        assertTrue(export.isDisabled(), "no export without a passphrase while protection is chosen");
        robot.clickOn("#export-passphrase").write("correct horse");
        robot.clickOn("#export-passphrase-again").write("correct horsf");
        assertEquals(
                "The two passphrases differ.",
                robot.lookup("#export-problem").queryLabeled().getText());
        assertTrue(export.isDisabled());
        robot.eraseText(1).write("e");
        assertFalse(export.isDisabled());
        robot.clickOn("#export-ok");
        assertArrayEquals(
                "correct horse".toCharArray(),
                answer.get(10, TimeUnit.SECONDS).orElseThrow().passphrase());
    }

    @Test
    void aPlainExportIsChosenDeliberately() throws Exception {
        CompletableFuture<Optional<ExportDialog.Choice>> answer =
                open(() -> new ExportDialog(new I18n("de"), stage).showAndWait(), "#export-plain");
        robot.clickOn("#export-plain");
        assertTrue(robot.lookup("#export-passphrase").query().isDisabled());
        robot.clickOn("#export-ok");
        assertEquals(null, answer.get(10, TimeUnit.SECONDS).orElseThrow().passphrase(), "no passphrase: a plain file");
    }

    @Test
    void aWrongPassphraseIsSaidWhenAskedAgain() throws Exception {
        CompletableFuture<Optional<char[]>> answer =
                open(() -> PassphraseDialog.ask(new I18n("en"), stage, "anna.restwise", true), "#import-passphrase");
        assertEquals(
                "That passphrase does not open the file. Check it and try again; nothing was imported.",
                robot.lookup("#import-passphrase-wrong").queryLabeled().getText());
        robot.clickOn("#import-passphrase").write("correct horse").type(KeyCode.ENTER);
        assertArrayEquals(
                "correct horse".toCharArray(), answer.get(10, TimeUnit.SECONDS).orElseThrow());
    }

    @Test
    void aLongListOfConflictsIsShortenedToTheFirstNamesAndACount() {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 1; i <= 30; i++) {
            names.add("Client " + i);
        }
        assertEquals(
                "Client 1, Client 2, Client 3, Client 4, Client 5, Client 6, Client 7, Client 8 und 22 weitere",
                ConflictDialog.shortList(new I18n("de"), names));
        assertEquals(
                "Anna Berger, Bob Stone",
                ConflictDialog.shortList(new I18n("en"), new LinkedHashSet<>(List.of("Anna Berger", "Bob Stone"))));
    }
}
