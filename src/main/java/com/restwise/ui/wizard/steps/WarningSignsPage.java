package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/**
 * Step "Warning signs": the injury question, then the signs in plain words, as a checklist with
 * "None of these" for a shopper or a yes/no per sign in a physiotherapist's consultation
 * ({@link WarningSignsModel}). Every answer asks the engine at once. The neck signs are asked only
 * when neck pain was ticked.
 */
public final class WarningSignsPage {

    public static Node build(I18n i18n, WarningSignsModel m, javafx.collections.ObservableSet<PainArea> painAreas) {
        VBox trauma = QuestionControls.choiceList(
                i18n.get("signs.trauma"), m.trauma(), Trauma.values(), t -> i18n.get("trauma." + t), "trauma");
        trauma.getStyleClass().add("sign-question");
        VBox form = new VBox();
        Runnable fill = () -> form.getChildren()
                .setAll(m.eachAsked().get() ? yesNo(i18n, m, painAreas) : checklist(i18n, m, painAreas));
        fill.run();
        m.eachAsked().addListener((obs, was, now) -> fill.run());
        javafx.scene.control.Label intro = QuestionControls.intro(i18n.get("signs.intro"));
        intro.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.get(m.eachAsked().get() ? "signs.intro.each" : "signs.intro"), m.eachAsked()));
        // The checklist's question stands beside the list, not at its head: a tick then keeps the
        // page where it is, rather than bringing the whole list into view as one question.
        javafx.scene.control.Label listQuestion = QuestionControls.question(i18n.get("signs.list"));
        listQuestion.visibleProperty().bind(m.eachAsked().not());
        listQuestion.managedProperty().bind(listQuestion.visibleProperty());
        VBox.setMargin(form, new javafx.geometry.Insets(-8, 0, 0, 0));
        VBox page = new VBox(18, QuestionControls.title(i18n.get("signs.title")), intro, trauma, listQuestion, form);
        page.getStyleClass().add("page");
        page.setId("warning-signs");
        return page;
    }

    /** A tick per sign and "None of these"; ticking one reads the unticked ones as "no". */
    private static Node checklist(
            I18n i18n, WarningSignsModel m, javafx.collections.ObservableSet<PainArea> painAreas) {
        VBox list = new VBox(10);
        VBox neck = new VBox(10);
        for (WarningSign sign : WarningSignsModel.ONE_BY_ONE) {
            CheckBox box = new CheckBox(i18n.get("sign." + sign));
            box.setWrapText(true);
            box.setId(id(sign));
            box.setSelected(m.ticked().contains(sign));
            box.setOnAction(e -> m.tick(sign, box.isSelected()));
            m.ticked().addListener((SetChangeListener<WarningSign>)
                    c -> box.setSelected(m.ticked().contains(sign)));
            (sign.neckOnly() ? neck : list).getChildren().add(box);
        }
        showWithNeckPain(neck, painAreas);
        list.getChildren().add(neck);
        CheckBox none = new CheckBox(i18n.get("signs.none-of-these"));
        none.setWrapText(true);
        none.setId("signs-none");
        none.getStyleClass().add("none-of-these");
        none.setSelected(m.noneOfThese().get());
        none.setOnAction(e -> m.noneOfThese(none.isSelected()));
        m.noneOfThese().addListener((obs, was, now) -> none.setSelected(now));
        list.getChildren().add(none);
        return list;
    }

    /** Yes or no for each sign: a clinical record needs every answer, not only the ticked ones. */
    private static Node yesNo(I18n i18n, WarningSignsModel m, javafx.collections.ObservableSet<PainArea> painAreas) {
        VBox list = new VBox(14);
        VBox neck = new VBox(14);
        Answer[] yesNo = {Answer.YES, Answer.NO};
        for (WarningSign sign : WarningSignsModel.ONE_BY_ONE) {
            VBox question = QuestionControls.choice(
                    i18n.get("sign." + sign), m.answer(sign), yesNo, a -> i18n.get("answer." + a), id(sign));
            question.getStyleClass().add("sign-yes-no");
            (sign.neckOnly() ? neck : list).getChildren().add(question);
        }
        showWithNeckPain(neck, painAreas);
        list.getChildren().add(neck);
        return list;
    }

    private static void showWithNeckPain(VBox neck, javafx.collections.ObservableSet<PainArea> painAreas) {
        BooleanBinding neckPain = Bindings.createBooleanBinding(() -> painAreas.contains(PainArea.NECK), painAreas);
        neck.setId("neck-signs");
        neck.visibleProperty().bind(neckPain);
        neck.managedProperty().bind(neckPain);
    }

    private static String id(WarningSign sign) {
        return "sign-" + sign.name().toLowerCase().replace('_', '-');
    }

    private WarningSignsPage() {}
}
