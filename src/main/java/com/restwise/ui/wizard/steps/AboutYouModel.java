package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Sex;
import com.restwise.engine.profile.Sleeper;
import com.restwise.json.ProfileReader;
import com.restwise.storage.Settings.HeightUnit;
import com.restwise.storage.Settings.WeightUnit;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.NumberAnswer;
import com.restwise.ui.common.UnitSwitch;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Step "You": weight (kg or lb), height (cm or in), age, sex and, for anyone who is not "male",
 * pregnancy. Only the weight is required; "pregnant: yes" asks for the week, since the advice
 * changes from week 20 and the week is what the profile holds.
 */
public final class AboutYouModel {

    public static final double KG_PER_LB = 0.45359237;
    public static final double CM_PER_IN = 2.54;

    private final I18n i18n;
    private final ObjectProperty<WeightUnit> weightUnit = UnitSwitch.unitProperty(WeightUnit.KG);
    private final ObjectProperty<HeightUnit> heightUnit = UnitSwitch.unitProperty(HeightUnit.CM);
    private final NumberAnswer weight;
    private final NumberAnswer height;
    private final UnitSwitch<WeightUnit> weightSwitch;
    private final UnitSwitch<HeightUnit> heightSwitch;
    private final NumberAnswer age;
    /** null: not answered; UNSPECIFIED: "prefer not to say". */
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    /** null: not answered; only YES and NO are offered. */
    private final ObjectProperty<Answer> pregnant = new SimpleObjectProperty<>();
    /** Getting down to the floor, and up again, is hard. */
    private final ObjectProperty<Answer> floorIsHard = new SimpleObjectProperty<>();

    private final NumberAnswer pregnancyWeek;
    private final BooleanBinding asksPregnancy;
    private final BooleanBinding asksPregnancyWeek;
    private final StringBinding pregnancyError;
    private final BooleanBinding valid;
    private final StringBinding firstError;
    private final BooleanBinding awaited;

    public AboutYouModel(I18n i18n) {
        this.i18n = i18n;
        weight = new NumberAnswer(
                i18n, "field.weight", ProfileReader.MIN_WEIGHT_KG, ProfileReader.MAX_WEIGHT_KG, false, true);
        height = new NumberAnswer(
                i18n, "field.height", ProfileReader.MIN_HEIGHT_CM, ProfileReader.MAX_HEIGHT_CM, false, false);
        age = new NumberAnswer(i18n, "field.age", ProfileReader.MIN_AGE, ProfileReader.MAX_AGE, true, false);
        pregnancyWeek = new NumberAnswer(
                i18n,
                "field.pregnancy-week",
                ProfileReader.MIN_PREGNANCY_WEEKS,
                ProfileReader.MAX_PREGNANCY_WEEKS,
                true,
                false);
        pregnancyWeek.setRange(ProfileReader.MIN_PREGNANCY_WEEKS, ProfileReader.MAX_PREGNANCY_WEEKS, "");
        asksPregnancy = Bindings.createBooleanBinding(() -> sex.get() != Sex.MALE, sex);
        asksPregnancyWeek = Bindings.createBooleanBinding(
                () -> asksPregnancy.get() && pregnant.get() == Answer.YES, asksPregnancy, pregnant);
        pregnancyError = Bindings.createStringBinding(
                () -> {
                    if (!asksPregnancyWeek.get()) {
                        return "";
                    }
                    String t = pregnancyWeek.text().get();
                    return t == null || t.isBlank()
                            ? i18n.get("error.pregnancy-week")
                            : pregnancyWeek.error().get();
                },
                asksPregnancyWeek,
                pregnancyWeek.text(),
                pregnancyWeek.error());
        weightSwitch =
                new UnitSwitch<>(weight, weightUnit, AboutYouModel::toKg, AboutYouModel::fromKg, this::applyWeightUnit);
        heightSwitch = new UnitSwitch<>(
                height,
                heightUnit,
                (value, unit) -> unit == HeightUnit.IN ? value * CM_PER_IN : value,
                (cm, unit) -> unit == HeightUnit.IN ? cm / CM_PER_IN : cm,
                this::applyHeightUnit);
        valid = Bindings.createBooleanBinding(
                () -> weight.valid()
                        && height.valid()
                        && age.valid()
                        && pregnancyError.get().isEmpty(),
                weight.error(),
                height.error(),
                age.error(),
                pregnancyError);
        firstError = Bindings.createStringBinding(
                () -> !weight.valid()
                        ? weight.error().get()
                        : !height.valid()
                                ? height.error().get()
                                : !age.valid() ? age.error().get() : pregnancyError.get(),
                weight.error(),
                height.error(),
                age.error(),
                pregnancyError);
        awaited = Bindings.createBooleanBinding(
                () -> !weight.valid()
                        ? weight.awaited().get()
                        : height.valid()
                                && age.valid()
                                && asksPregnancyWeek.get()
                                && pregnancyWeek.awaited().get(),
                weight.error(),
                weight.awaited(),
                height.error(),
                age.error(),
                asksPregnancyWeek,
                pregnancyWeek.awaited());
    }

