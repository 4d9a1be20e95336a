package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.wizard.WizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/**
 * Step "Warning signs": the contract's signs in plain words; ticking one asks the engine at once.
 * The two injury signs are one choice (none, minor, major), and the neck signs are asked only
 * when neck pain was ticked.
 */
public final class WarningSignsPage {

    public static Node build(WizardViewModel vm) {
        I18n i18n = vm.i18n();
        VBox list = new VBox(10);
        VBox neck = new VBox(10);
        for (WarningSign sign : WarningSign.values()) {
            if (sign == WarningSign.RECENT_TRAUMA) {
                VBox trauma = QuestionControls.choiceList(i18n.get("signs.trauma"), vm.trauma(), Trauma.values(),
                        t -> i18n.get("trauma." + t), "trauma");
                trauma.getStyleClass().add("sign-question");    // a choice among ticks: set apart
                list.getChildren().add(trauma);
            } else if (sign == WarningSign.MAJOR_TRAUMA) {
                continue;
            } else if (WizardViewModel.NECK_SIGNS.contains(sign)) {
                neck.getChildren().add(checkBox(vm, sign));
            } else {
                list.getChildren().add(checkBox(vm, sign));
            }
        }
        BooleanBinding neckPain = Bindings.createBooleanBinding(
                () -> vm.mornings().painAreas().contains(PainArea.NECK), vm.mornings().painAreas());
        neck.setId("neck-signs");
        neck.visibleProperty().bind(neckPain);
        neck.managedProperty().bind(neckPain);
        list.getChildren().add(neck);
        VBox page = new VBox(18, QuestionControls.title(i18n.get("signs.title")),
                QuestionControls.intro(i18n.get("signs.intro")), list, QuestionControls.hint(i18n.get("signs.none")));
        page.getStyleClass().add("page");
        return page;
    }

    private static CheckBox checkBox(WizardViewModel vm, WarningSign sign) {
        return QuestionControls.setCheckBox(vm.i18n().get("sign." + sign), vm.warningSigns(), sign,
                "sign-" + sign.name().toLowerCase().replace('_', '-'));
    }

    private WarningSignsPage() {
    }
}
