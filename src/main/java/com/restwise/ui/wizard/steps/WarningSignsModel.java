package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.PainArea;
import com.restwise.engine.profile.WarningSign;
import com.restwise.ui.common.Answer;
import com.restwise.ui.common.I18n;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * Step "Warning signs": every sign asked is answered, yes (ticked) or no, and the injury question
 * is one choice (none, minor, major). The page is answered only when the injury question and
 * every sign asked are; the neck signs are asked only with neck pain.
 * <p>
 * Two forms ask the same: a physiotherapist running a consultation gets a yes/no per sign, as a
 * clinical record needs each one; a shopper gets a checklist with "None of these", read as a
 * checklist is read: once the person ticks, unticks, or says "None of these", every sign asked and
 * not ticked is "no".
 */
public final class WarningSignsModel {

    /** The signs asked one by one; the two injury signs are the injury choice. */
    public static final List<WarningSign> ONE_BY_ONE = java.util.Arrays.stream(WarningSign.values())
            .filter(s -> s != WarningSign.RECENT_TRAUMA && s != WarningSign.MAJOR_TRAUMA)
            .toList();

    private final ObservableSet<WarningSign> ticked = FXCollections.observableSet();
    private final ObservableSet<WarningSign> answeredNo = FXCollections.observableSet();
    private final ObjectProperty<Trauma> trauma = new SimpleObjectProperty<>();
    private final BooleanProperty eachAsked = new SimpleBooleanProperty();
    private final ObservableSet<PainArea> painAreas;
    private final Map<WarningSign, ObjectProperty<Answer>> answers = new EnumMap<>(WarningSign.class);
    private final BooleanBinding answered;
    private final BooleanBinding noneOfThese;
    private final BooleanBinding untouched;
    private final StringBinding firstError;
    private boolean syncingTrauma;

    public WarningSignsModel(I18n i18n, ObservableSet<PainArea> painAreas) {
        this.painAreas = painAreas;
        answered = Bindings.createBooleanBinding(
                () -> trauma.get() != null && open().isEmpty(), ticked, answeredNo, trauma, painAreas);
        noneOfThese = Bindings.createBooleanBinding(
                () -> asked().stream().noneMatch(ticked::contains) && open().isEmpty(), ticked, answeredNo, painAreas);
        untouched = Bindings.createBooleanBinding(
                () -> trauma.get() == null && ticked.isEmpty() && answeredNo.isEmpty(), ticked, answeredNo, trauma);
        firstError = Bindings.createStringBinding(
                () -> {
                    int open = open().size();
                    if (open == 0) {
                        return trauma.get() == null ? i18n.get("signs.open.trauma") : "";
                    }
                    int all = open + (trauma.get() == null ? 1 : 0);
                    return eachAsked.get() ? i18n.get("signs.open.each", all) : i18n.get("signs.open.list");
                },
                ticked,
                answeredNo,
                trauma,
                painAreas,
                eachAsked);
        for (WarningSign sign : ONE_BY_ONE) {
            ObjectProperty<Answer> answer = new SimpleObjectProperty<>();
            answer.addListener((obs, was, now) -> answer(sign, now));
            answers.put(sign, answer);
        }
        SetChangeListener<WarningSign> echo = c -> answers.forEach((sign, answer) ->
                answer.set(ticked.contains(sign) ? Answer.YES : answeredNo.contains(sign) ? Answer.NO : null));
        ticked.addListener(echo);
        answeredNo.addListener(echo);
        trauma.addListener((obs, was, now) -> syncTrauma(() -> {
            ticked.removeAll(List.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
            if (now != null && now.sign() != null) {
                ticked.add(now.sign());
            }
        }));
        ticked.addListener((SetChangeListener<WarningSign>) change -> syncTrauma(() -> {
            Trauma fromSigns = Trauma.of(ticked);
            if (fromSigns == Trauma.MAJOR) {
                ticked.remove(WarningSign.RECENT_TRAUMA);
            }
            if (fromSigns != null || trauma.get() != Trauma.NONE) {
                trauma.set(fromSigns);
            }
        }));
    }

    /** Keeps the injury choice and the two injury signs in step, without each echoing the other. */
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

    private void answer(WarningSign sign, Answer answer) {
        if (answer == Answer.YES) {
            answeredNo.remove(sign);
            ticked.add(sign);
        } else if (answer == Answer.NO) {
            ticked.remove(sign);
            answeredNo.add(sign);
        } else {
            ticked.remove(sign);
            answeredNo.remove(sign);
        }
    }

    /** The signs asked one by one now: the neck signs only with neck pain. */
    public List<WarningSign> asked() {
        boolean neck = painAreas.contains(PainArea.NECK);
        return ONE_BY_ONE.stream().filter(s -> neck || !s.neckOnly()).toList();
    }

    /** The signs asked and neither ticked nor answered "no". */
    public List<WarningSign> open() {
        List<WarningSign> open = new ArrayList<>();
        for (WarningSign s : asked()) {
            if (!ticked.contains(s) && !answeredNo.contains(s)) {
                open.add(s);
            }
        }
        return open;
    }

    /** A tick in the checklist: the list has been read, so every sign asked and not ticked is "no". */
    public void tick(WarningSign sign, boolean on) {
        if (on) {
            ticked.add(sign);
        } else {
            ticked.remove(sign);
        }
        for (WarningSign s : asked()) {
            if (ticked.contains(s)) {
                answeredNo.remove(s);
            } else {
                answeredNo.add(s);
            }
        }
    }

    /** "None of these" in the checklist: every sign asked is "no"; unticked again, they are open again. */
    public void noneOfThese(boolean none) {
        if (none) {
            ticked.removeAll(ONE_BY_ONE);
            answeredNo.addAll(asked());
        } else {
            answeredNo.clear();
        }
    }

    /** The ticked signs that were asked, for the profile. */
    public Set<WarningSign> yes() {
        Set<WarningSign> yes = EnumSet.noneOf(WarningSign.class);
        for (WarningSign s : ticked) {
            if (!s.neckOnly() || painAreas.contains(PainArea.NECK)) {
                yes.add(s);
            }
        }
        return yes;
    }

    /**
     * The signs answered "no" that were asked, for the profile; with the injury choice, "none" is no
     * to both injuries and "minor" no to a major one.
     */
    public Set<WarningSign> no() {
        Set<WarningSign> no = EnumSet.noneOf(WarningSign.class);
        for (WarningSign s : asked()) {
            if (answeredNo.contains(s) && !ticked.contains(s)) {
                no.add(s);
            }
        }
        if (trauma.get() == Trauma.NONE) {
            no.addAll(List.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA));
        } else if (trauma.get() == Trauma.MINOR) {
            no.add(WarningSign.MAJOR_TRAUMA);
        }
        return no;
    }