    private void applyWeightUnit(WeightUnit unit) {
        weight.setRange(
                Math.ceil(fromKg(ProfileReader.MIN_WEIGHT_KG, unit)),
                Math.floor(fromKg(ProfileReader.MAX_WEIGHT_KG, unit)),
                i18n.get("unit." + unit));
    }

    private void applyHeightUnit(HeightUnit unit) {
        double factor = unit == HeightUnit.IN ? 1 / CM_PER_IN : 1;
        height.setRange(
                Math.ceil(ProfileReader.MIN_HEIGHT_CM * factor),
                Math.floor(ProfileReader.MAX_HEIGHT_CM * factor),
                i18n.get("unit." + unit));
    }

    static double fromKg(double kg, WeightUnit unit) {
        return unit == WeightUnit.LB ? kg / KG_PER_LB : kg;
    }

    static Double toKg(Double value, WeightUnit unit) {
        if (value == null) {
            return null;
        }
        return unit == WeightUnit.LB ? value * KG_PER_LB : value;
    }

    /** Kilograms within the contract's range, or null. Pounds are clamped to it after conversion. */
    public Double weightKg() {
        Double kg = weightSwitch.base(weightUnit.get());
        return kg == null ? null : clampKg(kg);
    }

    static double clampKg(double kg) {
        return Math.max(ProfileReader.MIN_WEIGHT_KG, Math.min(ProfileReader.MAX_WEIGHT_KG, kg));
    }

    public Double heightCm() {
        Double cm = heightSwitch.base(heightUnit.get());
        if (cm == null) {
            return null;
        }
        return Math.max(ProfileReader.MIN_HEIGHT_CM, Math.min(ProfileReader.MAX_HEIGHT_CM, Math.round(cm * 10) / 10.0));
    }

    public Integer ageYears() {
        Double v = age.value();
        return v == null ? null : v.intValue();
    }

    /**
     * The week of pregnancy, or null: not asked (sex "male"), not answered, "no", or a week that is
     * not valid yet (the step then cannot be left).
     */
    public Integer pregnancyWeeks() {
        Double week = pregnancyWeek.value();
        return asksPregnancyWeek.get() && week != null ? week.intValue() : null;
    }

    public Sleeper toSleeper() {
        Double kg = weightKg();
        return kg == null
                ? null
                : new Sleeper(
                        Math.round(kg * 10) / 10.0,
                        heightCm(),
                        ageYears(),
                        sex.get(),
                        pregnancyWeeks(),
                        Answer.toBoolean(floorIsHard.get()));
    }

    public NumberAnswer weight() {
        return weight;
    }

    public NumberAnswer height() {
        return height;
    }

    public NumberAnswer age() {
        return age;
    }

    public ObjectProperty<Sex> sex() {
        return sex;
    }

    public ObjectProperty<Answer> floorIsHard() {
        return floorIsHard;
    }

    public ObjectProperty<Answer> pregnant() {
        return pregnant;
    }

    public NumberAnswer pregnancyWeek() {
        return pregnancyWeek;
    }

    /** Everyone but "male" is asked; "prefer not to say" and no answer are asked too. */
    public BooleanBinding asksPregnancy() {
        return asksPregnancy;
    }

    public BooleanBinding asksPregnancyWeek() {
        return asksPregnancyWeek;
    }

    /** Why the pregnancy answer keeps the step from being left, or "". */
    public StringBinding pregnancyError() {
        return pregnancyError;
    }

    public ObjectProperty<WeightUnit> weightUnit() {
        return weightUnit;
    }

    public ObjectProperty<HeightUnit> heightUnit() {
        return heightUnit;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding firstError() {
        return firstError;
    }

    /** Whether the first error is only an answer still to come (the weight, the week), not yet one to point out. */
    public BooleanBinding awaited() {
        return awaited;
    }
}
