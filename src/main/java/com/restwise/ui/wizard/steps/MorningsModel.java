package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.NightPain;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Symptoms;
import com.restwise.engine.profile.WarningSign;
import com.restwise.json.ProfileReader;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.NumberAnswer;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * Step "Mornings". Every question may be left unanswered or "not sure"; such answers are left
 * out of the profile rather than sent as {@code false} or 0.
 */
public final class MorningsModel {

    private final ObjectProperty<Integer> morningPain = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> sleepQuality = new SimpleObjectProperty<>();
    private final ObservableSet<PainArea> painAreas = FXCollections.observableSet();
    private final NumberAnswer stiffnessMinutes;
    private final ObjectProperty<Answer> easesAfterGettingUp = new SimpleObjectProperty<>();
    private final ObjectProperty<NightPain> nightPain = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> daytimePain = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> worseWithActivity = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> improvesWithExercise = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> improvesWithRest = new SimpleObjectProperty<>();
    private final ObjectProperty<Onset> onset = new SimpleObjectProperty<>();
    private final ObjectProperty<Answer> legPainBelowKnee = new SimpleObjectProperty<>();
    private final NumberAnswer duration;
    /** How stressed lately, 0 to 10; null: not answered. */
    private final ObjectProperty<Integer> stress = new SimpleObjectProperty<>();

    private final ObjectProperty<Answer> afterExertion = new SimpleObjectProperty<>();
    /** Pain in many places, most days, for 3 months or more. */
    private final ObjectProperty<Answer> widespreadPain = new SimpleObjectProperty<>();

    private final ObjectProperty<DurationUnit> durationUnit = new SimpleObjectProperty<>(DurationUnit.WEEKS);
    private final BooleanBinding valid;
    private final StringBinding firstError;
    /**
     * The questions in four short groups, asked one after the other within the step: waking, where
     * it hurts, how the pain behaves, how it began. Each number is checked in its own group.
     */
    private final StepParts parts;

    /** The groups' names, in order; the page's groups are "group-" + name. */
    public static final java.util.List<String> GROUPS = java.util.List.of("waking", "where", "behaves", "began");

    public MorningsModel(I18n i18n) {
        stiffnessMinutes =
                new NumberAnswer(i18n, "field.stiffness", 0, ProfileReader.MAX_STIFFNESS_MINUTES, true, false);
        stiffnessMinutes.setRange(0, ProfileReader.MAX_STIFFNESS_MINUTES, i18n.get("unit.minutes"));
        duration = new NumberAnswer(i18n, "field.duration", 0, ProfileReader.MAX_DURATION_WEEKS, false, false);
        Runnable range = () -> {
            double max = ProfileReader.MAX_DURATION_WEEKS
                    / (double) durationUnit.get().toWeeks(1);
            duration.setRange(0, Math.floor(max), i18n.get("unit." + durationUnit.get()));
        };
        range.run();
        durationUnit.addListener((obs, was, now) -> range.run());
        valid = Bindings.createBooleanBinding(
                () -> stiffnessMinutes.valid() && duration.valid(), stiffnessMinutes.error(), duration.error());
        firstError = Bindings.createStringBinding(
                () -> stiffnessMinutes.valid()
                        ? duration.error().get()
                        : stiffnessMinutes.error().get(),
                stiffnessMinutes.error(),
                duration.error());
        parts = new StepParts(java.util.List.of(
                StepParts.Part.checked(
                        GROUPS.get(0),
                        Bindings.createBooleanBinding(stiffnessMinutes::valid, stiffnessMinutes.error()),
                        stiffnessMinutes.error()),
                StepParts.Part.always(GROUPS.get(1)),
                StepParts.Part.always(GROUPS.get(2)),
                StepParts.Part.checked(
                        GROUPS.get(3),
                        Bindings.createBooleanBinding(duration::valid, duration.error()),
                        duration.error())));
    }

    /** The step's four groups of questions and which one shows. */
    public StepParts parts() {
        return parts;
    }

    public Integer durationWeeks() {
        Double amount = duration.value();
        return amount == null
                ? null
                : Math.min(ProfileReader.MAX_DURATION_WEEKS, durationUnit.get().toWeeks(amount));
    }

    /** The symptoms answered so far, with the warning signs answered yes and no. */
    public Symptoms toSymptoms(Set<WarningSign> signs, Set<WarningSign> signsNo) {
        Double stiffness = stiffnessMinutes.value();
        return new Symptoms(
                morningPain.get(),
                sleepQuality.get(),
                Set.copyOf(painAreas),
                stiffness == null ? null : stiffness.intValue(),
                Answer.toBoolean(easesAfterGettingUp.get()),
                durationWeeks(),
                nightPain.get(),
                Answer.toBoolean(daytimePain.get()),
                Answer.toBoolean(worseWithActivity.get()),
                Answer.toBoolean(improvesWithExercise.get()),
                Answer.toBoolean(improvesWithRest.get()),
                onset.get() == null ? null : onset.get().gradual(),
                Answer.toBoolean(legPainBelowKnee.get()),
                signs,
                stress.get(),
                Answer.toBoolean(afterExertion.get()),
                signsNo,
                Answer.toBoolean(widespreadPain.get()));
    }

    public ObjectProperty<Answer> widespreadPain() {
        return widespreadPain;
    }

    public ObjectProperty<Integer> morningPain() {
        return morningPain;
    }

    public ObjectProperty<Integer> sleepQuality() {
        return sleepQuality;
    }

    public ObservableSet<PainArea> painAreas() {
        return painAreas;
    }

    public NumberAnswer stiffnessMinutes() {
        return stiffnessMinutes;
    }

    public ObjectProperty<Answer> easesAfterGettingUp() {
        return easesAfterGettingUp;
    }

    public ObjectProperty<NightPain> nightPain() {
        return nightPain;
    }

    public ObjectProperty<Answer> daytimePain() {
        return daytimePain;
    }

    public ObjectProperty<Answer> worseWithActivity() {
        return worseWithActivity;
    }

    public ObjectProperty<Answer> improvesWithExercise() {
        return improvesWithExercise;
    }

    public ObjectProperty<Answer> improvesWithRest() {
        return improvesWithRest;
    }

    public ObjectProperty<Onset> onset() {
        return onset;
    }

    public ObjectProperty<Answer> legPainBelowKnee() {
        return legPainBelowKnee;
    }

    public NumberAnswer duration() {
        return duration;
    }

    public ObjectProperty<DurationUnit> durationUnit() {
        return durationUnit;
    }

    public ObjectProperty<Integer> stress() {
        return stress;
    }

    public ObjectProperty<Answer> afterExertion() {
        return afterExertion;
    }

    public BooleanBinding valid() {
        return valid;
    }

    public StringBinding firstError() {
        return firstError;
    }
}