    /** Fills the answers from a saved profile's two lists; a sign in neither stays open. */
    public void fill(Set<WarningSign> yes, Set<WarningSign> no) {
        ticked.clear();
        answeredNo.clear();
        ticked.addAll(yes);
        if (no != null) {
            no.stream().filter(ONE_BY_ONE::contains).forEach(answeredNo::add);
            if (Trauma.of(yes) == null
                    && no.containsAll(List.of(WarningSign.RECENT_TRAUMA, WarningSign.MAJOR_TRAUMA))) {
                trauma.set(Trauma.NONE);
            }
        }
    }

    /** Leaves every sign and the injury choice open again: a follow-up asks them anew. */
    public void clear() {
        ticked.clear();
        answeredNo.clear();
        trauma.set(null);
    }

    /** The ticked signs, the injury signs among them. */
    public ObservableSet<WarningSign> ticked() {
        return ticked;
    }

    /** The signs answered "no" one by one (never an injury sign: the injury choice says those). */
    public ObservableSet<WarningSign> answeredNo() {
        return answeredNo;
    }

    /** The injury choice; null until one is made. It ticks at most one of the two injury signs. */
    public ObjectProperty<Trauma> trauma() {
        return trauma;
    }

    /** A sign's answer in the yes/no form: yes, no, or null while open. */
    public ObjectProperty<Answer> answer(WarningSign sign) {
        return answers.get(sign);
    }

    /** True for the yes/no form (a physiotherapist's consultation), false for the checklist. */
    public BooleanProperty eachAsked() {
        return eachAsked;
    }

    /** The injury question and every sign asked are answered. */
    public BooleanBinding answered() {
        return answered;
    }

    /** No sign asked is ticked and every one is "no": the checklist's "None of these". */
    public BooleanBinding noneOfThese() {
        return noneOfThese;
    }

    /** Nothing answered on the page yet: what is missing is said once the person tries to go on. */
    public BooleanBinding untouched() {
        return untouched;
    }

    /** What is still to answer, or "" when the page is answered. */
    public StringBinding firstError() {
        return firstError;
    }
}
