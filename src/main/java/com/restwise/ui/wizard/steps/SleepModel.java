package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Partner;
import com.restwise.json.ProfileReader;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.NumberAnswer;
import com.restwise.ui.common.UnitSwitch;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Step "How you sleep": position shares, and the partner's when the bed is shared. */
public final class SleepModel {

    private final PositionAnswers mine = new PositionAnswers();
    private final PositionAnswers partners = new PositionAnswers();
    private final BooleanProperty sharesBed = new SimpleBooleanProperty(false);
    private final NumberAnswer partnerWeight;
    private final ObjectProperty<WeightUnit> weightUnit;
    private final UnitSwitch<WeightUnit> partnerSwitch;
    private final BooleanBinding valid;
    private final StringBinding firstError;
    private final BooleanBinding awaited;

    /** @param weightUnit the unit chosen on the "You" step, used for the partner too */
    public SleepModel(I18n i18n, ObjectProperty<WeightUnit> weightUnit) {
        this.weightUnit = weightUnit;
        partnerWeight = new NumberAnswer(
                i18n, "field.partner-weight", ProfileReader.MIN_WEIGHT_KG, ProfileReader.MAX_WEIGHT_KG, false, true);
        partnerSwitch = new UnitSwitch<>(
                partnerWeight,
                weightUnit,
                AboutYouModel::toKg,
                AboutYouModel::fromKg,
                unit -> partnerWeight.setRange(
                        Math.ceil(AboutYouModel.fromKg(ProfileReader.MIN_WEIGHT_KG, unit)),
                        Math.floor(AboutYouModel.fromKg(ProfileReader.MAX_WEIGHT_KG, unit)),
                        i18n.get("unit." + unit)));
        valid = Bindings.createBooleanBinding(
                () -> mine.valid().get()
                        && (!sharesBed.get()
                                || (partnerWeight.valid() && partners.valid().get())),
                mine.valid(),
                sharesBed,
                partnerWeight.error(),
                partners.valid());
        firstError = Bindings.createStringBinding(
                () -> {
                    if (!mine.valid().get()) {
                        return i18n.get("error.positions");
                    }
                    if (sharesBed.get() && !partnerWeight.valid()) {
                        return partnerWeight.error().get();
                    }
                    if (sharesBed.get() && !partners.valid().get()) {
                        return i18n.get("error.partner-positions");
                    }
                    return "";
                },
                mine.valid(),
                sharesBed,
                partnerWeight.error(),
                partners.valid());
        // The positions have no field to leave: they are pointed out when the person tries to go on.
        awaited = Bindings.createBooleanBinding(
                () -> !mine.valid().get()
                        || (sharesBed.get()
                                && (partnerWeight.valid()
                                        || partnerWeight.awaited().get())),
                mine.valid(),
                sharesBed,
                partnerWeight.error(),
                partnerWeight.awaited());
    }

    /** The unit of the partner's weight: the one chosen on the "You" step. */
    public ObjectProperty<WeightUnit> weightUnit() {
        return weightUnit;
    }

    public PositionAnswers mine() {
        return mine;
    }

    public PositionAnswers partners() {
        return partners;
    }

    public BooleanProperty sharesBed() {
        return sharesBed;
    }

    public NumberAnswer partnerWeight() {
        return partnerWeight;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding firstError() {
        return firstError;
    }

    /** Whether the first error is only answers still to come (positions, the partner's), not yet to point out. */
    public BooleanBinding awaited() {
        return awaited;
    }

    public Partner toPartner() {
        if (!sharesBed.get() || !partners.valid().get() || partnerWeight.value() == null) {
            return null;
        }
        double kg = AboutYouModel.clampKg(partnerSwitch.base(weightUnit.get()));
        return new Partner(Math.round(kg * 10) / 10.0, partners.toPositions());
    }
}
