package com.restwise.ui.wizard.steps;

import com.restwise.engine.catalog.Catalog;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.wizard.WizardViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step "Preferences": size from the catalog, budget, runs hot, latex. */
public final class PreferencesPage {

    public static Node build(WizardViewModel vm) {
        I18n i18n = vm.i18n();
        PreferencesModel p = vm.preferences();
        ValidationSupport validation = new ValidationSupport();
        String sizeQ = i18n.get("preferences.size");
        ComboBox<String> size = QuestionControls.combo(
                sizes(vm.catalog().get()),
                s -> s.replace("x", " × ") + " cm",
                i18n.get("preferences.any-size"),
                p.size(),
                "size",
                sizeQ);
        // The catalog loads in the background; offer its sizes as soon as it is there.
        vm.catalog().addListener((obs, was, now) -> {
            String chosen = p.size().get();
            size.getItems().setAll(new ArrayList<>(Collections.singletonList((String) null)));
            size.getItems().addAll(sizes(now));
            p.size().set(chosen);
        });
        Label currency = new Label();
        currency.textProperty().bind(Bindings.concat(p.currency()));
        VBox page = new VBox(
                18,
                QuestionControls.title(i18n.get("preferences.title")),
                QuestionControls.intro(i18n.get("preferences.intro")),
                new VBox(6, QuestionControls.question(sizeQ), size),
                QuestionControls.numberField(
                        i18n.get("preferences.budget"),
                        p.budget(),
                        validation,
                        currency,
                        "budget",
                        i18n.get("hint.optional")),
                QuestionControls.yesNo(i18n, i18n.get("preferences.hot"), p.sleepsHot(), "sleeps-hot"),
                QuestionControls.yesNo(i18n, i18n.get("preferences.latex"), p.avoidLatex(), "avoid-latex"));
        page.getStyleClass().add("page");
        return page;
    }

    private static List<String> sizes(Catalog catalog) {
        return catalog == null ? List.of() : catalog.sizes();
    }

    private PreferencesPage() {}
}
