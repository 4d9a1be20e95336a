package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.profile.Sex;
import com.restwise.storage.Settings.WeightUnit;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The question building blocks as nodes, without a window or a robot. */
@ExtendWith(JavaFxToolkit.class)
class QuestionControlsTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final I18n i18n = new I18n("en");

    private static List<ToggleButton> toggles(WeightUnit... units) {
        return Arrays.stream(units)
                .map(u -> {
                    ToggleButton b = new ToggleButton(u.name());
                    b.setUserData(u);
                    return b;
                })
                .toList();
    }

    @Test
    void theToggleBindingNeverLeavesAUnitSwitchEmpty() {
        JavaFxToolkit.run(() -> {
            ObjectProperty<WeightUnit> unit = UnitSwitch.unitProperty(WeightUnit.KG);
            ToggleGroup group = new ToggleGroup();
            List<ToggleButton> buttons = toggles(WeightUnit.values());
            buttons.forEach(b -> b.setToggleGroup(group));
            QuestionControls.bind(group, unit);
            assertSame(buttons.get(0), group.getSelectedToggle(), "the property's unit is shown at once");

            buttons.get(1).fire();
            assertEquals(WeightUnit.LB, unit.get());
            buttons.get(1).fire(); // a plain toggle button deselects itself: the binding selects it again
            assertEquals(WeightUnit.LB, unit.get());
            assertSame(buttons.get(1), group.getSelectedToggle());
            assertTrue(buttons.get(1).isSelected());
            assertTrue(buttons.get(1).getPseudoClassStates().contains(SELECTED), "drawn as selected");

            group.selectToggle(null);
            assertSame(buttons.get(1), group.getSelectedToggle());
            unit.set(null);
            assertSame(buttons.get(1), group.getSelectedToggle());
            unit.set(WeightUnit.KG);
            assertSame(buttons.get(0), group.getSelectedToggle());
            assertFalse(buttons.get(1).isSelected());
        });
    }

    @Test
    void aChoiceFollowsItsPropertyBothWaysAndNothingChosenIsUnanswered() {
        JavaFxToolkit.run(() -> {
            ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
            VBox box = QuestionControls.choice("Sex", sex, Sex.values(), s -> i18n.get("sex." + s), "sex");
            RadioButton female = (RadioButton) box.lookup("#sex-female");
            RadioButton male = (RadioButton) box.lookup("#sex-male");
            assertFalse(female.isSelected());
            assertFalse(male.isSelected());
            assertNull(sex.get());

            male.fire();
            assertEquals(Sex.MALE, sex.get());
            male.fire(); // a radio button stays chosen
            assertEquals(Sex.MALE, sex.get());
            sex.set(Sex.FEMALE);
            assertTrue(female.isSelected());
            assertFalse(male.isSelected());
            sex.set(null);
            assertFalse(female.isSelected());
            assertEquals("Sex: " + i18n.get("sex.MALE"), male.getAccessibleText());
        });
    }

    @Test
    void aNumberFieldKeepsWhatWasTypedAndSaysWhatIsWrong() {
        JavaFxToolkit.run(() -> {
            NumberAnswer weight = new NumberAnswer(i18n, "field.weight", 30, 300, false, true);
            weight.setRange(30, 300, "kg");
            VBox box = QuestionControls.numberField(
                    "Body weight", weight, new ValidationSupport(), new Label("kg"), "weight", null);
            new Scene(box);
            TextField field = (TextField) box.lookup("#weight");
            Label error = (Label) box.lookup("#weight-error");
            assertFalse(error.isVisible(), "no message before anything is typed");

            field.setText("abc");
            assertEquals("abc", weight.text().get());
            assertTrue(error.isVisible());
            assertTrue(error.getText().contains("\"abc\" is not a number"), error.getText());
            assertNull(weight.value());

            field.setText("900");
            assertEquals("Enter your weight between 30 and 300 kg.", error.getText());
            assertEquals("900", field.getText(), "the text stays as typed");

            field.setText("82,5");
            assertFalse(error.isVisible());
            assertEquals(82.5, weight.value());

            weight.set(95.04);
            assertEquals("95", field.getText(), "the model's number shows in the field");
            assertEquals("Body weight", field.getAccessibleText());
        });
    }

    @Test
    void aDropDownOffersUnansweredFirst() {
        JavaFxToolkit.run(() -> {
            ObjectProperty<Sex> value = new SimpleObjectProperty<>(Sex.FEMALE);
            ComboBox<Sex> box = QuestionControls.combo(
                    List.of(Sex.values()), s -> i18n.get("sex." + s), "Not answered", value, "c", "Sex");
            assertNull(box.getItems().get(0));
            assertEquals(
                    "Not answered", box.getConverter().toString(box.getItems().get(0)));
            assertEquals(Sex.FEMALE, box.getValue());
            box.setValue(null);
            assertNull(value.get(), "choosing 'Not answered' clears the answer");
        });
    }
}
