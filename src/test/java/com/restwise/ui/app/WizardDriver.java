package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.WarningSign;
import com.restwise.records.Client;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import com.restwise.ui.wizard.steps.StepParts;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app on a data directory and drives its controls as a user would. */
final class WizardDriver {

    final FxRobot robot = new FxRobot();
    final RestwiseApp app;
    final Stage stage;

    private WizardDriver(RestwiseApp app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    static WizardDriver start(Path dataDir) throws Exception {
        return start(dataDir, RestwiseApp.class);
    }

    /** The app, or a test's variant of it (one with a slow disk, say). */
    static WizardDriver start(Path dataDir, Class<? extends RestwiseApp> appClass) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        RestwiseApp app = (RestwiseApp) FxToolkit.setupApplication(appClass, "--data-dir=" + dataDir);
        WaitForAsyncUtils.waitForFxEvents();
        WizardDriver d = new WizardDriver(app, stage);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> d.vm().catalog().get() != null);
        return d;
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    WizardViewModel vm() {
        return app.viewModel();
    }

    <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    String text(String query) {
        return find(query, Labeled.class).getText();
    }

    void click(String query) {
        Node node = find(query, Node.class);
        toGroupOf(node);
        scrollIntoView(node);
        robot.clickOn(node);
        settle();
    }

