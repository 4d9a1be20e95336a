package com.restwise.ui.common;

import atlantafx.base.controls.ToggleSwitch;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The building blocks of the question pages, each bound to a view-model property. */
public final class QuestionControls {

    private QuestionControls() {}

    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-2", "page-title");
        l.setWrapText(true);
        return l;
    }

    public static Label intro(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("page-intro");
        l.setWrapText(true);
        return l;
    }

    public static Label question(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("question");
        l.setWrapText(true);
        return l;
    }

    public static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("text-muted", "hint");
        l.setWrapText(true);
        return l;
    }

    /** A check box that ticks one value in a set, both ways: the set may also change from elsewhere. */
    public static <E> CheckBox setCheckBox(String text, ObservableSet<E> set, E value, String id) {
        CheckBox box = new CheckBox(text);
        box.setWrapText(true);
        box.setId(id);
        box.setSelected(set.contains(value));
        box.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                set.add(value);
            } else {
                set.remove(value);
            }
        });
        set.addListener((SetChangeListener<E>) c -> box.setSelected(set.contains(value)));
        return box;
    }

    /** A question with one radio button per value; arrows move within it, nothing chosen means unanswered. */
    public static <E> VBox choice(
            String questionText, ObjectProperty<E> property, E[] values, Function<E, String> label, String id) {
        return choice(questionText, property, values, label, id, new FlowPane(16, 6));
    }

    /** The same, with the buttons in a column: for the narrow picture cards. */
    public static <E> VBox choiceColumn(
            String questionText, ObjectProperty<E> property, E[] values, Function<E, String> label, String id) {
        VBox box = choice(questionText, property, values, label, id, new VBox(6));
        box.getChildren().get(0).setVisible(false); // the card's title asks the question
        box.getChildren().get(0).setManaged(false);
        return box;
    }

    /** The same, one answer per line: for answers too long to sit side by side. */
    public static <E> VBox choiceList(
            String questionText, ObjectProperty<E> property, E[] values, Function<E, String> label, String id) {
        return choice(questionText, property, values, label, id, new VBox(8));
    }

    private static <E> VBox choice(
            String questionText,
            ObjectProperty<E> property,
            E[] values,
            Function<E, String> label,
            String id,
            Pane row) {
        ToggleGroup group = new ToggleGroup();
        for (E value : values) {
            RadioButton b = new RadioButton(label.apply(value));
            b.setWrapText(true);
            b.setUserData(value);
            b.setToggleGroup(group);
            b.setAccessibleText(questionText + ": " + label.apply(value));
            b.setId(id + "-" + value.toString().toLowerCase().replace('_', '-'));
            row.getChildren().add(b);
        }
        bind(group, property);
        Label q = question(questionText);
        q.setLabelFor(row.getChildren().get(0));
        VBox box = new VBox(6, q, row);
        box.setId(id);
        return box;
    }

    public static VBox yesNo(I18n i18n, String questionText, ObjectProperty<Answer> property, String id) {
        return choice(questionText, property, Answer.values(), a -> i18n.get("answer." + a), id);
    }

    /** Keeps a toggle group and an object property in step, both ways; the property may refuse a value. */
    public static <E> void bind(ToggleGroup group, ObjectProperty<E> property) {
        Runnable fromProperty = () -> {
            for (Toggle t : group.getToggles()) {
                if (t.getUserData().equals(property.get())) {
                    group.selectToggle(t);
                    return;
                }
            }
            group.selectToggle(null);
        };
        fromProperty.run();
        property.addListener((obs, was, now) -> fromProperty.run());
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            @SuppressWarnings("unchecked")
            E value = now == null ? null : (E) now.getUserData();
            if (value != property.get()) {
                property.set(value);
                if (property.get() != value) {
                    fromProperty.run(); // the property refused it (a unit switch cannot be emptied)
                }
            }
        });
    }

    /**
     * A 0-10 answer as a row of buttons, none pressed until answered: an unanswered question stays
     * out of the profile, never 0. Pressing the chosen one again takes the answer back. The row is
     * one Tab stop; Left and Right choose the point beside, as in a group of radio buttons. The
     * words of the chosen point show under the row.
     */
    public static VBox scale(
            String questionText,
            ObjectProperty<Integer> property,
            int max,
            Function<Integer, String> words,
            String unanswered,
            String id) {
        ToggleGroup group = new ToggleGroup();
        // wraps to a second line in a narrow window at a large text size rather than pushing the page wider
        FlowPane row = new FlowPane();
        row.getStyleClass().add("scale-row");
        for (int v = 0; v <= max; v++) {
            javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(String.valueOf(v));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setId(id + "-" + v);
            b.setAccessibleText(questionText + ": " + words.apply(v));
            b.getStyleClass().add(v == 0 ? "left-pill" : v == max ? "right-pill" : "center-pill");
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            int value = v;
            b.setOnKeyPressed(e -> {
                int to =
                        switch (e.getCode()) {
                            case LEFT, KP_LEFT -> value - 1;
                            case RIGHT, KP_RIGHT -> value + 1;
                            default -> -1;
                        };
                if (to >= 0 && to <= max) {
                    property.set(to);
                    row.getChildren().get(to).requestFocus();
                    e.consume();
                }
            });
            row.getChildren().add(b);
        }
        bind(group, property);
        Runnable tabStop = () -> {
            Integer chosen = property.get();
            for (int v = 0; v <= max; v++) {
                row.getChildren().get(v).setFocusTraversable(chosen == null ? v == 0 : v == chosen);
            }
        };
        tabStop.run();
        property.addListener((obs, was, now) -> tabStop.run());
        Label said = new Label();
        said.setId(id + "-words");
        said.getStyleClass().add("text-muted");
        said.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> property.get() == null ? unanswered : words.apply(property.get()), property));
        Label q = question(questionText);
        q.setLabelFor(row.getChildren().get(0));
        VBox box = new VBox(6, q, row, said);
        box.setId(id);
        return box;
    }

    /** A labelled number field with inline validation (a ControlsFX decoration and a message). */
    public static VBox numberField(
            String labelText,
            NumberAnswer answer,
            ValidationSupport validation,
            Node unit,
            String id,
            String hintText) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setMaxWidth(140);
        field.textProperty().bindBidirectional(answer.text());
        field.setAccessibleText(labelText);
        // Left for another control (not for another window): an empty required answer is now missing.
        field.focusedProperty().addListener((obs, was, now) -> {
            if (was && field.getScene() != null && field.getScene().getFocusOwner() != field) {
                answer.left().set(true);
            }
        });
        validation.registerValidator(
                field,
                false,
                (Control c, String value) -> ValidationResult.fromErrorIf(
                        c, answer.error().get(), !answer.valid() && value != null && !value.isBlank()));
        Label label = question(labelText);
        label.setLabelFor(field);
        HBox row = new HBox(10, field);
        row.setAlignment(Pos.CENTER_LEFT);
        if (unit != null) {
            row.getChildren().add(unit);
        }
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> answer.text().get() == null || answer.text().get().isBlank()
                                ? ""
                                : answer.error().get(),
                        answer.text(),
                        answer.error()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(6, label, row, error);
        if (hintText != null) {
            box.getChildren().add(2, hint(hintText));
        }
        return box;
    }

    /**
     * An on/off switch with its words beside it. The AtlantaFX switch only reacts to its thumb,
     * so the words toggle it too: people click the text.
     */
    public static HBox switchRow(String text, BooleanProperty property, String id) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(property);
        toggle.setAccessibleText(text);
        Label label = new Label(text);
        label.setLabelFor(toggle);
        label.setOnMouseClicked(e -> property.set(!property.get()));
        // Nor does it take Space: it turns on the release, as a check box ticks (a held key does not flicker it).
        toggle.addEventHandler(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.SPACE || " ".equals(e.getCharacter())) {
                if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                    property.set(!property.get());
                }
                e.consume();
            }
        });
        label.setCursor(Cursor.HAND);
        HBox row = new HBox(10, label, toggle);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A drop-down whose first entry is "unanswered" (null), shown with the given words. */
    public static <T> ComboBox<T> combo(
            List<T> values,
            Function<T, String> label,
            String unanswered,
            ObjectProperty<T> property,
            String id,
            String accessibleText) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().add(null);
        box.getItems().addAll(values);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? unanswered : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : converter.toString(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.valueProperty().bindBidirectional(property);
        box.setId(id);
        box.setAccessibleText(accessibleText);
        return box;
    }
}
