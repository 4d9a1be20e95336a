package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Sex;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.validation.ValidationSupport;

/** Step "You": weight, height, age, sex, and pregnancy for anyone who is not "male". */
public final class AboutYouPage {

    public static Node build(I18n i18n, AboutYouModel you) {
        ValidationSupport validation = new ValidationSupport();
        VBox page = new VBox(
                18,
                QuestionControls.title(i18n.get("you.title")),
                QuestionControls.intro(i18n.get("you.intro")),
                QuestionControls.numberField(
                        i18n.get("you.weight"),
                        you.weight(),
                        validation,
                        units(i18n, WeightUnit.values(), you.weightUnit(), "weight-unit"),
                        "weight",
                        null),
                QuestionControls.numberField(
                        i18n.get("you.height"),
                        you.height(),
                        validation,
                        units(i18n, HeightUnit.values(), you.heightUnit(), "height-unit"),
                        "height",
                        i18n.get("hint.optional")),
                QuestionControls.numberField(
                        i18n.get("you.age"), you.age(), validation, null, "age", i18n.get("hint.optional")),
                QuestionControls.choice(i18n.get("you.sex"), you.sex(), Sex.values(), s -> i18n.get("sex." + s), "sex"),
                pregnancy(i18n, you, validation),
                QuestionControls.yesNo(i18n, i18n.get("you.floor"), you.floorIsHard(), "floor-is-hard"));
        page.getStyleClass().add("page");
        return page;
    }

    /** "Are you pregnant?" and, on yes, the week; hidden (and left out of the profile) for "male". */
    private static Node pregnancy(I18n i18n, AboutYouModel you, ValidationSupport validation) {
        VBox question = QuestionControls.choice(
                i18n.get("you.pregnant"),
                you.pregnant(),
                new Answer[] {Answer.YES, Answer.NO},
                a -> i18n.get("answer." + a),
                "pregnant");
        VBox week = QuestionControls.numberField(
                i18n.get("you.pregnancy-week"), you.pregnancyWeek(), validation, null, "pregnancy-week", null);
        showWhen(week, you.asksPregnancyWeek());
        question.getChildren().add(QuestionControls.hint(i18n.get("you.pregnant.hint")));
        VBox box = new VBox(18, question, week);
        box.setId("pregnancy");
        showWhen(box, you.asksPregnancy());
        return box;
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** kg / lb (or cm / in) as a segmented switch; always one selected, clicking it again does nothing. */
    private static <E extends Enum<E>> SegmentedButton units(
            I18n i18n, E[] units, ObjectProperty<E> property, String id) {
        SegmentedButton buttons = new SegmentedButton();
        for (E unit : units) {
            ToggleButton b = new UnitButton(i18n.get("unit." + unit));
            b.setUserData(unit);
            b.setId(id + "-" + unit.name().toLowerCase());
            b.setAccessibleText(i18n.get("unit.accessible", i18n.get("unit." + unit)));
            // in the group now, not only once the skin is built, so that bind() can show the unit
            b.setToggleGroup(buttons.getToggleGroup());
            buttons.getButtons().add(b);
        }
        QuestionControls.bind(buttons.getToggleGroup(), property);
        buttons.setId(id);
        return buttons;
    }

    /** A toggle that, like a radio button, stays selected when clicked again. */
    private static final class UnitButton extends ToggleButton {
        UnitButton(String text) {
            super(text);
        }

        @Override
        public void fire() {
            if (!isSelected()) {
                super.fire();
            }
        }
    }

    private AboutYouPage() {}
}
