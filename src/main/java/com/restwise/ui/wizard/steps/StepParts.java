package com.restwise.ui.wizard.steps;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * A step asked in short parts, one after the other within the step (the Mornings step's four
 * groups of questions): which part shows, and moving among them. Next walks the parts and only
 * past the last one leaves the step; Back walks them back. A part none of whose questions is
 * asked (all of them conditional and not called for) is passed over, never shown empty. The step
 * list and the draft know only the step.
 */
public final class StepParts {

    /**
     * One part: its name (the page's group is {@code "group-" + name}), whether any of its
     * questions is asked, and whether its answers let the person go on (and, if not, why).
     */
    public record Part(
            String name, ObservableBooleanValue shown, ObservableBooleanValue valid, ObservableStringValue error) {

        public Part {
            Objects.requireNonNull(name);
            Objects.requireNonNull(shown);
            Objects.requireNonNull(valid);
            Objects.requireNonNull(error);
        }

        /** A part that is always asked and never keeps the person from going on. */
        public static Part always(String name) {
            return new Part(name, yes(), yes(), noError());
        }

        /** Always asked; its answers must be valid to go on. */
        public static Part checked(String name, ObservableBooleanValue valid, ObservableStringValue error) {
            return new Part(name, yes(), valid, error);
        }
    }

    /** Each part its own constant: a value shared by every wizard would keep each one's listeners. */
    private static ObservableBooleanValue yes() {
        return new javafx.beans.property.ReadOnlyBooleanWrapper(true).getReadOnlyProperty();
    }

    private static ObservableStringValue noError() {
        return new javafx.beans.property.ReadOnlyStringWrapper("").getReadOnlyProperty();
    }

    private final List<Part> parts;
    /** The index, among all parts, of the one shown. */
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(0);

    private final IntegerBinding number;
    private final IntegerBinding count;
    private final BooleanBinding onLast;
    private final BooleanBinding currentValid;
    private final javafx.beans.binding.StringBinding currentError;

    public StepParts(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a step in parts has at least one");
        }
        this.parts = List.copyOf(parts);
        Observable[] shownDeps = deps(Part::shown);
        Observable[] all = new Observable[shownDeps.length + 1];
        System.arraycopy(shownDeps, 0, all, 0, shownDeps.length);
        all[shownDeps.length] = current;
        count = Bindings.createIntegerBinding(
                () -> (int) this.parts.stream().filter(p -> p.shown().get()).count(), shownDeps);
        number = Bindings.createIntegerBinding(
                () -> {
                    int n = 0;
                    for (int i = 0; i <= current.get(); i++) {
                        n += this.parts.get(i).shown().get() ? 1 : 0;
                    }
                    return Math.max(1, n);
                },
                all);
        onLast = Bindings.createBooleanBinding(() -> shownAfter(current.get(), +1) < 0, all);
        currentValid = Bindings.createBooleanBinding(
                () -> this.parts.get(current.get()).valid().get(), withCurrent(Part::valid));
        currentError = Bindings.createStringBinding(
                () -> {
                    Part p = this.parts.get(current.get());
                    return p.valid().get() ? "" : p.error().get();
                },
                withCurrent(Part::valid, Part::error));
        // A part that stops being asked while it shows gives way to the next one asked (or the one before).
        for (Part p : this.parts) {
            p.shown().addListener((obs, was, now) -> {
                if (!now && this.parts.get(current.get()) == p) {
                    int to = shownAfter(current.get(), +1);
                    if (to < 0) {
                        to = shownAfter(current.get(), -1);
                    }
                    if (to >= 0) {
                        current.set(to);
                    }
                }
            });
        }
    }

    @SafeVarargs
    private Observable[] withCurrent(java.util.function.Function<Part, Observable>... of) {
        List<Observable> list = new java.util.ArrayList<>();
        list.add(current);
        for (var f : of) {
            list.addAll(List.of(deps(f)));
        }
        return list.toArray(new Observable[0]);
    }

    private Observable[] deps(java.util.function.Function<Part, Observable> of) {
        return parts.stream().map(of).toArray(Observable[]::new);
    }

    /** The index of the first part asked after (or before) the given one, or -1. */
    private int shownAfter(int from, int direction) {
        for (int i = from + direction; i >= 0 && i < parts.size(); i += direction) {
            if (parts.get(i).shown().get()) {
                return i;
            }
        }
        return -1;
    }

    /** To the next part asked; false on the last one, where Next leaves the step. */
    public boolean next() {
        int to = shownAfter(current.get(), +1);
        if (to < 0) {
            return false;
        }
        current.set(to);
        return true;
    }

    /** To the part asked before; false on the first one, where Back leaves the step. */
    public boolean back() {
        int to = shownAfter(current.get(), -1);
        if (to < 0) {
            return false;
        }
        current.set(to);
        return true;
    }

    /** The first part asked: where the step opens when it is reached going forward or jumped to. */
    public void first() {
        int to = shownAfter(-1, +1);
        current.set(to < 0 ? 0 : to);
    }

    /** The last part asked: where the step opens when Back comes to it from the next step. */
    public void last() {
        int to = shownAfter(parts.size(), -1);
        current.set(to < 0 ? parts.size() - 1 : to);
    }

    /** The index, among all parts, of the one shown. */
    public ReadOnlyIntegerProperty current() {
        return current.getReadOnlyProperty();
    }

    /** The name of the part shown. */
    public String currentName() {
        return parts.get(current.get()).name();
    }

    /** Whether the named part is the one shown. */
    public BooleanBinding showing(String name) {
        int index = indexOf(name);
        return Bindings.createBooleanBinding(() -> current.get() == index, current);
    }

    private int indexOf(String name) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no part " + name);
    }

    /** The part shown, counted among those asked: 1 for the first. */
    public IntegerBinding number() {
        return number;
    }

    /** How many parts are asked. */
    public IntegerBinding count() {
        return count;
    }

    /** Whether the part shown is the last one asked: Next then leaves the step. */
    public BooleanBinding onLast() {
        return onLast;
    }

    /** Whether the part shown lets the person go on to the next part. */
    public BooleanBinding currentValid() {
        return currentValid;
    }

    /** Why the part shown keeps the person from going on, or "". */
    public javafx.beans.binding.StringBinding currentError() {
        return currentError;
    }

    /** Every part, asked or not, in order. */
    public List<Part> parts() {
        return parts;
    }
}
