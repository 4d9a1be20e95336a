package com.restwise.ui.wizard;

import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.EmergencyCountries;
import com.restwise.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;

/**
 * Chooses the country whose emergency number an urgent result gives, from a list of countries
 * by name, each with its number ("United Kingdom: 999"). Typing a letter goes to the next
 * country that begins with it; Enter or a double click takes the one chosen.
 */
final class EmergencyCountryDialog {

    private EmergencyCountryDialog() {}

    /** The dialog, not yet shown; its result is the country chosen, or empty when cancelled. */
    static Dialog<String> create(I18n i18n, String current, Window owner) {
        EmergencyCountries countries = new EmergencyCountries(i18n);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("settings.emergency.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setId("emergency-country-dialog");
        pane.setHeaderText(i18n.get("settings.emergency.header"));
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(countries.byName()));
        list.setId("emergency-countries");
        list.setAccessibleText(i18n.get("settings.emergency.list"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String country, boolean empty) {
                super.updateItem(country, empty);
                setText(empty || country == null ? null : countries.label(country));
            }
        });
        list.getSelectionModel().select(current);
        list.setOnKeyTyped(e -> jump(list, countries, e.getCharacter()));
        pane.setContent(list);
        ButtonType ok = new ButtonType(i18n.get("settings.emergency.ok"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("settings.emergency.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().addAll(ok, cancel);
        pane.lookupButton(ok).setId("emergency-country-ok");
        pane.lookupButton(ok)
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(
                button -> button == ok ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShowing(e -> StartAgainDialog.widenForButtons(pane));
        // the list scrolls once it is laid out, with the country chosen a few rows from the top
        dialog.setOnShown(e -> {
            list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex() - 3));
            list.requestFocus();
        });
        return Dialogs.own(dialog, owner);
    }

    /** The next country after the one chosen whose name begins with the letter typed, round to the top. */
    static void jump(ListView<String> list, EmergencyCountries countries, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String letter = typed.toLowerCase(Locale.ROOT);
        List<String> items = list.getItems();
        int from = list.getSelectionModel().getSelectedIndex();
        for (int step = 1; step <= items.size(); step++) {
            int i = (from + step) % items.size();
            if (countries.name(items.get(i)).toLowerCase(Locale.ROOT).startsWith(letter)) {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
                return;
            }
        }
    }
}
