package com.restwise.ui.common;

import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number typed into a field, with its validation. The text is kept exactly as typed (so
 * nothing the user entered is lost), and {@link #value()} is only ever a number in range:
 * "abc" or 900 kg never reaches the engine. Accepts "82.5" and "82,5".
 */
public final class NumberAnswer {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}([.,]\\d{1,4})?");
    private final StringProperty text = new SimpleStringProperty("");
    private final DoubleProperty min = new SimpleDoubleProperty();
    private final DoubleProperty max = new SimpleDoubleProperty();
    private final StringProperty unit = new SimpleStringProperty("");
    private final boolean whole;
    private final boolean required;
    private final StringBinding error;
    private final BooleanProperty left = new SimpleBooleanProperty();
    private final BooleanBinding awaited;
    private final I18n i18n;

    /**
     * @param field the text key naming the field in messages ("field.weight")
     */
    public NumberAnswer(I18n i18n, String field, double min, double max, boolean whole, boolean required) {
        this.i18n = i18n;
        this.min.set(min);
        this.max.set(max);
        this.whole = whole;
        this.required = required;
        this.error = Bindings.createStringBinding(() -> validate(i18n, field), text, this.min, this.max, unit);
        this.awaited = Bindings.createBooleanBinding(
                () -> (text.get() == null || text.get().isBlank()) && !left.get(), text, left);
    }

    private String validate(I18n i18n, String field) {
        String t = text.get() == null ? "" : text.get().trim();
        if (t.isEmpty()) {
            return required ? i18n.get("error.required", i18n.get(field)) : "";
        }
        if (!NUMBER.matcher(t).matches()) {
            return i18n.get("error.not-a-number", t);
        }
        double v = Double.parseDouble(t.replace(',', '.'));
        if (whole && v != Math.rint(v)) {
            return i18n.get("error.whole", i18n.get(field));
        }
        if (v < min.get() || v > max.get()) {
            // a number without a unit (a week of pregnancy) leaves no gap before the full stop
            return i18n.get("error.range", i18n.get(field), i18n.number(min.get()), i18n.number(max.get()), unit.get())
                    .replaceAll(" {2,}", " ")
                    .replace(" .", ".")
                    .trim();
        }
        return "";
    }

    public StringProperty text() {
        return text;
    }

    public StringBinding error() {
        return error;
    }

    /**
     * Whether the person has been in this answer's field and left it. From then on an empty
     * required answer is pointed out; before, an untouched page is not greeted with complaints.
     */
    public BooleanProperty left() {
        return left;
    }

    /** Empty, and its field not left yet: an answer still to come rather than one missing. */
    public BooleanBinding awaited() {
        return awaited;
    }

    public boolean valid() {
        return error.get().isEmpty();
    }

    /** The number, or null when blank or invalid. */
    public Double value() {
        String t = text.get() == null ? "" : text.get().trim();
        if (t.isEmpty() || !valid()) {
            return null;
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    public void setRange(double newMin, double newMax, String newUnit) {
        min.set(newMin);
        max.set(newMax);
        unit.set(newUnit);
    }

    public void set(Double value) {
        if (value == null) {
            text.set("");
        } else {
            // in the page's language ("72,5" in German), as the person would type it
            text.set(i18n.number(Math.round(value * 10) / 10.0));
        }
    }
}
