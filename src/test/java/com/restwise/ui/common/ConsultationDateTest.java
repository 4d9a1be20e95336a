package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The consultation date field as a node: what was typed stays, the problem shows, the calendar follows. */
@ExtendWith(JavaFxToolkit.class)
class ConsultationDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static ConsultationDate field(String lang, Locale region) {
        return JavaFxToolkit.call(() -> new ConsultationDate(new I18n(lang), () -> TODAY, region));
    }

    private static void type(ConsultationDate field, String text) {
        JavaFxToolkit.run(() -> {
            field.picker().getEditor().setText(text);
            field.commit();
        });
    }

    @Test
    void aDayThatDoesNotExistStaysAsTypedAndIsNamed() {
        ConsultationDate field = field("de", Locale.GERMANY);
        type(field, "31.02.2026");
        JavaFxToolkit.run(() -> {
            assertEquals("31.02.2026", field.picker().getEditor().getText());
            assertEquals(
                    "Einen 31. Februar 2026 gibt es nicht.", field.problem().getText());
            assertTrue(field.problem().isVisible());
            assertNull(field.value());
            assertFalse(field.valid().get());
        });
        // typed twice wrong in a row (the value was empty already): the second text stays too
        type(field, "3.1.2027");
        JavaFxToolkit.run(() -> {
            assertEquals("3.1.2027", field.picker().getEditor().getText());
            assertTrue(field.problem().getText().startsWith("Der 03.01.2027 liegt in der Zukunft"));
        });
    }

    @Test
    void aFutureDateInEnglishIsNamedAndKept() {
        ConsultationDate field = field("en", Locale.UK);
        type(field, "2/1/2027");
        JavaFxToolkit.run(() -> {
            assertEquals("2/1/2027", field.picker().getEditor().getText());
            assertEquals(
                    "2 Jan 2027 is in the future: the consultation date cannot be later than today.",
                    field.problem().getText());
            assertFalse(field.valid().get());
        });
    }

    @Test
    void aGoodDateIsShownInFullAndTheCalendarHasIt() {
        ConsultationDate field = field("en", Locale.US);
        JavaFxToolkit.run(() -> assertEquals(
                "Month first, as in the US, for example 11/2/2026, 2 Nov 2026 or 2026-11-02.",
                field.hint().getText()));
        type(field, "11/2/26");
        JavaFxToolkit.run(() -> {
            assertEquals(LocalDate.of(2026, 11, 2), field.picker().getValue());
            assertEquals("2 Nov 2026", field.picker().getEditor().getText());
            assertEquals("", field.problem().getText());
            assertFalse(field.problem().isVisible());
            assertTrue(field.valid().get());
        });
    }

    @Test
    void pickingInTheCalendarReplacesBadTextAndClearsTheProblem() {
        ConsultationDate field = field("de", Locale.GERMANY);
        type(field, "gestern");
        JavaFxToolkit.run(() -> {
            assertEquals("gestern", field.picker().getEditor().getText());
            assertFalse(field.problem().getText().isEmpty());
            // what a click on a day in the pop-up does
            field.picker().setValue(LocalDate.of(2026, 11, 30));
            assertEquals("30.11.2026", field.picker().getEditor().getText());
            assertEquals("", field.problem().getText());
            assertEquals(LocalDate.of(2026, 11, 30), field.value());
        });
    }

    /**
     * On screen, with the picker's skin, which empties the field whenever the value becomes null:
     * a good date, then a bad one typed over it and the field left, as the therapist did.
     */
    @Test
    void onScreenLeavingTheFieldKeepsTheBadTextTypedOverAGoodDate() {
        ConsultationDate field = field("de", Locale.GERMANY);
        TextField next = new TextField();
        Stage stage = JavaFxToolkit.call(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new VBox(field.node(), next), 500, 300));
            s.show();
            return s;
        });
        try {
            for (String[] typed : new String[][] {
                {"2.11.26", "02.11.2026", ""},
                {"31.02.2026", "31.02.2026", "Einen 31. Februar 2026 gibt es nicht."},
                {"", "", "Bitte geben Sie das Datum der Beratung ein."},
                {"2026-11-30", "30.11.2026", ""}
            }) {
                JavaFxToolkit.run(() -> {
                    field.picker().requestFocus();
                    field.picker().getEditor().setText(typed[0]);
                    next.requestFocus();
                });
                JavaFxToolkit.run(() -> {
                    assertEquals(typed[1], field.picker().getEditor().getText(), "after typing " + typed[0]);
                    assertEquals(typed[2], field.problem().getText(), "after typing " + typed[0]);
                    assertEquals(typed[2].isEmpty(), field.valid().get());
                });
            }
            JavaFxToolkit.run(() -> assertEquals(LocalDate.of(2026, 11, 30), field.value()));
        } finally {
            JavaFxToolkit.run(stage::close);
        }
    }

    @Test
    void startsAtTodayWithNoProblem() {
        ConsultationDate field = field("de", Locale.GERMANY);
        JavaFxToolkit.run(() -> {
            assertEquals(TODAY, field.value());
            assertEquals("01.12.2026", field.picker().getEditor().getText());
            assertFalse(field.problem().isVisible());
        });
    }
}
