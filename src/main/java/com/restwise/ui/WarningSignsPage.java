package com.restwise.ui;

import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.WizardViewModel;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** Step "Warning signs": the contract's signs in plain words; ticking one asks the engine at once. */
final class WarningSignsPage {

    static Node build(WizardViewModel vm) {
        I18n i18n = vm.i18n();
        VBox list = new VBox(10);
        for (WarningSign sign : WarningSign.values()) {
            CheckBox box = new CheckBox(i18n.get("sign." + sign));
            box.setWrapText(true);
            box.setId("sign-" + sign.name().toLowerCase().replace('_', '-'));
            box.setSelected(vm.warningSigns().contains(sign));
            box.selectedProperty().addListener((obs, was, now) -> {
                if (now) {
                    vm.warningSigns().add(sign);
                } else {
                    vm.warningSigns().remove(sign);
                }
            });
            vm.warningSigns().addListener((SetChangeListener<WarningSign>) c ->
                    box.setSelected(vm.warningSigns().contains(sign)));
            list.getChildren().add(box);
        }
        VBox page = new VBox(18, QuestionControls.title(i18n.get("signs.title")),
                QuestionControls.intro(i18n.get("signs.intro")), list, QuestionControls.hint(i18n.get("signs.none")));
        page.getStyleClass().add("page");
        return page;
    }

    private WarningSignsPage() {
    }
}
