package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Position;
import com.restwise.engine.profile.WarningSign;
import com.restwise.storage.Settings;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.FocusRingTest;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.common.PageRoles;
import com.restwise.ui.common.Theme;
import com.restwise.ui.wizard.steps.Frequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard with the keyboard alone, keys delivered as the toolkit delivers them, into a window
 * that holds only the wizard's view (no app, no disk, no robot): Tab order, the step list, Space on a check
 * box, Enter on a drop-down, and when "Enter your weight" is said.
 */
@ExtendWith(JavaFxToolkit.class)
class KeyboardTest {

    private WizardViewModel vm = new WizardViewModel(new I18n("en"), Advisor::new);
    private Stage stage;
    /** What the pages asked of the app, as "method(argument)". */
    private final List<String> asked = new ArrayList<>();

    @AfterEach
    void close() {
        JavaFxToolkit.run(() -> stage.close());
    }

    /** The wizard's view on the given step, in a window of its own with the keyboard in it. */
    private void show(Step step) {
        show(step, 1100, 900);
    }

    /** The same in a window of the given size. */
    private void show(Step step, int width, int height) {
        show(step, width, height, Settings.TextSize.NORMAL);
    }

    /** The same at a text size. */
    private void show(Step step, int width, int height, Settings.TextSize size) {
        JavaFxToolkit.run(() -> {
            vm.step().set(step);
            Theme.apply(Settings.Theme.LIGHT);
            WizardView view = new WizardView(
                    vm,
                    PageRoles.navigation(false),
                    new AskedSettings(),
                    PageRoles.consultations(null),
                    PageRoles.reports(),
                    PageRoles.notice());
            Theme.applyTextSize(view.root(), size);
            stage = new Stage();
            Scene scene = new Scene(view.root(), width, height);
            scene.getStylesheets().add(Theme.stylesheet());
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }

    private Node focused() {
        return JavaFxToolkit.call(() -> stage.getScene().getFocusOwner());
    }

    private String focusedId() {
        Node n = focused();
        return n == null ? null : n.getId();
    }

    private void press(KeyCode... keys) {
        for (KeyCode key : keys) {
            key(key, false, false, "");
        }
    }

    private void shiftTab() {
        key(KeyCode.TAB, true, false, "");
    }

    private void altDown() {
        key(KeyCode.DOWN, false, true, "");
    }

    private void write(String text) {
        for (char c : text.toCharArray()) {
            key(KeyCode.getKeyCode(String.valueOf(c)), false, false, String.valueOf(c));
        }
    }

    /**
     * A key pressed and released as the toolkit delivers it: to the scene's focus owner, through
     * its parents, the scene (Tab, the default button) and the window (an open drop-down's list),
     * the release to whatever has the focus by then. Without a robot, which waits after each key.
     */
    private String key(KeyCode code, boolean shift, boolean alt, String typed) {
        return JavaFxToolkit.call(() -> {
            Scene scene = stage.getScene();
            Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, shift, false, alt, false));
            if (!typed.isEmpty()) {
                Event.fireEvent(
                        target(scene),
                        new KeyEvent(KeyEvent.KEY_TYPED, typed, "", KeyCode.UNDEFINED, shift, false, alt, false));
            }
            Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, shift, false, alt, false));
            return scene.getFocusOwner() == null ? null : scene.getFocusOwner().getId();
        });
    }

    private static EventTarget target(Scene scene) {
        return scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
    }

    private <T extends Node> T find(String query, Class<T> type) {
        return JavaFxToolkit.call(() -> type.cast(stage.getScene().lookup(query)));
    }

    private void answerYou() {
        JavaFxToolkit.run(() -> vm.you().weight().text().set("70"));
    }

    private void answerSleep() {
        JavaFxToolkit.run(() -> vm.sleep().mine().frequency(Position.SIDE).set(Frequency.MOST));
    }

    @Test
    void startWithTheKeyboardPutsItOnTheFirstQuestionNotOnTheStepList() {
        show(Step.WELCOME);
        assertEquals("start", focusedId());
        assertEquals("weight", key(KeyCode.SPACE, false, false, ""), "at once, before the next pulse");
        assertEquals(Step.YOU, vm.step().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("weight", focusedId(), "and still once the page is laid out");
    }

    @Test
    void theArrowKeysChangeASettingAsAClickDoesAndAPressOnTheCurrentOneChangesNothing() {
        show(Step.WELCOME);
        ToggleButton light = find("#theme-light", ToggleButton.class);
        for (int i = 0; i < 10 && focused() != light; i++) {
            press(KeyCode.TAB);
        }
        assertEquals("theme-light", focusedId(), "Tab reaches the theme");
        press(KeyCode.SPACE);
        assertEquals(List.of(), asked, "the theme it is already: nothing to change");
        assertTrue(light.isSelected(), "and it stays pressed");
        press(KeyCode.RIGHT);
        assertEquals(List.of("changeTheme(DARK)"), asked, "Right chose the dark theme, as a click would");
        assertTrue(find("#theme-dark", ToggleButton.class).isSelected());
    }

    @Test
    void theStepListIsOneTabStopWhoseArrowsAndEnterGoWhereAClickMay() {
        answerYou();
        show(Step.SLEEP);
        assertEquals("position-side-most", focusedId(), "the page's first question has the keyboard");
        shiftTab();
        assertEquals("goto-sleep", focusedId(), "Shift+Tab from the first question reaches the step shown");
        press(KeyCode.UP);
        assertEquals("goto-you", focusedId());
        press(KeyCode.UP);
        assertEquals("goto-welcome", focusedId());
        press(KeyCode.UP);
        assertEquals("goto-welcome", focusedId(), "the top of the list is its end");
        press(KeyCode.END);
        assertEquals("goto-sleep", focusedId(), "End: the last step the answers allow, not the results");
        press(KeyCode.DOWN);
        assertEquals("goto-sleep", focusedId(), "\"Your mattress\" needs the positions first, as with the mouse");
        assertEquals(Step.SLEEP, vm.step().get(), "moving in the list goes nowhere yet");
        press(KeyCode.UP, KeyCode.ENTER);
        assertEquals(Step.YOU, vm.step().get(), "Enter goes to the step with the focus, and is not also Next");
        assertEquals("weight", focusedId(), "and the keyboard is on its first question");

        shiftTab();
        assertEquals("goto-you", focusedId(), "the list's Tab stop follows the step shown");
        press(KeyCode.DOWN, KeyCode.SPACE);
        assertEquals(Step.SLEEP, vm.step().get(), "Space works as Enter does");
    }

    @Test
    void tabWalksEachPageTopToBottomThenTheStepListThenBackToTheTop() {
        answerYou();
        answerSleep();
        for (Step step : List.of(Step.YOU, Step.SLEEP, Step.MATTRESS, Step.MORNINGS, Step.WARNING_SIGNS)) {
            if (stage != null) {
                JavaFxToolkit.run(() -> stage.close());
            }
            show(step);
            tabWalksThePage(step);
            // Mornings' groups are asked one at a time: each of them is walked the same way
            for (int part = 2; step == Step.MORNINGS && part <= 4; part++) {
                press(KeyCode.ENTER);
                assertEquals(Step.MORNINGS, vm.step().get());
                assertEquals(part, JavaFxToolkit.call(() -> vm.parts(Step.MORNINGS)
                        .number()
                        .get()));
                tabWalksThePage(step);
            }
        }
    }

    /** From the page's first control, Tab visits every control shown, top to bottom, then the step list. */
    private void tabWalksThePage(Step step) {
        Node first = focused();
        assertNotNull(first, step + ": the keyboard is on the page");
        List<Node> visited = new ArrayList<>();
        visited.add(first);
        for (int i = 0; i < 200; i++) {
            press(KeyCode.TAB);
            Node now = focused();
            if (now.getId() != null && now.getId().startsWith("goto-")) {
                break;
            }
            visited.add(now);
        }
        assertEquals(
                "goto-" + step.name().toLowerCase().replace('_', '-'),
                focusedId(),
                step + ": after the page's last control Tab reaches the step list, at the step shown");
        press(KeyCode.TAB);
        assertEquals(first, focused(), step + ": and from there back to the first question");
        Node previous = null;
        for (Node n : visited) {
            if (previous != null) {
                Bounds a = screenBounds(previous);
                Bounds b = screenBounds(n);
                boolean below = b.getMinY() >= a.getMaxY() - 2;
                boolean rightOnSameRow = b.getMinX() >= a.getMaxX() - 2 && b.getMinY() < a.getMaxY();
                assertTrue(
                        below || rightOnSameRow,
                        step + ": " + n.getId() + " comes after " + previous.getId()
                                + " but is not below or to the right of it");
            }
            previous = n;
        }
        List<Node> missed = JavaFxToolkit.call(() -> {
            List<Node> all = new ArrayList<>();
            reachable(stage.getScene().lookup("#page-scroll"), all);
            all.removeIf(n -> visited.contains(n) || inVisitedGroup(n, visited));
            return all;
        });
        assertTrue(missed.isEmpty(), step + ": Tab does not reach " + ids(missed));
    }

    private static List<String> ids(List<Node> nodes) {
        return nodes.stream()
                .map(n -> n.getId() == null ? n.getClass().getSimpleName() : n.getId())
                .toList();
    }

    private static Bounds screenBounds(Node n) {
        return JavaFxToolkit.call(() -> n.localToScene(n.getLayoutBounds()));
    }

    /** The controls the keyboard may reach: focus-traversable, shown and enabled. */
    private static void reachable(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> reachable(child, found));
        }
    }

    /**
     * A radio group with an answer, and a segmented switch (kg / lb), is one Tab stop: the
     * arrow keys move within it, as in a radio group on the web.
     */
    private static boolean inVisitedGroup(Node node, List<Node> visited) {
        return node instanceof Toggle t
                && t.getToggleGroup() != null
                && visited.stream().anyMatch(v -> v instanceof Toggle o && o.getToggleGroup() == t.getToggleGroup());
    }

    @Test
    void spaceTicksTheFocusedBoxAndTheRingShowsWhichOne() {
        answerYou();
        answerSleep();
        show(Step.WARNING_SIGNS);
        CheckBox weightLoss = find("#sign-unexplained-weight-loss", CheckBox.class);
        for (int i = 0; i < 40 && focused() != weightLoss; i++) {
            press(KeyCode.TAB);
        }
        assertEquals(weightLoss, focused(), "Tab reaches \"Losing weight without trying\"");
        WritableImage ringed = JavaFxToolkit.call(() -> stage.getScene().snapshot(null));
        press(KeyCode.SPACE);
        assertTrue(vm.warningSigns().contains(WarningSign.UNEXPLAINED_WEIGHT_LOSS), "Space ticked it");
        assertTrue(find("#sign-unexplained-weight-loss", CheckBox.class).isSelected());
        assertEquals(Step.WARNING_SIGNS, vm.step().get(), "and did not move on");
        // the ring is on this box: taking the focus away changes the pixels all around it
        JavaFxToolkit.run(() -> stage.getScene().getRoot().requestFocus());
        WritableImage plain = JavaFxToolkit.call(() -> {
            stage.getScene().getRoot().requestFocus();
            weightLoss.setSelected(false);
            return stage.getScene().snapshot(null);
        });
        assertEquals(
                "",
                FocusRingTest.sidesWithoutRing(plain, ringed, screenBounds(weightLoss)),
                "the focused box has a ring on every side");
    }

    @Test
    void spaceTurnsTheSharedBedSwitchOnAndOff() {
        answerYou();
        answerSleep();
        show(Step.SLEEP);
        Node shares = find("#shares-bed", Node.class);
        for (int i = 0; i < 30 && focused() != shares; i++) {
            press(KeyCode.TAB);
        }
        assertEquals("shares-bed", focusedId(), "Tab reaches the switch");
        press(KeyCode.SPACE);
        assertTrue(vm.sleep().sharesBed().get(), "Space turned it on");
        press(KeyCode.SPACE);
        assertFalse(vm.sleep().sharesBed().get(), "and off");
        assertEquals(Step.SLEEP, vm.step().get());
    }

    @Test
    void enterOnAnOpenDropDownChoosesAndOnlyAClosedOneMeansNext() {
        answerYou();
        answerSleep();
        show(Step.MATTRESS);
        assertEquals("firmness", focusedId());
        ComboBox<?> firmness = find("#firmness", ComboBox.class);
        press(KeyCode.F4);
        assertTrue(JavaFxToolkit.call(firmness::isShowing), "F4 opens the drop-down");
        press(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        assertEquals(Step.MATTRESS, vm.step().get(), "Enter chose in the open list; it did not go on");
        assertFalse(JavaFxToolkit.call(firmness::isShowing), "and closed it");
        assertEquals(2, vm.mattress().firmness().get(), "the item with the highlight is chosen");
        altDown();
        assertTrue(JavaFxToolkit.call(firmness::isShowing), "Alt+Down opens it too");
        press(KeyCode.DOWN, KeyCode.ENTER);
        assertEquals(Step.MATTRESS, vm.step().get());
        assertEquals(3, vm.mattress().firmness().get());
        press(KeyCode.ENTER);
        assertEquals(Step.MORNINGS, vm.step().get(), "Enter on the closed drop-down is Next, as in a text field");
    }

    @Test
    void enterAndEscWalkTheMorningsGroupsWithTheKeyboardOnEachGroupsFirstQuestion() {
        answerYou();
        answerSleep();
        show(Step.MORNINGS);
        Label title = find("#step-title", Label.class);
        assertEquals("Step 5 of 8: Mornings · part 1 of 4", JavaFxToolkit.call(title::getText));
        assertEquals("morning-pain-0", focusedId(), "the first group's first question");
        press(KeyCode.RIGHT, KeyCode.ENTER);
        assertEquals(1, vm.mornings().morningPain().get(), "Right answered; Enter went on");
        assertEquals(Step.MORNINGS, vm.step().get(), "to the next group, not the next step");
        assertEquals("Step 5 of 8: Mornings · part 2 of 4", JavaFxToolkit.call(title::getText));
        assertTrue(shownAndIn("#group-where"), "the keyboard is on the group shown: " + focusedId());
        assertFalse(JavaFxToolkit.call(find("#group-waking", Node.class)::isVisible), "one group at a time");
        assertEquals(firstControlIn(find("#group-where", Node.class)), focused(), "on its first question");
        press(KeyCode.ENTER, KeyCode.ENTER);
        assertEquals("Step 5 of 8: Mornings · part 4 of 4", JavaFxToolkit.call(title::getText));
        assertTrue(shownAndIn("#group-began"), focusedId());
        press(KeyCode.ESCAPE);
        assertEquals("Step 5 of 8: Mornings · part 3 of 4", JavaFxToolkit.call(title::getText), "Esc is Back");
        assertTrue(shownAndIn("#group-behaves"), focusedId());
        press(KeyCode.ENTER, KeyCode.ENTER);
        assertEquals(Step.WARNING_SIGNS, vm.step().get(), "past the last group Enter leaves the step");
        assertEquals("Step 6 of 8: Warning signs", JavaFxToolkit.call(title::getText));
        press(KeyCode.ESCAPE);
        assertEquals(Step.MORNINGS, vm.step().get());
        assertEquals("Step 5 of 8: Mornings · part 4 of 4", JavaFxToolkit.call(title::getText));
        assertTrue(shownAndIn("#group-began"), "Back from the next step lands on the last group: " + focusedId());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"en, NORMAL, part {0} of 4", "de, LARGEST, Teil {0} von 4"})
    void onALowWindowTheStepAndItsPartStayInViewAsEachGroupComesIn(
            String lang, Settings.TextSize size, String partWords) {
        vm = new WizardViewModel(new I18n(lang), Advisor::new);
        answerYou();
        answerSleep();
        // a 1024x600 laptop: the heading scrolls with the page (in German at 150 %, the pain areas'
        // long list brought into view whole scrolled it away on part 2)
        show(Step.MORNINGS, 1024, 560, size);
        Label title = find("#step-title", Label.class);
        Node scroll = find("#page-scroll", Node.class);
        for (int part = 1; part <= 4; part++) {
            if (part > 1) {
                press(KeyCode.ENTER);
            }
            WaitForAsyncUtils.waitForFxEvents();
            JavaFxToolkit.run(() -> {}); // what the page put off to the next pulse (bringing a question into view)
            String said = JavaFxToolkit.call(title::getText);
            assertTrue(said.endsWith(partWords.replace("{0}", Integer.toString(part))), said);
            double top = JavaFxToolkit.call(() -> scroll.localToScene(0, 0).getY());
            double titleTop = JavaFxToolkit.call(() -> title.localToScene(0, 0).getY());
            assertTrue(
                    titleTop >= top - 1,
                    "part " + part + ": the step and its part are in view, not scrolled away (" + titleTop + " above "
                            + top + "), with the keyboard on " + focusedId());
        }
    }

    /** Whether the focus is in the given group and the group shows. */
    private boolean shownAndIn(String group) {
        WaitForAsyncUtils.waitForFxEvents();
        return JavaFxToolkit.call(() -> {
            Node g = stage.getScene().lookup(group);
            if (!g.isVisible()) {
                return false;
            }
            for (Node n = stage.getScene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n == g) {
                    return true;
                }
            }
            return false;
        });
    }

    private static Node firstControlIn(Node node) {
        return JavaFxToolkit.call(() -> {
            List<Node> all = new ArrayList<>();
            reachable(node, all);
            return all.isEmpty() ? null : all.get(0);
        });
    }

    @Test
    void enterYourWeightIsSaidOnlyOnceThePersonMovesOnWithoutIt() {
        show(Step.YOU);
        Label reason = find("#next-blocked", Label.class);
        assertEquals("weight", focusedId());
        assertFalse(
                JavaFxToolkit.call(() -> reason.isVisible() && !reason.getText().isEmpty()),
                "an untouched page says nothing is missing yet: " + reason.getText());
        press(KeyCode.TAB);
        assertEquals(
                "Enter your weight to continue.",
                JavaFxToolkit.call(reason::getText),
                "leaving the weight empty says what is missing");
        assertTrue(JavaFxToolkit.call(reason::isVisible));
    }

    @Test
    void nextOnAnUntouchedPageSaysWhatIsMissingAndStays() {
        show(Step.YOU);
        Label reason = find("#next-blocked", Label.class);
        press(KeyCode.ENTER);
        assertEquals(Step.YOU, vm.step().get());
        assertEquals("Enter your weight to continue.", JavaFxToolkit.call(reason::getText));
        assertEquals("weight", focusedId(), "the keyboard stays on the field that needs an answer");
        write("70");
        assertEquals("", JavaFxToolkit.call(reason::getText), "answered: nothing blocks");
        press(KeyCode.ENTER);
        assertEquals(Step.SLEEP, vm.step().get());
        assertFalse(
                JavaFxToolkit.call(() -> reason.isVisible() && !reason.getText().isEmpty()),
                "the next untouched page does not open with a complaint either: " + reason.getText());
    }

    /** The settings the welcome page shows, each change it asks for written down. */
    private final class AskedSettings implements AppSettings {
        @Override
        public Settings settings() {
            return Settings.defaults(Locale.UK);
        }

        @Override
        public void changeLanguage(String lang) {
            asked.add("changeLanguage(" + lang + ")");
        }

        @Override
        public void changeTheme(Settings.Theme theme) {
            asked.add("changeTheme(" + theme + ")");
        }

        @Override
        public void changeTextSize(Settings.TextSize size) {
            asked.add("changeTextSize(" + size + ")");
        }

        @Override
        public void changeEmergencyCountry(String country) {
            asked.add("changeEmergencyCountry(" + country + ")");
        }

        @Override
        public void changeReportSettings(com.restwise.storage.ReportSettings report) {
            asked.add("changeReportSettings(" + report + ")");
        }

        @Override
        public boolean firstRun() {
            return false;
        }
    }
}
