package com.restwise.ui.common;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * When a consultation took place: today unless the therapist records it afterwards. The text is
 * read by {@link TypedDate}; text that is not a valid date stays in the field, the problem is
 * named under it, and the consultation cannot be saved until it is put right. A date chosen in
 * the pop-up calendar replaces the text, and a date typed is the one the calendar shows.
 */
public final class ConsultationDate {

    private final DatePicker picker = new DatePicker();
    private final Label problem = new Label();
    private final Label hint;
    private final Label label;
    private final TypedDate reader;
    private final StringProperty problemText = new SimpleStringProperty("");
    private final BooleanBinding valid;
    /**
     * The last text that was not a date, while the field holds it; null when the text is a date.
     * The picker keeps its last good date meanwhile: its skin empties the field whenever the
     * value becomes null, which is what erased "31.02.2026".
     */
    private String rejected;

    public ConsultationDate(I18n i18n, Supplier<LocalDate> today) {
        this(i18n, today, Locale.getDefault());
    }

    public ConsultationDate(I18n i18n, Supplier<LocalDate> today, Locale region) {
        this.reader = new TypedDate(i18n, region, today);
        this.label = new Label(i18n.get("results.date"));
        this.hint = QuestionControls.hint(reader.hint());
        hint.setId("consultation-date-hint");
        picker.setId("consultation-date");
        // never narrower than a whole date: a squeezed consultation bar showed "7 Dec 202"
        picker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        picker.setAccessibleText(i18n.get("results.date"));
        picker.setAccessibleHelp(reader.hint());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // While the text is not a date, the skin redraws that text, not the last good date.
                if (rejected != null && Objects.equals(date, picker.getValue())) {
                    return rejected;
                }
                return date == null ? "" : reader.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                TypedDate.Reading reading = reader.read(text);
                rejected = reading.ok() ? null : text == null ? "" : text;
                problemText.set(reading.ok() ? "" : reading.problem());
                return reading.ok() ? reading.date() : picker.getValue();
            }
        });
        picker.setDayCellFactory(p -> {
            DateCell cell = new DateCell() {
                @Override
                public void updateItem(LocalDate date, boolean empty) {
                    super.updateItem(date, empty);
                    setDisable(empty || date.isAfter(today.get()));
                }
            };
            // Clicking the day already chosen changes no value, so the listener below would not
            // replace text that is not a date: the click does it here.
            cell.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (!cell.isEmpty() && !cell.isDisabled() && cell.getItem().equals(picker.getValue())) {
                    show(cell.getItem());
                }
            });
            return cell;
        });
        // A day picked in the calendar is always a good one: it replaces text that was not a date.
        // The field's text follows the value here rather than only in the skin, which a field
        // not yet on screen does not have.
        picker.valueProperty().addListener((obs, was, now) -> show(now));
        picker.setValue(today.get());
        // The typed text counts once the field is left, as well as on Enter.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        valid = Bindings.createBooleanBinding(
                () -> picker.getValue() != null && problemText.get().isEmpty(), picker.valueProperty(), problemText);
        problem.setId("consultation-date-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(problemText);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        label.setLabelFor(picker);
    }

    /** A good date (or none) in the field, in the field's own form, and no problem under it. */
    private void show(LocalDate date) {
        rejected = null;
        problemText.set("");
        picker.getEditor().setText(picker.getConverter().toString(date));
    }

    /** Reads the text now, as leaving the field does. */
    public void commit() {
        LocalDate date = picker.getConverter().fromString(picker.getEditor().getText());
        picker.setValue(date);
        // a good date in the field's own form ("2 nov 26" becomes "2 Nov 2026"); a bad text as typed
        picker.getEditor().setText(picker.getConverter().toString(date));
    }

    public VBox node() {
        HBox row = new HBox(10, label, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, hint, problem);
    }

    /** The same with the words above the field, as the wizard's questions are: for a narrow column. */
    public VBox stacked() {
        label.setWrapText(true);
        return new VBox(4, label, picker, hint, problem);
    }

    /** Shows a day already chosen (a saved consultation's), in the field's own form. */
    public void set(LocalDate date) {
        picker.setValue(date);
        show(date);
    }

    /** The date to save under, or null while the field holds no valid date. */
    public LocalDate value() {
        return valid.get() ? picker.getValue() : null;
    }

    public BooleanBinding valid() {
        return valid;
    }

    /** For tests: the field and the calendar, the hint and the problem line. */
    DatePicker picker() {
        return picker;
    }

    Label problem() {
        return problem;
    }

    Label hint() {
        return hint;
    }
}
