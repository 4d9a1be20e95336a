package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.restwise.cli.Cli;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.profile.MattressType;
import com.restwise.json.ProfileWriter;
import com.restwise.json.StrictJson;
import com.restwise.storage.Settings;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.Step;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The whole wizard, driven headless through its controls. */
class WizardTest extends AppWindowTest {

    /** What {@code assess} on the command line says for the profile the wizard built. */
    private JsonObject assess(String lang) throws Exception {
        String profile = ProfileWriter.toJson(d.vm().profile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Cli.run(
                        new String[] {"assess", "-", "--lang", lang},
                        new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)),
                        out,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .status();
        assertEquals(0, status);
        return StrictJson.parse(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
    }

    /** The results page shows exactly what the engine returns: firmness, options in order, posture, medical. */
    private void assertResultsShow(JsonObject advice) {
        d.expectStep(Step.RESULTS);
        JsonObject firmness = advice.getAsJsonObject("firmness");
        String summary = d.text("#firmness-summary");
        I18n i18n = new I18n(advice.get("lang").getAsString());
        for (String field : List.of("target", "min", "max")) {
            assertTrue(summary.contains(i18n.number(firmness.get(field).getAsDouble())), summary + " vs " + firmness);
        }
        List<String> shownOptions = new ArrayList<>();
        for (Node card : d.find("#options", Pane.class).getChildren()) {
            shownOptions.add((String) card.getUserData());
        }
        List<String> expectedOptions = new ArrayList<>();
        advice.getAsJsonArray("options")
                .forEach(o -> expectedOptions.add(o.getAsJsonObject().get("id").getAsString()));
        assertEquals(expectedOptions, shownOptions);
        List<String> shownPosture = new ArrayList<>();
        for (Node row : d.find("#posture", VBox.class).getChildren()) {
            if (row.getUserData() != null) {
                shownPosture.add(String.valueOf(row.getUserData()));
            }
        }
        List<String> expectedPosture = new ArrayList<>();
        advice.getAsJsonArray("posture")
                .forEach(
                        p -> expectedPosture.add(p.getAsJsonObject().get("code").getAsString()));
        assertEquals(expectedPosture, shownPosture);
        JsonElement partner = advice.get("partnerFirmness");
        assertEquals(!partner.isJsonNull(), d.exists("#partner-firmness-summary"));
        if (!partner.isJsonNull()) {
            String partnerSummary = d.text("#partner-firmness-summary");
            for (String field : List.of("target", "min", "max")) {
                assertTrue(partnerSummary.contains(
                        i18n.number(partner.getAsJsonObject().get(field).getAsDouble())));
            }
        }
        Node medical = d.find("#medical", VBox.class);
        assertEquals(
                advice.getAsJsonObject("medical").get("level").getAsString(),
                medical.getUserData().toString());
        String medicalText = WizardDriver.allText(medical);
        assertTrue(medicalText.contains(
                advice.getAsJsonObject("medical").get("advice").getAsString()));
        for (JsonElement f : advice.getAsJsonObject("medical").getAsJsonArray("flags")) {
            assertTrue(medicalText.contains(f.getAsJsonObject().get("text").getAsString()));
        }
    }

    private static List<String> postureCodes(JsonObject advice) {
        List<String> codes = new ArrayList<>();
        for (JsonElement p : advice.getAsJsonArray("posture")) {
            codes.add(p.getAsJsonObject().get("code").getAsString());
        }
        return codes;
    }

    @Test
    void aLightSideSleeperWithHipPainSeesTheEnginesAdvice() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.aboutYou("56", "164", "34", "female");
        d.next();
        d.positions("side-most", "back-rarely");
        assertEquals("Side 93%  ·  Back 7%  ·  Stomach 0%", d.text("#shares"));
        d.next();
        d.mattress(9, MattressType.POCKET_SPRING, "3", "0");
        d.next();
        d.choose("#morning-pain", 4);
        d.click("#body-hip");
        d.click("#area-shoulder");
        d.type("#stiffness", "10");
        d.click("#eases-yes");
        d.click("#night-pain-on-turning");
        d.click("#daytime-no");
        d.toResultsWithoutSigns();
        JsonObject advice = assess("en");
        assertResultsShow(advice);
        assertTrue(postureCodes(advice).containsAll(List.of("PILLOW_BETWEEN_KNEES", "PAINFUL_SIDE_UP", "TOPPER")));
        assertTrue(advice.getAsJsonObject("firmness").get("target").getAsDouble() <= 5.5);
    }

