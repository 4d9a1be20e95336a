package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.common.FirstRunNote;
import com.restwise.ui.help.HelpPage;
import com.restwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The first-run note shows once; F1 and the welcome page's link open help, in the app's language. */
class HelpTest extends AppWindowTest {

    @Test
    void theFirstStartExplainsWhatRestwiseDoesOnceAndNeverAgain() throws Exception {
        d = WizardDriver.start(dataDir);
        assertTrue(d.exists("#" + FirstRunNote.ID), "the first start shows the note");
        assertEquals("start", d.stage.getScene().getFocusOwner().getId(), "the keyboard still starts on Start");
        String note = WizardDriver.allText(d.find("#" + FirstRunNote.ID, Node.class));
        assertTrue(note.startsWith("New here?"), note);
        assertTrue(note.contains("It does not diagnose or treat pain"), note);
        assertTrue(note.contains("under Help (F1)"), note);
        // still there, in German, when the language changes during that first run
        d.click("#language-de");
        String german = WizardDriver.allText(d.find("#" + FirstRunNote.ID, Node.class));
        assertTrue(german.startsWith("Zum ersten Mal hier?"), german);
        assertTrue(german.contains("Es stellt keine Diagnose"), german);
        // German at 150 %: the page scrolls rather than cut any text
        d.click("#text-size-150");
        assertEquals(List.of(), cutTexts(d.stage.getScene().getRoot()));
        Path settings = dataDir.resolve("settings.json");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Files.exists(settings) && Files.readString(settings).contains("\"introSeen\": true"));
        d.stop();

        d = WizardDriver.start(dataDir);
        assertTrue(d.exists("#start"));
        assertFalse(d.exists("#" + FirstRunNote.ID), "the second start goes straight to the welcome page");
        // and the note can be read again under Help
        d.click("#help");
        assertTrue(d.exists("#" + HelpPage.ID));
        assertTrue(WizardDriver.allText(d.find("#" + HelpPage.ID, Node.class)).contains("Das tut Restwise nicht:"));
    }

    @Test
    void f1OpensHelpFromAQuestionAndEscReturnsWithTheAnswerKept() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.expectStep(Step.YOU);
        d.type("#weight", "83");
        d.robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(d.exists("#" + HelpPage.ID), "F1 opens help");
        String help = WizardDriver.allText(d.find("#" + HelpPage.ID, Node.class));
        for (String expected : new String[] {
            "Keyboard",
            "Esc, Alt + \u2190",
            "Next step",
            "Home, End",
            "The firmness scale and the H labels",
            "Each maker draws the bands differently"
        }) {
            assertTrue(help.contains(expected), expected + " in " + help);
        }
        assertEquals("H4", scaleRow(8)[2]);
        assertEquals("H1", scaleRow(3)[2]);
        assertEquals("H2", scaleRow(4)[2]);
        assertEquals("H3", scaleRow(7)[2]);
        assertEquals("H5", scaleRow(9)[2]);
        // F1 again changes nothing; Esc goes back to the question, the answer still there
        d.robot.press(KeyCode.F1).release(KeyCode.F1);
        d.robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(d.exists("#" + HelpPage.ID));
        d.expectStep(Step.YOU);
        assertEquals("83", d.vm().you().weight().text().get());
    }

    @Test
    void helpSpeaksGermanWhenTheAppDoes() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"language\": \"de\", \"introSeen\": true}");
        d = WizardDriver.start(dataDir);
        assertFalse(d.exists("#" + FirstRunNote.ID), "seen before: no note");
        assertEquals("Hilfe", d.text("#help"));
        d.click("#help");
        String help = WizardDriver.allText(d.find("#" + HelpPage.ID, Node.class));
        for (String expected : new String[] {
            "Tastatur",
            "Eingabetaste",
            "Umschalt + Tab",
            "Pos1, Ende",
            "Die Härteskala und die H-Angaben",
            "Händlerangabe",
            "Jeder Hersteller zieht die Grenzen anders",
            "Das tut Restwise:"
        }) {
            assertTrue(help.contains(expected), expected + " in " + help);
        }
        assertEquals("mittelfest", scaleRow(7)[1]);
        // the Back button is at the end of a long page, below the fold
        Button back = d.find("#help-back", Button.class);
        d.robot.interact(back::fire);
        assertTrue(d.exists("#start"), "back on the welcome page");
    }

    /** Texts shown shortened with an ellipsis because their label had too little room. */
    private static List<String> cutTexts(Node node) {
        List<String> cut = new ArrayList<>();
        if (node instanceof Text t && t.isVisible() && t.getText().endsWith("...")) {
            cut.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> cut.addAll(cutTexts(c)));
        }
        return cut;
    }

    /** The scale table's row for one step: number, word, shop label. */
    private String[] scaleRow(int step) {
        GridPane grid = d.find("#help-scale", GridPane.class);
        String[] row = new String[3];
        for (Node n : grid.getChildren()) {
            Integer r = GridPane.getRowIndex(n);
            Integer c = GridPane.getColumnIndex(n);
            if (r != null && r == step) {
                row[c == null ? 0 : c] = ((Label) n).getText();
            }
        }
        return row;
    }
}
