package com.restwise.ui.common;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A number answer shown in a unit the user can switch (kg / lb, cm / in). Switching converts
 * the number from its exact value, not from the rounded text on screen, so switching back and
 * forth any number of times shows what was typed again (converting "209.4 lb" back would drift).
 *
 * @param <U> the unit
 */
public final class UnitSwitch<U> {

    private final NumberAnswer answer;
    private final BiFunction<Double, U, Double> toBase;
    private final BiFunction<Double, U, Double> fromBase;
    /** The exact value, in the base unit, of the text a switch last wrote; null before any switch. */
    private Double exactBase;

    private String convertedText;

    /**
     * @param toBase   the shown number in the given unit, as the base unit (kg, cm)
     * @param fromBase the base-unit number in the given unit
     * @param onUnit   adjusts the answer's range and unit name to the new unit (runs before converting)
     */
    public UnitSwitch(
            NumberAnswer answer,
            ObjectProperty<U> unit,
            BiFunction<Double, U, Double> toBase,
            BiFunction<Double, U, Double> fromBase,
            Consumer<U> onUnit) {
        this.answer = answer;
        this.toBase = toBase;
        this.fromBase = fromBase;
        onUnit.accept(unit.get());
        unit.addListener((obs, was, now) -> {
            Double base = base(was);
            onUnit.accept(now);
            if (base != null) {
                answer.set(fromBase.apply(base, now));
                exactBase = base;
                convertedText = answer.text().get();
            }
        });
    }

    /** The answer in the base unit: exact while the text is the one a switch wrote, else as typed. */
    public Double base(U unit) {
        if (exactBase != null && Objects.equals(answer.text().get(), convertedText)) {
            return exactBase;
        }
        Double value = answer.value();
        return value == null ? null : toBase.apply(value, unit);
    }

    /** A unit property that keeps its unit when asked to hold none: a unit switch never ends up empty. */
    public static <U> ObjectProperty<U> unitProperty(U initial) {
        return new SimpleObjectProperty<>(Objects.requireNonNull(initial)) {
            @Override
            public void set(U unit) {
                if (unit != null) {
                    super.set(unit);
                }
            }
        };
    }
}