    @Test
    void aHeavyBackSleeperWithLowBackPainAndASaggingMattressIsToldToReplaceIt() throws Exception {
        d = WizardDriver.start(dataDir);
        d.heavyBackSleeperToPreferences();
        d.choose("#size", "160x200");
        d.type("#budget", "1500");
        d.next();
        JsonObject advice = assess("en");
        assertResultsShow(advice);
        assertTrue(postureCodes(advice).containsAll(List.of("REPLACE_MATTRESS", "PILLOW_UNDER_KNEES", "LOG_ROLL")));
        for (JsonElement o : advice.getAsJsonArray("options")) {
            assertEquals("160x200", o.getAsJsonObject().get("size").getAsString());
        }
    }

    @Test
    void tickingSaddleNumbnessShowsTheUrgentBannerAtOnceAndTheResultsPutItFirst() throws Exception {
        d = WizardDriver.start(dataDir);
        d.lowBackPainToMornings();
        d.click("#area-leg");
        d.click("#leg-pain-yes");
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertFalse(d.find("#urgent-banner", VBox.class).isVisible());
        d.click("#sign-saddle-numbness");
        VBox banner = d.find("#urgent-banner", VBox.class);
        assertTrue(banner.isVisible(), "the banner appears the moment the sign is ticked");
        assertTrue(WizardDriver.allText(banner).contains("emergency department"), WizardDriver.allText(banner));
        d.click("#trauma-none");
        d.next();
        d.expectStep(Step.PREFERENCES);
        assertTrue(d.find("#urgent-banner", VBox.class).isVisible(), "and stays while the sleeper finishes");
        d.next();
        JsonObject advice = assess("en");
        assertResultsShow(advice);
        assertEquals("URGENT", advice.getAsJsonObject("medical").get("level").getAsString());
        assertFalse(postureCodes(advice).contains("MORNING_STRETCHES"));
        VBox results = d.find("#results", VBox.class);
        Node panel = d.find("#medical", VBox.class);
        assertEquals(0, panel.getParent().getChildrenUnmodifiable().indexOf(panel), "first in the advice");
        assertEquals(1, results.getChildren().indexOf(panel.getParent()), "right under the title");
        assertTrue(d.find("#medical", VBox.class).getStyleClass().contains("medical-urgent"));
        assertEquals(MedicalLevel.URGENT, d.find("#medical", VBox.class).getUserData());
    }

