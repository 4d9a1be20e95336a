package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationSupport;

/**
 * Step "Mornings": pain, sleep quality, where it hurts, how the pain behaves, whether it followed
 * a day of heavy work, and how stressed the sleeper has felt lately.
 */
public final class MorningsPage {

    public static Node build(I18n i18n, MorningsModel m) {
        ValidationSupport validation = new ValidationSupport();
        List<Integer> scale = IntStream.rangeClosed(0, 10).boxed().toList();
        String painQ = i18n.get("mornings.pain");
        String qualityQ = i18n.get("mornings.quality");
        String stressQ = i18n.get("mornings.stress");
        VBox pain = new VBox(6, QuestionControls.question(painQ),
                QuestionControls.combo(scale, v -> i18n.get("scale.pain." + v), i18n.get("answer.unanswered"),
                        m.morningPain(), "morning-pain", painQ));
        VBox quality = new VBox(6, QuestionControls.question(qualityQ),
                QuestionControls.combo(scale, v -> i18n.get("scale.quality." + v), i18n.get("answer.unanswered"),
                        m.sleepQuality(), "sleep-quality", qualityQ));

        VBox areaList = new VBox(6, QuestionControls.question(i18n.get("mornings.areas")));
        for (PainArea area : PainArea.values()) {
            CheckBox box = QuestionControls.setCheckBox(i18n.get("painArea." + area), m.painAreas(), area,
                    "area-" + area.name().toLowerCase().replace('_', '-'));
            areaList.getChildren().add(box);
        }
        HBox areas = new HBox(28, new BodyFigure(i18n, m.painAreas()).node(), areaList);

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

        VBox page = new VBox(18, QuestionControls.title(i18n.get("mornings.title")),
                QuestionControls.intro(i18n.get("mornings.intro")), new HBox(32, pain, quality), areas,
                QuestionControls.numberField(i18n.get("mornings.stiffness"), m.stiffnessMinutes(), validation, null,
                        "stiffness", i18n.get("hint.optional")),
                QuestionControls.yesNo(i18n, i18n.get("mornings.eases"), m.easesAfterGettingUp(), "eases"),
                QuestionControls.choiceList(i18n.get("mornings.night-pain"), m.nightPain(), NightPain.values(),
                        n -> i18n.get("nightPain." + n), "night-pain"),
                QuestionControls.yesNo(i18n, i18n.get("mornings.daytime"), m.daytimePain(), "daytime"),
                QuestionControls.yesNo(i18n, i18n.get("mornings.worse-activity"), m.worseWithActivity(), "worse-activity"),
                QuestionControls.yesNo(i18n, i18n.get("mornings.better-exercise"), m.improvesWithExercise(), "better-exercise"),
                QuestionControls.yesNo(i18n, i18n.get("mornings.better-rest"), m.improvesWithRest(), "better-rest"),
                QuestionControls.choiceList(i18n.get("mornings.onset"), m.onset(), Onset.values(),
                        o -> i18n.get("onset." + o), "onset"),
                QuestionControls.yesNo(i18n, i18n.get("mornings.leg-pain"), m.legPainBelowKnee(), "leg-pain"),
                QuestionControls.numberField(i18n.get("mornings.duration"), m.duration(), validation, unit, "duration",
                        i18n.get("hint.optional")),
                QuestionControls.yesNo(i18n, i18n.get("mornings.after-exertion"), m.afterExertion(), "after-exertion"),
                new VBox(6, QuestionControls.question(stressQ),
                        QuestionControls.combo(scale, v -> i18n.get("scale.stress." + v), i18n.get("answer.unanswered"),
                                m.stress(), "stress", stressQ)));
        page.getStyleClass().add("page");
        return page;
    }

    private MorningsPage() {
    }
}