    /**
     * Waits until the notice line has said the same for longer than the draft's autosave delay
     * (at most 10 s): a notice that comes or changes moves the page under the next click.
     */
    void noticeSettled() {
        String said = null;
        long since = System.nanoTime();
        long end = since + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            WaitForAsyncUtils.waitForFxEvents();
            String now = exists("#notice") ? text("#notice") : "";
            if (!now.equals(said)) {
                said = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > TimeUnit.MILLISECONDS.toNanos(700)) {
                return;
            }
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Waits until the work on the records that the last action started (a search after typing,
     * a save, a client's page) has finished and is on screen, as a person waits for it.
     */
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(app::recordsSettled)
                    .get());
        } catch (TimeoutException e) {
            throw new AssertionError("the records were still busy after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls whichever pane holds the node (the wizard's page, the records screen's client page)
     * so a node below the fold can be clicked, as a user would scroll to it.
     */
    void scrollIntoView(Node node) {
        robot.interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll
                        && scroll.getContent() != null
                        && isDescendant(scroll.getContent(), node)) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                    double extra = content.getBoundsInLocal().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    if (extra > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (y - 80) / extra)));
                    }
                    scroll.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isDescendant(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    void type(String query, String text) {
        TextField field = find(query, TextField.class);
        toGroupOf(field);
        robot.interact(() -> field.clear());
        scrollIntoView(field);
        robot.clickOn(field).write(text);
        settle();
    }

    @SuppressWarnings("unchecked")
    <T> void choose(String query, T value) {
        Node node = find(query, Node.class);
        if (node instanceof ComboBox<?>) {
            ComboBox<T> box = (ComboBox<T>) node;
            robot.interact(() -> box.setValue(value));
        } else {
            click(query + "-" + value); // a 0-10 row of buttons
        }
    }

    /**
     * On to the next step, as one press on Next did before the Mornings step came in groups: on
     * a step in parts, Next is pressed until the step changes (or a press moves nothing).
     */
    void next() {
        Step from = vm().step().get();
        StepParts parts = vm().parts(from);
        click("#next");
        while (parts != null && vm().step().get() == from) {
            int before = parts.current().get();
            click("#next");
            if (parts.current().get() == before && vm().step().get() == from) {
                return; // Next is blocked: the test sees it stay
            }
        }
    }

    /**
     * On a step asked in groups (Mornings), the group a question is in is brought up as a person
     * does, with Next or Back, before its control is used.
     */
    void toGroupOf(Node node) {
        StepParts parts = vm().parts(vm().step().get());
        if (parts == null) {
            return;
        }
        String group = null;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("question-group") && n.getId() != null) {
                group = n.getId().substring("group-".length());
            }
        }
        if (group == null) {
            return;
        }
        int target = -1;
        for (int i = 0; i < parts.parts().size(); i++) {
            if (parts.parts().get(i).name().equals(group)) {
                target = i;
            }
        }
        for (int i = 0; i < parts.parts().size() && parts.current().get() != target; i++) {
            String button = parts.current().get() < target ? "#next" : "#back";
            robot.clickOn(find(button, Node.class));
            settle();
        }
        assertEquals(group, parts.currentName(), "the group of " + node.getId() + " is shown");
    }

    void next(int times) {
        for (int i = 0; i < times; i++) {
            next();
        }
    }

    /** "About you": each number typed and the sex clicked where given (null: left unanswered); stays on the step. */
    void aboutYou(String weightKg, String heightCm, String age, String sex) {
        typeIfGiven("#weight", weightKg);
        typeIfGiven("#height", heightCm);
        typeIfGiven("#age", age);
        if (sex != null) {
            click("#sex-" + sex);
        }
    }

    /** "Sleep": how often in each position, as its button's name ("side-most", "back-rarely"); stays on the step. */
    void positions(String... shares) {
        for (String share : shares) {
            click("#position-" + share);
        }
    }

    /** "Mattress": its firmness, type, age in years and dip in cm, each where given; stays on the step. */
    void mattress(Integer firmness, MattressType type, String ageYears, String sagCm) {
        if (firmness != null) {
            choose("#firmness", firmness);
        }
        if (type != null) {
            choose("#mattress-type", type);
        }
        typeIfGiven("#mattress-age", ageYears);
        typeIfGiven("#sag", sagCm);
    }

    private void typeIfGiven(String query, String text) {
        if (text != null) {
            type(query, text);
        }
    }

    /**
     * The heavy back sleeper, from the welcome page to the preferences: 118 kg, mostly on the
     * back, a 12-year-old innerspring mattress (firmness 5) with a 4 cm dip, low back pain of 6
     * that came on gradually and 20 minutes' stiffness, and no warning signs. Told to replace
     * the mattress.
     */
    void heavyBackSleeperToPreferences() {
        click("#start");
        aboutYou("118", null, null, null);
        next();
        positions("back-most", "side-some");
        next();
        mattress(5, MattressType.INNERSPRING, "12", "4");
        next();
        choose("#morning-pain", 6);
        click("#area-lower-back");
        type("#stiffness", "20");
        click("#onset-gradual");
        next();
        noWarningSigns();
        next();
        expectStep(Step.PREFERENCES);
    }

    /**
     * The sleeper of the saddle-numbness walks, from the welcome page to "Mornings": 90 kg, 41,
     * mostly on the back, low back pain of 7 on waking; stays on the step.
     */
    void lowBackPainToMornings() {
        click("#start");
        aboutYou("90", null, "41", null);
        next();
        positions("back-most");
        next();
        next();
        choose("#morning-pain", 7);
        click("#area-lower-back");
    }

    /** From the welcome page to the mattress step with only what is required: a weight and one position. */
    void toMattress(String weightKg, String position) {
        click("#start");
        type("#weight", weightKg);
        next();
        click("#position-" + position + "-most");
        next();
        expectStep(Step.MATTRESS);
    }

    /** From the welcome page to the results with only what is required. */
    void quickRun(String weightKg, String position) {
        toMattress(weightKg, position);
        next(2);
        noWarningSigns();
        next(2);
        expectStep(Step.RESULTS);
    }

    /**
     * On the warning signs page: no injury, and "no" to every sign asked: "None of these" in a
     * shopper's checklist, each "No" in a consultation's yes/no form.
     */
    void noWarningSigns() {
        expectStep(Step.WARNING_SIGNS);
        click("#trauma-none");
        if (exists("#signs-none")) {
            click("#signs-none");
        } else {
            for (WarningSign sign : vm().signs().asked()) {
                click("#sign-" + sign.name().toLowerCase().replace('_', '-') + "-no");
            }
        }
    }

    /** From "Mornings" on to the results, answering "no" to every warning sign. */
    void toResultsWithoutSigns() {
        next();
        noWarningSigns();
        next(2);
        expectStep(Step.RESULTS);
    }

    void expectStep(Step step) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(
                vm().step().get() == step,
                "expected " + step + " but on " + vm().step().get());
    }

    /** Every label's text under a node, one per line: what a person reads there. */
    static String allText(Node node) {
        StringBuilder s = new StringBuilder();
        if (node instanceof Labeled l) {
            s.append(l.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> s.append(allText(c)));
        }
        return s.toString();
    }

    /**
     * A client's consultation from "You" to "Mornings": a first one gets a weight (70 kg) and a
     * position; a follow-up starts from the last answers and only moves on.
     */
    void toMorningsOfAConsultation() {
        WaitForAsyncUtils.waitForFxEvents();
        if (vm().step().get() == Step.MORNINGS) {
            return; // a follow-up opens there, with the last answers
        }
        expectStep(Step.YOU);
        if (vm().you().weight().text().get().isBlank()) {
            type("#weight", "70");
            next();
            click("#position-back-most");
        } else {
            next();
        }
        next();
        next();
    }

    /** From the welcome page to the records screen, with a new client's page open. */
    void newClient(String name) {
        click("#records");
        type("#new-client-name", name);
        click("#new-client");
    }

    /** From the welcome page to the records screen, with this client's page open. */
    void openClient(String name) {
        click("#records");
        selectClient(name);
    }

    /** Finds a client by the first letters of their name, as a user types them, and opens them. */
    void selectClient(String name) {
        type("#client-search", name.substring(0, 4));
        @SuppressWarnings("unchecked")
        ListView<Client> list = find("#client-list", ListView.class);
        assertEquals(1, list.getItems().size(), "search as you type");
        robot.interact(() -> list.getSelectionModel().select(0));
        settle();
        assertEquals(name, text("#client-name"));
    }
}
