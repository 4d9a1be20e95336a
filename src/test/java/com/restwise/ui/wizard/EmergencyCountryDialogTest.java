package com.restwise.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.storage.EmergencyNumber;
import com.restwise.ui.common.EmergencyCountries;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.JavaFxToolkit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emergency country is chosen from countries by name, each shown with its number. */
@ExtendWith(JavaFxToolkit.class)
class EmergencyCountryDialogTest {

    @SuppressWarnings("unchecked")
    private static ListView<String> list(Dialog<String> dialog) {
        return (ListView<String>) dialog.getDialogPane().getContent();
    }

    @Test
    void theListStartsAtTheCountryChosenAndShowsEachWithItsNumber() {
        JavaFxToolkit.run(() -> {
            Dialog<String> dialog = EmergencyCountryDialog.create(new I18n("en"), "GB", null);
            ListView<String> list = list(dialog);
            assertEquals("GB", list.getSelectionModel().getSelectedItem());
            assertEquals(EmergencyNumber.countries().size(), list.getItems().size());
            list.getSelectionModel().select("NZ");
            ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
            assertEquals("NZ", dialog.getResultConverter().call(ok), "the country chosen is the result");
            assertEquals(
                    null,
                    dialog.getResultConverter()
                            .call(dialog.getDialogPane().getButtonTypes().get(1)),
                    "cancel keeps the setting");
        });
    }

    @Test
    void typingALetterGoesToTheNextCountryThatBeginsWithIt() {
        JavaFxToolkit.run(() -> {
            I18n en = new I18n("en");
            EmergencyCountries countries = new EmergencyCountries(en);
            ListView<String> list = list(EmergencyCountryDialog.create(en, "DE", null));
            EmergencyCountryDialog.jump(list, countries, "n");
            String first = list.getSelectionModel().getSelectedItem();
            assertTrue(countries.name(first).startsWith("N"), first);
            EmergencyCountryDialog.jump(list, countries, "n");
            String second = list.getSelectionModel().getSelectedItem();
            assertTrue(countries.name(second).startsWith("N") && !second.equals(first), second);
        });
    }
}