    @Test
    void aCoupleWithDifferentNeedsSeesTwoGaugesAndSplitConstructions() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.type("#weight", "102");
        d.next();
        d.click("#position-back-most");
        d.click("#position-stomach-some");
        d.click("#shares-bed");
        assertTrue(d.vm().sleep().sharesBed().get());
        assertEquals("", d.text("#next-blocked"), "the partner's weight is still to come, not missing yet");
        d.next();
        d.expectStep(Step.SLEEP);
        assertEquals("Enter your partner's weight to continue.", d.text("#next-blocked"), "Next says what is missing");
        assertTrue(d.find("#next", Button.class).isDisabled(), "the partner's answers are still missing");
        d.type("#partner-weight", "57");
        d.click("#partner-position-side-most");
        d.next(3);
        d.noWarningSigns();
        d.next();
        d.choose("#size", "160x200");
        d.type("#budget", "1500");
        d.next();
        JsonObject advice = assess("en");
        assertResultsShow(advice);
        assertTrue(advice.getAsJsonArray("options")
                .get(0)
                .getAsJsonObject()
                .get("reasons")
                .toString()
                .contains("partner"));
    }

    @Test
    void aBadWeightBlocksNextWithAMessage() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.type("#weight", "900");
        assertTrue(d.find("#next", Button.class).isDisabled());
        assertEquals("Enter your weight between 30 and 300 kg.", d.text("#next-blocked"));
        assertEquals("Enter your weight between 30 and 300 kg.", d.text("#weight-error"));
        d.type("#weight", "abc");
        assertTrue(d.find("#next", Button.class).isDisabled());
        assertTrue(d.text("#weight-error").contains("\"abc\" is not a number"));
        d.click("#weight-unit-lb");
        d.type("#weight", "180");
        assertFalse(d.find("#next", Button.class).isDisabled());
        d.next();
        d.expectStep(Step.SLEEP);
    }

    @Test
    void theKeyboardAloneReachesTheResults() throws Exception {
        d = WizardDriver.start(dataDir);
        // the welcome page puts the focus on Start
        d.robot.type(KeyCode.SPACE);
        d.expectStep(Step.YOU);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("weight", d.stage.getScene().getFocusOwner().getId(), "the first question has the focus");
        d.robot.write("70");
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.SLEEP);
        d.robot.type(KeyCode.SPACE); // first choice of the first card: side, most of the night
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "#position-side-most", "#" + d.stage.getScene().getFocusOwner().getId());
        assertTrue(d.vm().sleep().valid().get(), "space chose it");
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.MATTRESS);
        d.robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        d.expectStep(Step.SLEEP);
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.MATTRESS);
        d.robot.type(KeyCode.ESCAPE);
        d.expectStep(Step.SLEEP);
        for (Step s : List.of(Step.MATTRESS, Step.MORNINGS)) {
            d.robot.type(KeyCode.ENTER);
            d.expectStep(s);
        }
        for (int part = 2; part <= 4; part++) { // Mornings' groups, one after the other
            d.robot.type(KeyCode.ENTER);
            d.expectStep(Step.MORNINGS);
            assertTrue(d.text("#step-title").endsWith("part " + part + " of 4"), d.text("#step-title"));
        }
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.WARNING_SIGNS);
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.WARNING_SIGNS); // Enter does not pass warning signs left unanswered
        d.noWarningSigns();
        for (Step s : List.of(Step.PREFERENCES, Step.RESULTS)) {
            d.robot.type(KeyCode.ENTER);
            d.expectStep(s);
        }
        assertResultsShow(assess("en"));
    }

    /** Whether the node shows in the window: itself and every box around it visible, and inside the window. */
    private boolean inView(String query) {
        Node node = d.find(query, Node.class);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getWidth() > 0
                && b.getMinY() >= 0
                && b.getMaxY() <= d.stage.getScene().getHeight();
    }

    /** Which of the Mornings groups shows, by name. */
    private List<String> groupsShown() {
        List<String> shown = new ArrayList<>();
        for (String g : List.of("waking", "where", "behaves", "began")) {
            if (d.find("#group-" + g, Node.class).isVisible()) {
                shown.add(g);
            }
        }
        return shown;
    }

    @Test
    void theMorningsStepAsksItsFourGroupsOneAfterTheOtherAndBackWalksThemBack() throws Exception {
        d = WizardDriver.start(dataDir);
        d.toMattress("70", "side");
        d.click("#next");
        d.expectStep(Step.MORNINGS);
        assertEquals("Step 5 of 8: Mornings · part 1 of 4", d.text("#step-title"));
        assertTrue(inView("#step-title"), "the step and the part are in view");
        assertEquals(List.of("waking"), groupsShown());
        assertTrue(inView("#morning-pain"), "the group's first question is in view");
        d.click("#morning-pain-3");

        List<String> groups = List.of("waking", "where", "behaves", "began");
        for (int part = 2; part <= 4; part++) {
            d.click("#next");
            d.expectStep(Step.MORNINGS);
            assertEquals("Step 5 of 8: Mornings · part " + part + " of 4", d.text("#step-title"));
            assertTrue(inView("#step-title"));
            assertEquals(List.of(groups.get(part - 1)), groupsShown(), "one group at a time");
        }
        d.click("#back");
        assertEquals("Step 5 of 8: Mornings · part 3 of 4", d.text("#step-title"));
        assertEquals(List.of("behaves"), groupsShown());
        d.click("#back");
        d.click("#back");
        assertEquals(List.of("waking"), groupsShown());
        assertEquals(3, d.vm().mornings().morningPain().get(), "the answer stays where it was given");
        d.click("#back");
        d.expectStep(Step.MATTRESS);
        assertEquals("Step 4 of 8: Your mattress", d.text("#step-title"), "no part on a step in one piece");

        d.next();
        d.expectStep(Step.MORNINGS);
        d.next(); // the driver's Next to the next step: through the four groups

        d.expectStep(Step.WARNING_SIGNS);
        d.click("#back");
        d.expectStep(Step.MORNINGS);
        assertEquals("Step 5 of 8: Mornings · part 4 of 4", d.text("#step-title"), "Back lands on the last group");
        assertEquals(List.of("began"), groupsShown());
        d.click("#goto-mornings");
        assertEquals(
                "Step 5 of 8: Mornings · part 1 of 4", d.text("#step-title"), "the step list opens it at the first");
        assertEquals(List.of("waking"), groupsShown());
    }

    @Test
    void aGermanRunShowsGermanLabelsAndGermanAdvice() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{\"language\":\"de\"}");
        d = WizardDriver.start(dataDir);
        assertEquals("Starten", d.find("#start", Button.class).getText());
        d.click("#start");
        assertEquals("Schritt 2 von 8: Über Sie", d.text("#step-title"));
        d.type("#weight", "70");
        assertEquals("Weiter", d.find("#next", Button.class).getText());
        d.next();
        d.click("#position-side-most");
        assertTrue(d.text("#shares").startsWith("Seite 100 %"));
        d.next(2);
        d.expectStep(Step.MORNINGS);
        assertEquals("Schritt 5 von 8: Morgens · Teil 1 von 4", d.text("#step-title"));
        d.toResultsWithoutSigns();
        JsonObject advice = assess("de");
        assertResultsShow(advice);
        assertTrue(d.text("#firmness-summary").startsWith("Zielwert"));
        assertTrue(d.find("#medical", VBox.class).getChildrenUnmodifiable().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("Warnzeichen")));
    }

    @Test
    void answersSurviveAClosedAppAndTheWelcomePageOffersToResume() throws Exception {
        d = WizardDriver.start(dataDir);
        d.toMattress("81", "stomach");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dataDir.resolve("draft.json")));
        d.stop();
        d = WizardDriver.start(dataDir);
        assertTrue(d.exists("#resume"));
        d.click("#resume");
        d.expectStep(Step.MATTRESS);
        assertEquals("81", d.vm().you().weight().text().get());
    }

    @Test
    void theGermanWelcomePageShowsEveryButtonsWholeLabel() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#start");
        d.type("#weight", "81");
        d.next();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(dataDir.resolve("draft.json")));
        d.stop();
        d = WizardDriver.start(dataDir);
        d.click("#language-de");
        for (String id : List.of("#resume", "#start", "#records")) {
            Button b = d.find(id, Button.class);
            assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, id + " is cut: " + b.getText());
        }
    }

    @Test
    void aCorruptDraftIsMovedAsideWithANoticeAndTheAppStarts() throws Exception {
        Files.writeString(dataDir.resolve("draft.json"), "{\"you\": {\"weight\": \"8");
        d = WizardDriver.start(dataDir);
        assertFalse(d.exists("#resume"));
        assertTrue(d.text("#notice").contains("could not be read"), d.text("#notice"));
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("draft-damaged-")));
        }
    }

    @Test
    void unitsAndLanguageAreRememberedBetweenRuns() throws Exception {
        d = WizardDriver.start(dataDir);
        double normal = d.find("#records", Labeled.class).getFont().getSize();
        d.click("#text-size-125");
        d.click("#language-de");
        assertEquals("Starten", d.find("#start", Button.class).getText(), "switched at once");
        d.click("#start");
        d.click("#weight-unit-lb");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.readString(dataDir.resolve("settings.json"))
                .contains("\"LB\""));
        d.stop();
        d = WizardDriver.start(dataDir);
        assertEquals(Settings.WeightUnit.LB, d.vm().you().weightUnit().get());
        assertEquals("de", d.vm().i18n().lang());
        assertTrue(d.stage.getScene().getRoot().getStyleClass().contains("text-size-125"));
        double larger = d.find("#records", Labeled.class).getFont().getSize();
        assertEquals(1.25 * normal, larger, 0.05, "125% text size");
    }

    @Test
    void changeAnswersGoesBackWithEverythingKept() throws Exception {
        d = WizardDriver.start(dataDir);
        d.quickRun("66", "back");
        d.expectStep(Step.RESULTS);
        d.click("#change-answers");
        d.expectStep(Step.YOU);
        assertEquals("66", d.find("#weight", TextField.class).getText());
        d.click("#goto-results");
        d.expectStep(Step.RESULTS);
        assertResultsShow(assess("en"));
    }
}
