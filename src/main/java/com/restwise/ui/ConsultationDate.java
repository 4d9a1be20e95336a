package com.restwise.ui;

import com.restwise.ui.model.I18n;
import com.restwise.ui.model.TypedDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * When a consultation took place: today unless the therapist records it afterwards. The text is
 * read by {@link TypedDate}; text that is not a valid date stays in the field, the problem is
 * named under it, and the consultation cannot be saved until it is put right. A date chosen in
 * the pop-up calendar replaces the text, and a date typed is the one the calendar shows.
 */
final class ConsultationDate {

    private final DatePicker picker = new DatePicker();
    private final Label problem = new Label();
    private final Label hint;
    private final Label label;
    private final TypedDate reader;
    private final StringProperty problemText = new SimpleStringProperty("");
    private final BooleanBinding valid;
    /** The last text that was not a date: what the field shows while it has no value. */
    private String rejected = "";

    ConsultationDate(I18n i18n, Supplier<LocalDate> today) {
        this(i18n, today, Locale.getDefault());
    }

    ConsultationDate(I18n i18n, Supplier<LocalDate> today, Locale region) {
        this.reader = new TypedDate(i18n, region, today);
        this.label = new Label(i18n.get("results.date"));
        this.hint = QuestionControls.hint(reader.hint());
        hint.setId("consultation-date-hint");
        picker.setId("consultation-date");
        picker.setAccessibleText(i18n.get("results.date"));
        picker.setAccessibleHelp(reader.hint());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                // No value because the text was not a date: show that text again, not an empty field.
                return date == null ? rejected : reader.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                TypedDate.Reading reading = reader.read(text);
                rejected = reading.ok() ? "" : text == null ? "" : text;
                problemText.set(reading.ok() ? "" : reading.problem());
                return reading.date();
            }
        });
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(today.get()));
            }
        });
        // A day picked in the calendar is always a good one: it clears what was wrong with the text.
        // The field's text follows the value here rather than only in the skin, which a field
        // not yet on screen does not have.
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                rejected = "";
                problemText.set("");
            }
            picker.getEditor().setText(picker.getConverter().toString(now));
        });
        picker.setValue(today.get());
        // The typed text counts once the field is left, as well as on Enter.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit();
            }
        });
        valid = Bindings.createBooleanBinding(() -> picker.getValue() != null, picker.valueProperty());
        problem.setId("consultation-date-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(problemText);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        label.setLabelFor(picker);
    }

    /** Reads the text now, as leaving the field does. */
    void commit() {
        String text = picker.getEditor().getText();
        LocalDate date = picker.getConverter().fromString(text);
        picker.setValue(date);
        if (date == null) {
            // the value may have been empty already, and then the picker does not redraw the text
            picker.getEditor().setText(text);
        }
    }

    VBox node() {
        HBox row = new HBox(10, label, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, hint, problem);
    }

    /** The date to save under, or null while the field holds no valid date. */
    LocalDate value() {
        return picker.getValue();
    }

    BooleanBinding valid() {
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
