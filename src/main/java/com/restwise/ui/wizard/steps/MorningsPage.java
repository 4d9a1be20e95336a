package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/**
 * Step "Mornings": pain, sleep quality, where it hurts, how the pain behaves, whether it followed
 * a day of heavy work, and how stressed the sleeper has felt lately; in four groups, one shown at
 * a time ({@link MorningsModel#parts()}).
 */
public final class MorningsPage {

    public static Node build(I18n i18n, MorningsModel m) {
        ValidationSupport validation = new ValidationSupport();
        String painQ = i18n.get("mornings.pain");
        String qualityQ = i18n.get("mornings.quality");
        String stressQ = i18n.get("mornings.stress");
        // 0-10 as a row of buttons, one above the other: none pressed until answered
        VBox pain = QuestionControls.scale(
                painQ,
                m.morningPain(),
                10,
                v -> i18n.get("scale.pain." + v),
                i18n.get("answer.unanswered"),
                "morning-pain");
        VBox quality = QuestionControls.scale(
                qualityQ,
                m.sleepQuality(),
                10,
                v -> i18n.get("scale.quality." + v),
                i18n.get("answer.unanswered"),
                "sleep-quality");

        VBox areaList = new VBox(6, QuestionControls.question(i18n.get("mornings.areas")));
        for (PainArea area : PainArea.values()) {
            CheckBox box = QuestionControls.setCheckBox(
                    i18n.get("painArea." + area),
                    m.painAreas(),
                    area,
                    "area-" + area.name().toLowerCase().replace('_', '-'));
            areaList.getChildren().add(box);
        }
        HBox areas = new HBox(28, new BodyFigure(i18n, m.painAreas()).node(), areaList);
        // the list as tall as its boxes, not the figure: the question's box is what comes into view
        // with the first box's focus, and a box stretched to the figure's height scrolled the
        // page's heading (the step and its part) away on a low window
        areas.setFillHeight(false);

        ComboBox<DurationUnit> unit = new ComboBox<>();
        unit.getItems().addAll(DurationUnit.values());
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(DurationUnit u) {
                return u == null ? "" : i18n.get("unit." + u);
            }

            @Override
            public DurationUnit fromString(String s) {
                return null;
            }
        });
        unit.valueProperty().bindBidirectional(m.durationUnit());
        unit.setId("duration-unit");
        unit.setAccessibleText(i18n.get("mornings.duration"));

        // the questions in four short groups, each with its heading, shown one at a time
        // (MorningsModel.parts): Next walks them, and only past the last one leaves the step
        VBox page = new VBox(
                18,
                QuestionControls.title(i18n.get("mornings.title")),
                QuestionControls.intro(i18n.get("mornings.intro")),
                group(
                        m.parts(),
                        i18n.get("mornings.group.waking"),
                        "waking",
                        pain,
                        quality,
                        QuestionControls.numberField(
                                i18n.get("mornings.stiffness"),
                                m.stiffnessMinutes(),
                                validation,
                                null,
                                "stiffness",
                                i18n.get("hint.optional")),
                        QuestionControls.yesNo(i18n, i18n.get("mornings.eases"), m.easesAfterGettingUp(), "eases")),
                group(
                        m.parts(),
                        i18n.get("mornings.group.where"),
                        "where",
                        areas,
                        QuestionControls.yesNo(i18n, i18n.get("mornings.leg-pain"), m.legPainBelowKnee(), "leg-pain"),
                        QuestionControls.yesNo(
                                i18n, i18n.get("mornings.widespread"), m.widespreadPain(), "widespread-pain")),
                group(
                        m.parts(),
                        i18n.get("mornings.group.behaves"),
                        "behaves",
                        QuestionControls.choiceList(
                                i18n.get("mornings.night-pain"),
                                m.nightPain(),
                                NightPain.values(),
                                n -> i18n.get("nightPain." + n),
                                "night-pain"),
                        QuestionControls.yesNo(i18n, i18n.get("mornings.daytime"), m.daytimePain(), "daytime"),
                        QuestionControls.yesNo(
                                i18n, i18n.get("mornings.worse-activity"), m.worseWithActivity(), "worse-activity"),
                        QuestionControls.yesNo(
                                i18n,
                                i18n.get("mornings.better-exercise"),
                                m.improvesWithExercise(),
                                "better-exercise"),
                        QuestionControls.yesNo(
                                i18n, i18n.get("mornings.better-rest"), m.improvesWithRest(), "better-rest")),
                group(
                        m.parts(),
                        i18n.get("mornings.group.began"),
                        "began",
                        QuestionControls.choiceList(
                                i18n.get("mornings.onset"),
                                m.onset(),
                                Onset.values(),
                                o -> i18n.get("onset." + o),
                                "onset"),
                        QuestionControls.numberField(
                                i18n.get("mornings.duration"),
                                m.duration(),
                                validation,
                                unit,
                                "duration",
                                i18n.get("hint.optional")),
                        QuestionControls.yesNo(
                                i18n, i18n.get("mornings.after-exertion"), m.afterExertion(), "after-exertion"),
                        QuestionControls.scale(
                                stressQ,
                                m.stress(),
                                10,
                                v -> i18n.get("scale.stress." + v),
                                i18n.get("answer.unanswered"),
                                "stress")));
        page.getStyleClass().add("page");
        return page;
    }

    /** A short group of questions under its heading, framed as one card, shown while it is the part shown. */
    private static VBox group(StepParts parts, String heading, String name, Node... questions) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        VBox box = new VBox(16, title);
        box.getChildren().addAll(questions);
        box.getStyleClass().add("question-group");
        box.setId("group-" + name);
        box.visibleProperty().bind(parts.showing(name));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private MorningsPage() {}
}
