package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.steps.WarningSignsModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * The results wait for the warning signs: not Next, not the step list, not Enter reaches them
 * before every sign asked is answered; a shopper answers with a checklist and "None of these", a
 * physiotherapist's consultation with a yes or no per sign, and a follow-up asks them again.
 */
class WarningSignsGateTest extends AppWindowTest {

    private final I18n i18n = new I18n("en");

    private void toWarningSigns() {
        d.toMattress("80", "back");
        d.next();
        d.click("#area-lower-back");
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
    }

    private boolean disabled(String query) {
        return d.find(query, Node.class).isDisabled();
    }

    /** Neither Next, Enter nor the step list leaves the page for the preferences or the results. */
    private void assertResultsCannotBeReached(String why) {
        assertTrue(disabled("#goto-results"), "the step list's results: " + why);
        assertTrue(disabled("#goto-preferences"), "the step list's preferences: " + why);
        d.robot.interact(() -> d.find("#goto-results", Button.class).fire());
        d.next();
        d.robot.type(KeyCode.ENTER);
        d.expectStep(Step.WARNING_SIGNS);
        assertFalse(d.vm().canVisit(Step.RESULTS), why);
    }

    @Test
    void aShopperReachesTheResultsOnlyOnceTheChecklistIsAnswered() throws Exception {
        d = WizardDriver.start(dataDir);
        toWarningSigns();
        assertTrue(d.exists("#signs-none"), "a shopper gets the checklist with None of these");
        assertFalse(d.exists("#sign-fever-yes"), "not the yes/no form");
        assertResultsCannotBeReached("nothing answered");
        assertEquals(i18n.get("signs.open.list"), d.text("#next-blocked"), "said once they tried to go on");

        d.click("#sign-fever");
        VBox soon = d.find("#soon-banner", VBox.class);
        assertTrue(soon.isVisible(), "a fever with the pain: a doctor soon, said the moment it is ticked");
        assertTrue(d.text("#soon-text").contains(d.vm().medical().get().advice()), d.text("#soon-text"));
        assertFalse(d.find("#urgent-banner", VBox.class).isVisible());
        assertResultsCannotBeReached("the injury question is open");
        assertEquals(i18n.get("signs.open.trauma"), d.text("#next-blocked"));
        d.click("#trauma-none");
        assertFalse(disabled("#goto-results"), "answered: the step list leads to the results");
        d.click("#goto-results");
        d.expectStep(Step.RESULTS);
        assertFalse(d.find("#soon-banner", VBox.class).isVisible(), "on the results the medical panel says it");

        Profile p = d.vm().profile();
        assertEquals(Set.of(WarningSign.FEVER), p.symptoms().warningSigns());
        Set<WarningSign> no = EnumSet.allOf(WarningSign.class);
        no.removeAll(List.of(WarningSign.FEVER, WarningSign.NECK_ARTERY_SIGNS, WarningSign.NECK_CORD_SIGNS));
        assertEquals(
                no,
                p.symptoms().warningSignsNo(),
                "the checklist's unticked signs are no; the neck signs were not asked");
        assertNull(d.vm().advice().get().medical().notAnswered());
        assertFalse(d.exists("#not-answered"));

        // neck pain added afterwards asks two more signs: the results wait for them
        d.click("#change-answers");
        d.click("#goto-mornings");
        d.click("#area-neck");
        assertTrue(disabled("#goto-results"), "the neck signs are open now");
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertTrue(d.find("#neck-signs", Node.class).isVisible());
        assertFalse(d.find("#signs-none", CheckBox.class).isSelected(), "not every sign asked is answered");
        assertResultsCannotBeReached("neck signs open");
        d.click("#sign-neck-cord-signs");
        d.click("#sign-neck-cord-signs");
        d.next(2);
        d.expectStep(Step.RESULTS);
        assertTrue(d.vm().profile().symptoms().warningSignsNo().contains(WarningSign.NECK_CORD_SIGNS));
    }

    @Test
    void noneOfTheseTakesBackTheTicksAndTheBannerKeepsTheTickedBoxInView() throws Exception {
        d = WizardDriver.start(dataDir);
        d.robot.interact(() -> {
            d.stage.setWidth(1000);
            d.stage.setHeight(640);
        });
        toWarningSigns();
        d.click("#trauma-none");
        CheckBox saddle = d.find("#sign-saddle-numbness", CheckBox.class);
        ScrollPane scroll = d.find("#page-scroll", ScrollPane.class);
        // the box near the bottom of the window, where a banner above would push it out of sight
        d.robot.interact(() -> {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(saddle.localToScene(0, 0)).getY();
            double extra = content.getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(
                    Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() + 60) / extra)));
            scroll.layout();
        });
        d.robot.clickOn(saddle);
        d.settle();
        assertTrue(d.find("#urgent-banner", VBox.class).isVisible(), "urgent the moment it is ticked");
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds box = saddle.localToScene(saddle.getLayoutBounds());
        assertTrue(
                box.getMinY() >= view.getMinY() && box.getMaxY() <= view.getMaxY(),
                "the ticked box stays in view: " + box + " in " + view);
        assertTrue(saddle.isSelected());

        d.click("#signs-none");
        assertFalse(saddle.isSelected(), "None of these takes the tick back");
        assertFalse(d.find("#urgent-banner", VBox.class).isVisible());
        assertTrue(d.vm().signs().answered().get());
        assertTrue(d.vm().profile().symptoms().warningSigns().isEmpty());
    }

    @Test
    void aConsultationAsksYesOrNoForEachSignAndAFollowUpAsksThemAgain() throws Exception {
        d = WizardDriver.start(dataDir);
        d.click("#records");
        d.type("#new-client-name", "Anna Berger");
        d.click("#new-client");
        d.click("#new-consultation");
        d.toMorningsOfAConsultation();
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertFalse(d.exists("#signs-none"), "no checklist in a consultation");
        assertTrue(d.exists("#sign-chest-signs-yes") && d.exists("#sign-chest-signs-no"), "a yes and a no per sign");
        d.click("#trauma-none");
        List<WarningSign> asked = d.vm().signs().asked();
        for (WarningSign sign : asked.subList(0, asked.size() - 1)) {
            d.click("#sign-" + sign.name().toLowerCase().replace('_', '-') + "-no");
        }
        assertResultsCannotBeReached("one sign left open");
        assertEquals(i18n.get("signs.open.each", 1), d.text("#next-blocked"));
        d.click("#sign-chest-signs-yes");
        assertEquals(
                WarningSignsModel.ONE_BY_ONE.get(WarningSignsModel.ONE_BY_ONE.size() - 1), WarningSign.CHEST_SIGNS);
        assertTrue(d.find("#urgent-banner", VBox.class).isVisible(), "chest signs: urgent");
        d.click("#sign-chest-signs-no");
        d.next(2);
        d.expectStep(Step.RESULTS);
        Profile p = d.vm().profile();
        assertTrue(p.symptoms().warningSigns().isEmpty());
        assertTrue(p.symptoms().warningSignsNo().containsAll(asked), "each no kept for the record");
        d.click("#save-result");
        d.click("#show-client");

        d.click("#new-consultation");
        d.settle();
        assertEquals("70", d.vm().you().weight().text().get(), "a follow-up starts from the last answers");
        d.toMorningsOfAConsultation();
        d.next();
        d.expectStep(Step.WARNING_SIGNS);
        assertTrue(d.vm().signs().open().containsAll(asked), "the warning signs are about now: asked again");
        assertNull(d.vm().trauma().get());
        assertResultsCannotBeReached("a follow-up's signs unanswered");
    }
}
