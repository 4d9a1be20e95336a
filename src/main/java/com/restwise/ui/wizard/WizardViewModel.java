package com.restwise.ui.wizard;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.MedicalLevel;
import com.restwise.engine.advice.MedicalResult;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.Profile;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.I18n;
import com.restwise.ui.wizard.steps.AboutYouModel;
import com.restwise.ui.wizard.steps.MattressModel;
import com.restwise.ui.wizard.steps.MorningsModel;
import com.restwise.ui.wizard.steps.PreferencesModel;
import com.restwise.ui.wizard.steps.SleepModel;
import com.restwise.ui.wizard.steps.Trauma;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** Asked only with neck pain, and only then part of the profile. */
    public static final Set<WarningSign> NECK_SIGNS = Set.of(WarningSign.NECK_ARTERY_SIGNS, WarningSign.NECK_CORD_SIGNS);

    private final ObservableSet<WarningSign> warningSigns = FXCollections.observableSet();
    private final ObjectProperty<Trauma> trauma = new SimpleObjectProperty<>();
    private boolean syncingTrauma;
    private final PreferencesModel preferences;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.WELCOME);
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MedicalResult> medical = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>();
    private final Map<Step, ObservableBooleanValue> stepValid = new EnumMap<>(Step.class);
    private final Map<Step, ObservableStringValue> stepError = new EnumMap<>(Step.class);
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
        preferences = new PreferencesModel(i18n);

        stepValid.put(Step.YOU, you.valid());
        stepValid.put(Step.SLEEP, sleep.valid());
        stepValid.put(Step.MATTRESS, mattress.valid());
        stepValid.put(Step.MORNINGS, mornings.valid());
        stepValid.put(Step.PREFERENCES, preferences.valid());
        stepError.put(Step.YOU, you.firstError());
        stepError.put(Step.SLEEP, sleep.firstError());
        stepError.put(Step.MATTRESS, mattress.firstError());
        stepError.put(Step.MORNINGS, mornings.firstError());
        stepError.put(Step.PREFERENCES, preferences.firstError());

        stepAwaited.put(Step.YOU, you.awaited());
        stepAwaited.put(Step.SLEEP, sleep.awaited());

        Observable[] deps = dependencies();
        canGoNext = Bindings.createBooleanBinding(() -> step.get() != Step.RESULTS && isValid(step.get()), deps);
        nextBlockedReason = Bindings.createStringBinding(() -> {
            ObservableStringValue error = stepError.get(step.get());
            return error == null || isValid(step.get()) ? "" : error.get();
        }, deps);
        List<Observable> noticeDeps = new ArrayList<>(stepAwaited.values());
        noticeDeps.addAll(List.of(nextBlockedReason, triedToLeave, step));
        nextBlockedNotice = Bindings.createStringBinding(() -> {
            ObservableBooleanValue awaited = stepAwaited.get(step.get());
            boolean quiet = awaited != null && awaited.get() && !triedToLeave.contains(step.get());
            return quiet ? "" : nextBlockedReason.get();
        }, noticeDeps.toArray(new Observable[0]));
        urgent = Bindings.createBooleanBinding(
                () -> medical.get() != null && medical.get().level() == MedicalLevel.URGENT, medical);

        // The moment a sign is ticked (or unticked), ask the engine about the answers so far.
        warningSigns.addListener((SetChangeListener<WarningSign>) change -> rescreen());
        trauma.addListener((obs, was, now) -> syncTrauma(() -> {
            warningSigns.removeAll(List.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
            if (now != null && now.sign() != null) {
                warningSigns.add(now.sign());
            }
        }));
        warningSigns.addListener((SetChangeListener<WarningSign>) change -> syncTrauma(() -> {
            Trauma fromSigns = Trauma.of(warningSigns);
            if (fromSigns == Trauma.MAJOR) {
                warningSigns.remove(WarningSign.RECENT_TRAUMA);
            }
            if (fromSigns != null || trauma.get() != Trauma.NONE) {
                trauma.set(fromSigns);
            }
        }));
        step.addListener((obs, was, now) -> {
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

    /** Keeps the trauma choice and the two trauma signs in step, without each echoing the other. */
    private void syncTrauma(Runnable change) {
        if (syncingTrauma) {
            return;
        }
        syncingTrauma = true;
        try {
            change.run();
        } finally {
            syncingTrauma = false;
        }
    }

    private Observable[] dependencies() {
        List<Observable> list = new ArrayList<>();
        list.add(step);
        list.addAll(stepValid.values());
        list.addAll(stepError.values());
        return list.toArray(new Observable[0]);
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

    /** Goes on when the step's answers allow it; otherwise from now on says what is still needed. */
    public boolean next() {
        if (!canGoNext.get()) {
            triedToLeave.add(step.get());
            return false;
        }
        step.set(step.get().next());
        return true;
    }

    public boolean back() {
        if (step.get() == Step.WELCOME) {
            return false;
        }
        step.set(step.get().previous());
        return true;
    }

    public boolean goTo(Step target) {
        if (!canVisit(target)) {
            return false;
        }
        step.set(target);
        return true;
    }

    /** The profile of the answers so far; requires the "You" and "How you sleep" steps to be valid. */
    public Profile profile() {
        if (!isValid(Step.YOU) || !isValid(Step.SLEEP) || you.toSleeper() == null) {
            throw new IllegalStateException("weight and positions are not answered yet");
        }
        return new Profile(you.toSleeper(), sleep.mine().toPositions(), mattress.toCurrentMattress(),
                sleep.toPartner(), preferences.toPreferences(), mornings.toSymptoms(askedSigns()));
    }

    /** The ticked signs that were asked: the neck signs only count with neck pain ticked. */
    private Set<WarningSign> askedSigns() {
        Set<WarningSign> signs = new HashSet<>(warningSigns);
        if (!mornings.painAreas().contains(PainArea.NECK)) {
            signs.removeAll(NECK_SIGNS);
        }
        return signs;
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

    public ObservableSet<WarningSign> warningSigns() {
        return warningSigns;
    }

    /** The injury choice; null until one is made. It ticks at most one of the two trauma signs. */
    public ObjectProperty<Trauma> trauma() {
        return trauma;
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
