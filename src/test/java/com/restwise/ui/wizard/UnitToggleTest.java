package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.AboutYouPage;
import com.restwise.ui.wizard.steps.SleepPage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.controlsfx.control.SegmentedButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kg / lb switch on "You", the real SegmentedButton, clicked as the mouse clicks it (fire). */
@ExtendWith(JavaFxToolkit.class)
class UnitToggleTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private record Page(AboutYouModel you, Parent root, SegmentedButton weightUnits) {
        ToggleButton button(String id) {
            return (ToggleButton) weightUnits.getButtons().stream()
                    .filter(b -> id.equals(b.getId()))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Page open(WeightUnit unit) {
        AboutYouModel you = new AboutYouModel(new I18n("en"));
        you.weightUnit().set(unit);
        Parent root = (Parent) AboutYouPage.build(new I18n("en"), you);
        new Scene(root);
        root.applyCss();
        root.layout();
        return new Page(you, root, (SegmentedButton) root.lookup("#weight-unit"));
    }

    @Test
    void theChosenUnitLooksSelectedWhenThePageOpens() {
        for (WeightUnit unit : WeightUnit.values()) {
            JavaFxToolkit.run(() -> {
                Page page = open(unit);
                ToggleButton chosen = page.button("weight-unit-" + unit.name().toLowerCase());
                assertTrue(chosen.isSelected(), unit + " selected");
                assertTrue(chosen.getPseudoClassStates().contains(SELECTED), unit + " drawn as selected");
                assertSame(chosen, page.weightUnits().getToggleGroup().getSelectedToggle());
                SegmentedButton height = (SegmentedButton) page.root().lookup("#height-unit");
                assertTrue(height.getToggleGroup().getSelectedToggle() != null, "a height unit is selected");
            });
        }
    }

    @Test
    void clickingTheSelectedUnitAgainChangesNothing() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true));
        try {
            JavaFxToolkit.run(() -> {
                Page page = open(WeightUnit.KG);
                page.you().weight().text().set("95");
                ToggleButton lb = page.button("weight-unit-lb");
                ToggleButton kg = page.button("weight-unit-kg");
                lb.fire();
                assertEquals("209.4", page.you().weight().text().get());
                for (int i = 0; i < 3; i++) {
                    lb.fire();
                    assertTrue(lb.isSelected(), "lb stays selected");
                    assertEquals(WeightUnit.LB, page.you().weightUnit().get());
                    assertEquals("209.4", page.you().weight().text().get());
                }
                kg.fire();
                kg.fire();
                assertTrue(kg.isSelected());
                assertFalse(lb.isSelected());
                assertEquals("95", page.you().weight().text().get());
            });
        } finally {
            System.setErr(err);
        }
        assertEquals("", printed.toString(), "nothing printed (was: missing text 'unit.null')");
    }

    @Test
    void theSwitchShowsAUnitChangedElsewhere() {
        JavaFxToolkit.run(() -> {
            Page page = open(WeightUnit.KG);
            page.you().weightUnit().set(WeightUnit.LB);
            assertTrue(page.button("weight-unit-lb").isSelected());
            assertEquals(
                    List.of(false, true),
                    page.weightUnits().getButtons().stream()
                            .map(ToggleButton::isSelected)
                            .toList());
        });
    }

    @Test
    void thePartnersWeightSaysItsUnit() {
        JavaFxToolkit.run(() -> {
            WizardViewModel vm = new WizardViewModel(new I18n("en"), new Advisor());
            Parent sleep = (Parent) SleepPage.build(new I18n("en"), vm.sleep());
            Label unit = (Label) sleep.lookup("#partner-weight-unit");
            assertEquals("kg", unit.getText());
            vm.you().weightUnit().set(WeightUnit.LB);
            assertEquals("lb", unit.getText());
        });
    }
}
