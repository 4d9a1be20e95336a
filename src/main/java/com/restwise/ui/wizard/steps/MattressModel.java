package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.CurrentMattress;
import com.restwise.engine.profile.MattressType;
import com.restwise.json.ProfileReader;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.NumberAnswer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Step "Your mattress": every answer may be "I don't know" (null or a blank field). */
public final class MattressModel {

    /** 1-10, or null for "I don't know". */
    private final ObjectProperty<Integer> firmness = new SimpleObjectProperty<>();

    private final ObjectProperty<MattressType> type = new SimpleObjectProperty<>();
    private final NumberAnswer ageYears;
    private final NumberAnswer sagCm;
    private final BooleanBinding valid;
    private final StringBinding firstError;

    public MattressModel(I18n i18n) {
        ageYears = new NumberAnswer(i18n, "field.mattress-age", 0, ProfileReader.MAX_MATTRESS_AGE, false, false);
        ageYears.setRange(0, ProfileReader.MAX_MATTRESS_AGE, i18n.get("unit.years"));
        sagCm = new NumberAnswer(i18n, "field.sag", 0, ProfileReader.MAX_SAG_CM, false, false);
        sagCm.setRange(0, ProfileReader.MAX_SAG_CM, i18n.get("unit.CM"));
        valid = Bindings.createBooleanBinding(() -> ageYears.valid() && sagCm.valid(), ageYears.error(), sagCm.error());
        firstError = Bindings.createStringBinding(
                () -> ageYears.valid() ? sagCm.error().get() : ageYears.error().get(), ageYears.error(), sagCm.error());
    }

    public ObjectProperty<Integer> firmness() {
        return firmness;
    }

    public ObjectProperty<MattressType> type() {
        return type;
    }

    public NumberAnswer ageYears() {
        return ageYears;
    }

    public NumberAnswer sagCm() {
        return sagCm;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding firstError() {
        return firstError;
    }

    public CurrentMattress toCurrentMattress() {
        return new CurrentMattress(
                firmness.get() == null ? null : firmness.get().doubleValue(),
                type.get(),
                ageYears.value(),
                sagCm.value());
    }
}
