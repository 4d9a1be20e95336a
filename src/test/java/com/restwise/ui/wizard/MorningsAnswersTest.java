package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.restwise.engine.Advisor;
import com.restwise.engine.profile.Position;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import com.restwise.ui.wizard.steps.Frequency;
import com.restwise.ui.wizard.steps.MattressPage;
import com.restwise.ui.wizard.steps.MorningsPage;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How the 0-10 answers on Mornings and the sag on the mattress step are asked, as nodes (no
 * window, no robot): a row of buttons with none pressed until answered, an unanswered one absent
 * from the profile (never 0); "Does it sag? yes / no / not sure" right by the measured dip.
 */
@ExtendWith(JavaFxToolkit.class)
class MorningsAnswersTest {

    private final I18n i18n = new I18n("en");
    private final WizardViewModel vm = new WizardViewModel(i18n, new Advisor());

    {
        vm.you().weight().text().set("70");
        vm.sleep().mine().frequency(Position.BACK).set(Frequency.MOST);
    }

    @Test
    void eachZeroToTenAnswerIsARowOfButtonsNonePressedUntilAnsweredAndAbsentUntilThen() {
        JavaFxToolkit.run(() -> {
            Node page = MorningsPage.build(i18n, vm.mornings());
            List<ObjectProperty<Integer>> answers = List.of(
                    vm.mornings().morningPain(),
                    vm.mornings().sleepQuality(),
                    vm.mornings().stress());
            List<String> ids = List.of("morning-pain", "sleep-quality", "stress");
            for (int q = 0; q < ids.size(); q++) {
                String id = ids.get(q);
                ObjectProperty<Integer> answer = answers.get(q);
                Parent row = (Parent) page.lookup("#" + id + "-0").getParent();
                assertEquals(11, row.getChildrenUnmodifiable().size(), id + ": 0 to 10");
                for (int v = 0; v <= 10; v++) {
                    ToggleButton b = (ToggleButton) page.lookup("#" + id + "-" + v);
                    assertNotNull(b, id + "-" + v);
                    assertSame(row, b.getParent(), id + ": one row");
                    assertFalse(b.isSelected(), id + "-" + v + " is not pressed before an answer");
                }
                assertNull(answer.get(), id);

                ToggleButton zero = (ToggleButton) page.lookup("#" + id + "-0");
                zero.fire();
                assertEquals(0, answer.get(), id + ": 0 is an answer when given");
                zero.fire();
                assertNull(answer.get(), id + ": pressing it again takes the answer back");
            }
            var symptoms = vm.profile().symptoms();
            assertNull(symptoms.morningPain(), "unanswered is absent, never 0");
            assertNull(symptoms.sleepQuality());
            assertNull(symptoms.stress());
        });
    }

    @Test
    void doesItSagStandsRightByTheMeasuredDipWithYesNoAndNotSure() {
        JavaFxToolkit.run(() -> {
            Node page = MattressPage.build(i18n, vm.mattress());
            Node row = page.lookup("#sag-row");
            Node question = row.lookup("#sags");
            TextField dip = (TextField) row.lookup("#sag");
            assertNotNull(question, "the yes / no / not sure question is in the dip's row");
            assertNotNull(dip, "beside the measured dip");
            RadioButton yes = (RadioButton) question.lookup("#sags-yes");
            RadioButton no = (RadioButton) question.lookup("#sags-no");
            RadioButton notSure = (RadioButton) question.lookup("#sags-not-sure");
            for (RadioButton b : List.of(yes, no, notSure)) {
                assertFalse(b.isSelected(), b.getId() + ": nothing chosen before an answer");
            }
            var mattress = vm.profile().currentMattress();
            assertNull(mattress == null ? null : mattress.sagCm(), "unanswered: absent");

            no.fire();
            assertEquals(0.0, vm.mattress().sagCm().value(), "no: a dip of 0 cm");
            notSure.fire();
            assertNull(vm.mattress().sagCm().value(), "not sure: left out");
            dip.setText("4");
            assertEquals(
                    List.of(yes),
                    List.of(yes, no, notSure).stream()
                            .filter(RadioButton::isSelected)
                            .toList(),
                    "a dip typed answers yes");
        });
    }
}
