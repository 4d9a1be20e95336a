package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Preferences;
import com.restwise.json.ProfileReader;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.NumberAnswer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Step "Preferences": size (one of the catalog's), budget, whether the sleeper runs hot, and a
 * latex allergy or dislike.
 */
public final class PreferencesModel {

    /** null: any size. */
    private final ObjectProperty<String> size = new SimpleObjectProperty<>();

    private final NumberAnswer budget;
    private final ObjectProperty<Answer> sleepsHot = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> avoidLatex = new SimpleObjectProperty<>();
    private final StringProperty currency = new SimpleStringProperty("EUR");
    private final BooleanBinding valid;

    public PreferencesModel(I18n i18n) {
        budget = new NumberAnswer(i18n, "field.budget", 1, ProfileReader.MAX_BUDGET, false, false);
        currency.addListener((obs, was, now) -> budget.setRange(1, ProfileReader.MAX_BUDGET, now));
        budget.setRange(1, ProfileReader.MAX_BUDGET, currency.get());
        valid = Bindings.createBooleanBinding(budget::valid, budget.error());
    }

    public ObjectProperty<String> size() {
        return size;
    }

    public NumberAnswer budget() {
        return budget;
    }

    public ObjectProperty<Answer> sleepsHot() {
        return sleepsHot;
    }

    public ObjectProperty<Answer> avoidLatex() {
        return avoidLatex;
    }

    public StringProperty currency() {
        return currency;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding firstError() {
        return budget.error();
    }

    public Preferences toPreferences() {
        return new Preferences(
                size.get(), budget.value(), Answer.toBoolean(sleepsHot.get()), Answer.toBoolean(avoidLatex.get()));
    }
}
