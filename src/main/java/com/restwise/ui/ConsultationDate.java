package com.restwise.ui;

import com.restwise.ui.model.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * When a consultation took place: today unless the therapist records it afterwards. A date in
 * the future or text that is not a date is named under the field and keeps the consultation
 * from being saved; the notes typed so far stay.
 */
final class ConsultationDate {

    private final DatePicker picker = new DatePicker();
    private final Label problem = new Label();
    private final Label label;
    private final Supplier<LocalDate> today;
    private final BooleanBinding valid;

    ConsultationDate(I18n i18n, Supplier<LocalDate> today) {
        this.today = today;
        this.label = new Label(i18n.get("results.date"));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag(i18n.lang()));
        picker.setId("consultation-date");
        picker.setAccessibleText(i18n.get("results.date"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                // Not a date: no value, and the field says so, instead of an exception in the picker.
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isAfter(today.get()));
            }
        });
        picker.setValue(today.get());
        // The typed text counts once the field is left, as well as on Enter.
        picker.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        valid = Bindings.createBooleanBinding(
                () -> picker.getValue() != null && !picker.getValue().isAfter(today.get()), picker.valueProperty());
        problem.setId("consultation-date-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (picker.getValue() == null) {
                return i18n.get("results.date.invalid", format.format(today.get()));
            }
            return picker.getValue().isAfter(today.get()) ? i18n.get("results.date.future") : "";
        }, picker.valueProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        label.setLabelFor(picker);
    }

    VBox node() {
        HBox row = new HBox(10, label, picker);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, row, problem);
    }

    /** The date to save under, or null while the field holds no valid date. */
    LocalDate value() {
        return valid.get() ? picker.getValue() : null;
    }

    BooleanBinding valid() {
        return valid;
    }
}
