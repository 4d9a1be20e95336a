package com.restwise.ui.wizard;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.MattressModel;
import com.restwise.ui.wizard.steps.MorningsModel;
import com.restwise.ui.wizard.steps.PreferencesModel;
import com.restwise.ui.wizard.steps.SleepModel;
import com.restwise.ui.wizard.steps.StepParts;
import com.restwise.ui.wizard.steps.Trauma;
import com.restwise.ui.wizard.steps.WarningSignsModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The wizard's answers, validation and navigation. It never touches a control, so it is
 * tested with plain JUnit; the views only bind to it. The engine is asked for everything
 * medical: the wizard never re-implements a rule.
 */
public final class WizardViewModel {

    private final I18n i18n;
    private final Supplier<Advisor> advisorSupplier;
    private Advisor advisor;
    private final AboutYouModel you;
    private final SleepModel sleep;
    private final MattressModel mattress;
    private final MorningsModel mornings;
    private final WarningSignsModel signs;
    private final PreferencesModel preferences;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WELCOME);
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MedicalResult> medical = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>();
    private final Map<Step, ObservableBooleanValue> stepValid = new EnumMap<>(Step.class);
    private final Map<Step, ObservableStringValue> stepError = new EnumMap<>(Step.class);
    /** The steps asked in parts (Mornings' groups): Next and Back walk the parts first. */
    private final Map<Step, StepParts> stepParts = new EnumMap<>(Step.class);
    /** Set while Back comes into a step from the next one, which then opens at its last part. */
    private boolean enteringBackwards;

    private final BooleanBinding canGoNext;
    private final StringBinding nextBlockedReason;
    /** Whether a step's first error is only an answer still to come (see {@link #nextBlockedNotice}). */
    private final Map<Step, ObservableBooleanValue> stepAwaited = new EnumMap<>(Step.class);
    /** The steps on which the person tried to go on: what they still need is said from then on. */
    private final ObservableSet<Step> triedToLeave = FXCollections.observableSet();

    private final StringBinding nextBlockedNotice;
    private final BooleanBinding urgent;

    public WizardViewModel(I18n i18n, Advisor advisor) {
        this(i18n, () -> advisor);
    }

    /** The engine is only needed from the warning signs on, so the app creates it on first use. */
    public WizardViewModel(I18n i18n, Supplier<Advisor> advisor) {
        this.i18n = i18n;
        this.advisorSupplier = advisor;
        you = new AboutYouModel(i18n);
        sleep = new SleepModel(i18n, you.weightUnit());
        mattress = new MattressModel(i18n);
        mornings = new MorningsModel(i18n);
        signs = new WarningSignsModel(i18n, mornings.painAreas());
        preferences = new PreferencesModel(i18n);

        stepValid.put(Step.YOU, you.valid());
        stepValid.put(Step.SLEEP, sleep.valid());
        stepValid.put(Step.MATTRESS, mattress.valid());
        stepValid.put(Step.MORNINGS, mornings.valid());
        stepValid.put(Step.WARNING_SIGNS, signs.answered());
        stepValid.put(Step.PREFERENCES, preferences.valid());
        stepError.put(Step.YOU, you.firstError());
        stepError.put(Step.SLEEP, sleep.firstError());
        stepError.put(Step.MATTRESS, mattress.firstError());
        stepError.put(Step.MORNINGS, mornings.firstError());
        stepError.put(Step.WARNING_SIGNS, signs.firstError());
        stepError.put(Step.PREFERENCES, preferences.firstError());

        stepParts.put(Step.MORNINGS, mornings.parts());

        stepAwaited.put(Step.YOU, you.awaited());
        stepAwaited.put(Step.SLEEP, sleep.awaited());
        stepAwaited.put(Step.WARNING_SIGNS, signs.untouched());

        Observable[] deps = dependencies();
        canGoNext = Bindings.createBooleanBinding(
                () -> step.get() != Step.RESULTS && blockedReason().isEmpty(), deps);
        nextBlockedReason = Bindings.createStringBinding(this::blockedReason, deps);
        List<Observable> noticeDeps = new ArrayList<>(stepAwaited.values());
        noticeDeps.addAll(List.of(nextBlockedReason, triedToLeave, step));
        nextBlockedNotice = Bindings.createStringBinding(
                () -> {
                    ObservableBooleanValue awaited = stepAwaited.get(step.get());
                    boolean quiet = awaited != null && awaited.get() && !triedToLeave.contains(step.get());
                    return quiet ? "" : nextBlockedReason.get();
                },
                noticeDeps.toArray(new Observable[0]));
        urgent = Bindings.createBooleanBinding(
                () -> medical.get() != null && medical.get().level() == MedicalLevel.URGENT, medical);

        // The moment a sign is answered (or the answer taken back), ask the engine about the answers so far.
        signs.ticked().addListener((SetChangeListener<WarningSign>) change -> rescreen());
        signs.answeredNo().addListener((SetChangeListener<WarningSign>) change -> rescreen());
        step.addListener((obs, was, now) -> {
            // a step in parts opens at its first part, or at its last when Back comes to it
            StepParts parts = stepParts.get(now);
            if (parts != null) {
                if (enteringBackwards) {
                    parts.last();
                } else {
                    parts.first();
                }
            }
            if (now.ordinal() >= Step.WARNING_SIGNS.ordinal()) {
                rescreen();
            }
            if (now == Step.RESULTS) {
                recomputeAdvice();
            }
        });
        catalog.addListener((obs, was, now) -> {
            if (now != null) {
                preferences.currency().set(now.currency());
                if (step.get() == Step.RESULTS) {
                    recomputeAdvice();
                }
            }
        });
    }

    private javafx.beans.Observable[] dependencies() {
        java.util.List<javafx.beans.Observable> list = new java.util.ArrayList<>();
        list.add(step);
        list.addAll(stepValid.values());
        list.addAll(stepError.values());
        for (StepParts p : stepParts.values()) {
            list.add(p.current());
            list.add(p.onLast());
            list.add(p.currentError());
        }
        return list.toArray(new Observable[0]);
    }

    /**
     * Why Next cannot go on from here, or "": on a step in parts, the part shown's own answers
     * (a number typed wrong in it); past its last part, the whole step's.
     */
    private String blockedReason() {
        Step s = step.get();
        StepParts parts = stepParts.get(s);
        if (parts != null && !parts.currentError().get().isEmpty()) {
            return parts.currentError().get();
        }
        if (parts != null && !parts.onLast().get()) {
            return "";
        }
        ObservableStringValue error = stepError.get(s);
        return error == null || isValid(s) ? "" : error.get();
    }

    /** The step's parts when it is asked in parts (Mornings), else null. */
    public StepParts parts(Step s) {
        return stepParts.get(s);
    }

    public boolean isValid(Step s) {
        ObservableBooleanValue v = stepValid.get(s);
        return v == null || v.get();
    }

    /** Whether every step before this one is valid, so the user may jump to it. */
    public boolean canVisit(Step target) {
        for (Step s : Step.values()) {
            if (s.ordinal() >= target.ordinal()) {
                return true;
            }
            if (!isValid(s)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the step may be visited, following the answers: {@link #canVisit}, observable. */
    public BooleanBinding visitable(Step target) {
        return Bindings.createBooleanBinding(
                () -> canVisit(target), stepValid.values().toArray(new javafx.beans.Observable[0]));
    }

    /**
     * Goes to the first step whose answers keep the results away (the warning signs, say) and
     * says there what is still needed, as a press on Next would.
     */
    public void showWhatIsMissing() {
        for (Step s : Step.values()) {
            if (s != Step.RESULTS && !isValid(s)) {
                step.set(s);
                triedToLeave.add(s);
                return;
            }
        }
    }

    /** Goes on when the step's answers allow it; otherwise from now on says what is still needed. */
    public boolean next() {
        if (!canGoNext.get()) {
            triedToLeave.add(step.get());
            return false;
        }
        StepParts parts = stepParts.get(step.get());
        if (parts != null && parts.next()) {
            return true;
        }
        step.set(step.get().next());
        return true;
    }

    /** Back to the part before, or the step before (at its last part). */
    public boolean back() {
        StepParts parts = stepParts.get(step.get());
        if (parts != null && parts.back()) {
            return true;
        }
        if (step.get() == Step.WELCOME) {
            return false;
        }
        enteringBackwards = true;
        try {
            step.set(step.get().previous());
        } finally {
            enteringBackwards = false;
        }
        return true;
    }

    public boolean goTo(Step target) {
        if (!canVisit(target)) {
            return false;
        }
        StepParts parts = stepParts.get(target);
        if (parts != null) {
            parts.first(); // from the step list, the step shown included: at its first part
        }
        step.set(target);
        return true;
    }

    /** The profile of the answers so far; requires the "You" and "How you sleep" steps to be valid. */
    public Profile profile() {
        if (!isValid(Step.YOU) || !isValid(Step.SLEEP) || you.toSleeper() == null) {
            throw new IllegalStateException("weight and positions are not answered yet");
        }
        return new Profile(
                you.toSleeper(),
                sleep.mine().toPositions(),
                mattress.toCurrentMattress(),
                sleep.toPartner(),
                preferences.toPreferences(),
                mornings.toSymptoms(signs.yes(), signs.no()));
    }

    private boolean profileReady() {
        return isValid(Step.YOU) && isValid(Step.SLEEP) && you.toSleeper() != null;
    }

    private void rescreen() {
        medical.set(profileReady() ? advisor().screen(profile(), i18n.lang()) : null);
    }

    private void recomputeAdvice() {
        if (catalog.get() != null && profileReady()) {
            advice.set(advisor().assess(profile(), catalog.get(), Advisor.DEFAULT_TOP, i18n.lang()));
        }
    }

    private Advisor advisor() {
        if (advisor == null) {
            advisor = advisorSupplier.get();
        }
        return advisor;
    }

    public I18n i18n() {
        return i18n;
    }

    public AboutYouModel you() {
        return you;
    }

    public SleepModel sleep() {
        return sleep;
    }

    public MattressModel mattress() {
        return mattress;
    }

    public MorningsModel mornings() {
        return mornings;
    }

    /** The warning signs page: each sign's answer, the injury choice, and which form asks them. */
    public WarningSignsModel signs() {
        return signs;
    }

    /** The ticked warning signs (the injury signs among them). */
    public ObservableSet<WarningSign> warningSigns() {
        return signs.ticked();
    }

    /** The injury choice; null until one is made. */
    public ObjectProperty<Trauma> trauma() {
        return signs.trauma();
    }

    public PreferencesModel preferences() {
        return preferences;
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public ObjectProperty<Catalog> catalog() {
        return catalog;
    }

    public ReadOnlyObjectProperty<MedicalResult> medical() {
        return medical.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Advice> advice() {
        return advice.getReadOnlyProperty();
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public StringBinding nextBlockedReason() {
        return nextBlockedReason;
    }

    /**
     * What the Back / Next bar says is still needed: the reason Next is blocked, except for an
     * answer still to come on a page the person has not tried to leave (an empty weight whose
     * field they have not left yet). A page is not greeted with "Enter your weight".
     */
    public StringBinding nextBlockedNotice() {
        return nextBlockedNotice;
    }

    public BooleanBinding urgent() {
        return urgent;
    }
}
