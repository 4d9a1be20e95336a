package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.MedicalFlag;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.PostureCode;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.MattressType;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.CatalogReader;
import com.restwise.report.AdviceOrder;
import com.restwise.ui.common.EmergencyCountries;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.Step;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Advice 2.0 end to end, in English and German: a pregnant sleeper, a fall from a ladder (URGENT:
 * the mattress folded away, no exercise) and a sleeper whose mattress is fine. Each results page
 * is also written to {@code target/screenshots/} to be looked at.
 */
class AdviceFlowTest extends AppWindowTest {

    private I18n i18n;

    private void start(String lang, String emergencyNumber) throws Exception {
        Files.writeString(
                dataDir.resolve("settings.json"),
                "{\"language\":\"" + lang + "\",\"emergencyNumber\":\"" + emergencyNumber + "\"}");
        d = WizardDriver.start(dataDir);
        i18n = new I18n(lang);
        d.robot.interact(() -> {
            d.stage.setWidth(1280);
            d.stage.setHeight(800);
        });
    }

    /** The engine's advice for the answers the wizard collected, as the results page must show it. */
    private Advice expected() {
        return new Advisor().assess(d.vm().profile(), CatalogReader.shipped(), Advisor.DEFAULT_TOP, i18n.lang());
    }

    private List<PostureCode> shownPosture() {
        List<PostureCode> codes = new ArrayList<>();
        for (Node row : d.find("#posture", VBox.class).getChildren()) {
            if (row.getUserData() instanceof PostureCode code) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The parts of the advice, top to bottom, by id (or style class when a part has no id). */
    private List<String> adviceParts() {
        VBox results = d.find("#results", VBox.class);
        VBox advice = (VBox) results.getChildren().get(1);
        List<String> ids = new ArrayList<>();
        for (Node n : advice.getChildren()) {
            ids.add(n.getId());
        }
        return ids;
    }

    /** Every flag shows its text, and opens to its rule and sources. */
    private void assertFlagsOpenToRuleAndSources(Advice advice) {
        String panel = WizardDriver.allText(d.find("#medical", VBox.class));
        for (MedicalFlag f : advice.medical().flags()) {
            assertTrue(panel.contains(f.text()), f.code() + " text missing");
            String id = "#flag-" + f.code().name().toLowerCase().replace('_', '-') + "-rule";
            TitledPane pane = d.find(id, TitledPane.class);
            assertFalse(pane.isExpanded(), "closed until a clinician opens it");
            d.robot.interact(() -> pane.setExpanded(true));
            String details = WizardDriver.allText(pane.getContent());
            assertTrue(details.contains(f.rule()), f.code() + ": " + details);
            for (String source : f.sources()) {
                assertTrue(details.contains(source), f.code() + " source " + source);
            }
        }
        assertEquals(advice.medical().safetyNet(), d.text("#safety-net"), "the safety net at every level");
    }

    /** Nothing pressing: the page starts with the verdict on the current mattress. */
    private void assertVerdictLeads() {
        List<String> parts = adviceParts();
        assertEquals("mattress-advice", parts.get(0), parts.toString());
        assertEquals(
                "verdict",
                d.find("#mattress-advice", VBox.class).getChildren().get(0).getId());
    }

    private void assertPostureAndPictures(Advice advice) {
        List<PostureCode> expected =
                advice.posture().stream().map(PostureTip::code).toList();
        assertEquals(expected, shownPosture());
    }

    private void fullPage(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        d.robot.interact(() -> image[0] = d.find("#results", Node.class).snapshot(null, null));
        ScreenshotTour.write(image[0], ScreenshotTour.OUT.resolve(name + ".png"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aPregnantSleeperIsAskedTheWeekAndGetsPregnancyAdvice(String lang) throws Exception {
        start(lang, "112");
        d.click("#start");
        d.aboutYou("79", "168", "31", "female");
        assertTrue(d.find("#pregnancy", Node.class).isVisible(), "asked of a woman");
        d.click("#pregnant-yes");
        assertEquals("", d.text("#next-blocked"), "the week is still to come: no complaint yet");
        d.next();
        assertTrue(d.find("#next", Button.class).isDisabled(), "the week is needed");
        assertEquals(i18n.get("error.pregnancy-week"), d.text("#next-blocked"));
        d.type("#pregnancy-week", "30");
        d.next();
        d.positions("side-most", "back-some", "stomach-rarely");
        d.next();
        d.mattress(8, MattressType.POCKET_SPRING, "3", "0,5");
        d.next();
        d.choose("#morning-pain", 4);
        d.click("#area-lower-back");
        d.click("#area-hip");
        d.click("#night-pain-on-turning");
        d.click("#daytime-yes");
        d.type("#duration", "5");
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertFalse(d.find("#neck-signs", Node.class).isVisible(), "no neck pain, no neck signs");
        d.click("#trauma-none");
        d.click("#signs-none");
        d.next();
        d.next();
        d.expectStep(Step.RESULTS);
        assertEquals(30, d.vm().profile().sleeper().pregnancyWeeks());
        Advice advice = expected();
        fullPage("results-pregnant-" + lang);
        assertEquals(advice, d.vm().advice().get());
        assertTrue(
                advice.medical().flags().stream().anyMatch(f -> f.code().name().equals("PREGNANCY")));
        assertPostureAndPictures(advice);
        assertTrue(shownPosture().contains(PostureCode.PREGNANCY_SIDE)
                && shownPosture().contains(PostureCode.PREGNANCY_PILLOWS));
        assertFalse(shownPosture().contains(PostureCode.PILLOW_UNDER_KNEES), "no back advice from week 20");
        assertVerdictLeads();
        assertEquals(advice.mattressVerdict().text(), d.text("#verdict-text"));
        assertEquals(AdviceOrder.shopLine(advice, i18n::get), d.text("#shop-line"));
        assertFlagsOpenToRuleAndSources(advice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aLadderFallIsUrgentWithTheMattressFoldedAwayAndNoExercise(String lang) throws Exception {
        start(lang, "999");
        EmergencyCountries countries = new EmergencyCountries(i18n);
        assertEquals(
                countries.label("GB"), d.text("#emergency-country"), "a number saved before countries: its country");
        d.click("#emergency-country-change");
        d.robot.interact(() -> d.find("#emergency-countries", javafx.scene.control.ListView.class)
                .getSelectionModel()
                .select("DE"));
        d.click("#emergency-country-ok");
        assertEquals("112", d.app.settings().emergencyNumber(), "the welcome page sets the country and so the number");
        assertEquals(countries.label("DE"), d.text("#emergency-country"));
        d.click("#start");
        d.aboutYou("84", null, "44", "male");
        assertFalse(d.find("#pregnancy", Node.class).isVisible(), "not asked of a man");
        d.next();
        d.positions("back-most", "side-some");
        d.next();
        d.next();
        d.choose("#morning-pain", 7);
        d.click("#area-lower-back");
        d.click("#night-pain-on-turning");
        d.click("#daytime-yes");
        d.click("#onset-sudden");
        d.type("#duration", "1");
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertFalse(d.find("#urgent-banner", VBox.class).isVisible());
        d.click("#trauma-major");
        VBox banner = d.find("#urgent-banner", VBox.class);
        assertTrue(banner.isVisible(), "urgent the moment the fall is chosen");
        String called = lang.equals("en") ? "Emergency number – Germany: 112" : "Notrufnummer – Deutschland: 112";
        assertEquals(called, d.text("#urgent-number"), "the country with its number");
        WritableImage[] window = new WritableImage[1];
        d.robot.interact(() -> window[0] = d.stage.getScene().snapshot(null));
        ScreenshotTour.write(window[0], ScreenshotTour.OUT.resolve("urgent-banner-" + lang + ".png"));
        String bannerText = WizardDriver.allText(banner);
        assertFalse(bannerText.contains(":\n"), "no label introduces the sentences: " + bannerText);
        assertEquals(
                List.of(WarningSign.MAJOR_TRAUMA),
                List.copyOf(d.vm().profile().symptoms().warningSigns()));
        d.click("#trauma-minor");
        assertEquals(
                List.of(WarningSign.RECENT_TRAUMA),
                List.copyOf(d.vm().profile().symptoms().warningSigns()),
                "one choice: never both signs");
        d.click("#trauma-major");
        d.click("#signs-none");
        d.next();
        d.next();
        d.expectStep(Step.RESULTS);
        Advice advice = expected();
        fullPage("results-ladder-fall-" + lang);
        assertEquals(advice, d.vm().advice().get());
        assertEquals(MedicalLevel.URGENT, advice.medical().level());
        assertEquals(
                List.of("medical", "can-wait-note", "mattress-can-wait", "disclaimer"),
                adviceParts(),
                "the medical advice alone");
        assertTrue(d.find("#medical", VBox.class).getStyleClass().contains("medical-urgent"));
        assertEquals(called, d.text("#emergency-number"));
        TitledPane fold = d.find("#mattress-can-wait", TitledPane.class);
        assertFalse(fold.isExpanded(), "folded away");
        assertEquals(i18n.get("results.can-wait"), d.text("#can-wait-note"));
        assertEquals(i18n.get("results.can-wait.open"), fold.getText());
        assertPostureAndPictures(advice);
        assertFalse(
                shownPosture().contains(PostureCode.MORNING_STRETCHES)
                        || shownPosture().contains(PostureCode.GENTLE_MOVEMENT)
                        || shownPosture().contains(PostureCode.NECK_EXERCISES),
                "no exercise under URGENT: " + shownPosture());
        assertFlagsOpenToRuleAndSources(advice);
        d.robot.interact(() -> fold.setExpanded(true));
        assertTrue(d.find("#verdict", Node.class).isVisible(), "opens to the mattress advice when seen");
        fullPage("results-ladder-fall-opened-" + lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void aSleeperWhoseMattressSuitsThemIsToldToKeepIt(String lang) throws Exception {
        start(lang, "112");
        d.click("#start");
        d.aboutYou("74", "176", "38", "male");
        d.next();
        d.positions("side-most", "back-some");
        d.next();
        d.mattress(6, MattressType.HYBRID, "2", "0");
        d.next();
        d.choose("#morning-pain", 3);
        d.choose("#sleep-quality", 7);
        d.click("#area-lower-back");
        d.click("#night-pain-none");
        d.click("#daytime-yes");
        d.click("#worse-activity-no");
        d.type("#duration", "10");
        d.choose("#stress", 2);
        d.click("#after-exertion-no");
        d.next();
        d.click("#trauma-none");
        d.click("#signs-none");
        d.next();
        d.click("#avoid-latex-yes");
        d.next();
        d.expectStep(Step.RESULTS);
        Advice advice = expected();
        fullPage("results-keep-" + lang);
        assertEquals(advice, d.vm().advice().get());
        assertEquals(MattressVerdict.Verdict.KEEP, advice.mattressVerdict().verdict());
        List<String> parts = adviceParts();
        assertVerdictLeads();
        VBox verdict = d.find("#verdict", VBox.class);
        assertEquals(
                i18n.get("results.verdict.KEEP"),
                ((Labeled) verdict.getChildren().get(0)).getText());
        assertEquals(advice.mattressVerdict().text(), d.text("#verdict-text"));
        TitledPane buyAnyway = d.find("#buy-anyway", TitledPane.class);
        assertEquals(advice.mattressVerdict().buyAnyway(), buyAnyway.getText());
        assertFalse(buyAnyway.isExpanded(), "the shop line and the options folded away under KEEP");
        for (String inFold : List.of("#shop-line", "#options")) {
            assertTrue(
                    d.robot.from(buyAnyway).lookup(inFold).tryQuery().isPresent(),
                    "nothing to buy stands under 'no purchase is needed': " + inFold + " is in the fold");
        }
        assertFalse(d.robot.from(verdict).lookup("#shop-line").tryQuery().isPresent());
        assertFalse(d.exists("#options-heading"), "the fold's title is their heading");
        d.robot.interact(() -> buyAnyway.setExpanded(true));
        assertTrue(d.text("#shop-line")
                .contains(i18n.get(
                        "results.shop",
                        Math.round(advice.firmness().target()),
                        FirmnessLabel.european(advice.firmness().target()))));
        assertPostureAndPictures(advice);
        assertTrue(parts.indexOf("medical") > parts.indexOf("mattress-advice"), "a calm note after the mattress");
        assertFlagsOpenToRuleAndSources(advice);
        assertNotNull(d.vm().profile().preferences().avoidLatex());
    }

    @Test
    void withAFeverTheDoctorComesFirstAndTheMattressFollowsALineSayingSo() throws Exception {
        start("en", "911");
        d.toMattress("70", "back");
        d.next();
        d.choose("#morning-pain", 3);
        d.click("#area-lower-back");
        d.click("#area-neck");
        d.next();
        assertTrue(d.find("#neck-signs", Node.class).isVisible(), "neck pain: the neck signs are asked");
        d.click("#sign-fever");
        assertFalse(d.find("#urgent-banner", VBox.class).isVisible(), "a fever with mild pain is not an emergency");
        d.click("#trauma-none");
        d.next();
        d.next();
        d.expectStep(Step.RESULTS);
        Advice advice = expected();
        assertEquals(MedicalLevel.SOON, advice.medical().level());
        assertTrue(advice.medical().mattressCanWait());
        assertEquals(List.of("medical", "doctor-first", "mattress-advice", "disclaimer"), adviceParts());
        assertEquals(i18n.get("results.doctor-first"), d.text("#doctor-first"));
        assertFalse(d.exists("#emergency-number"), "the number to call is for URGENT");
        assertFlagsOpenToRuleAndSources(advice);
        fullPage("results-fever-en");
    }
}
