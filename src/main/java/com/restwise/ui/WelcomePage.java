package com.restwise.ui;

import com.restwise.engine.EngineTexts;
import com.restwise.storage.Settings;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.WizardViewModel;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What Restwise does, that nothing leaves the computer, that it does not diagnose; start or resume. */
final class WelcomePage {

    static Node build(WizardViewModel vm, AppActions app) {
        I18n i18n = vm.i18n();
        Label title = QuestionControls.title(i18n.get("welcome.title"));
        title.getStyleClass().add("title-1");
        Label what = QuestionControls.intro(i18n.get("welcome.what"));
        what.setId("welcome-what");
        Label privacy = new Label(i18n.get("welcome.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("privacy-note");
        privacy.setId("welcome-privacy");
        Label notDiagnosis = new Label(i18n.get("welcome.not-diagnosis"));
        notDiagnosis.setWrapText(true);
        notDiagnosis.setId("welcome-not-diagnosis");
        Label adults = QuestionControls.hint(i18n.get("welcome.adults"));

        Button start = new Button(i18n.get("welcome.start"));
        start.setId("start");
        start.getStyleClass().addAll("accent", "large");
        start.setOnAction(e -> {
            if (app.hasDraft()) {
                app.startOver();
            }
            vm.next();
        });
        HBox buttons = new HBox(12, start);
        if (app.hasDraft()) {
            Button resume = new Button(i18n.get("welcome.resume"));
            resume.setId("resume");
            resume.getStyleClass().add("large");
            resume.setOnAction(e -> app.resumeDraft());
            buttons.getChildren().add(0, resume);
            resume.getStyleClass().add("accent");
            start.getStyleClass().remove("accent");
            start.setText(i18n.get("welcome.start-over"));
        }

        ComboBox<String> language = new ComboBox<>();
        language.getItems().addAll(EngineTexts.LANGUAGES);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String lang) {
                return lang == null ? "" : Locale.forLanguageTag(lang).getDisplayLanguage(Locale.forLanguageTag(lang));
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        language.setValue(i18n.lang());
        language.setId("language");
        language.setAccessibleText(i18n.get("settings.language"));
        language.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(was)) {
                app.changeLanguage(now);
            }
        });
        Label languageLabel = new Label(i18n.get("settings.language"));
        languageLabel.setLabelFor(language);
        javafx.beans.property.BooleanProperty darkTheme =
                new javafx.beans.property.SimpleBooleanProperty(app.settings().theme() == Settings.Theme.DARK);
        darkTheme.addListener((obs, was, now) -> app.changeTheme(now ? Settings.Theme.DARK : Settings.Theme.LIGHT));
        HBox dark = QuestionControls.switchRow(i18n.get("settings.dark"), darkTheme, "dark-theme");
        dark.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        HBox settings = new HBox(12, languageLabel, language, dark);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.getStyleClass().add("settings-row");

        VBox page = new VBox(18, title, what, privacy, notDiagnosis, adults, buttons, settings);
        page.getStyleClass().add("page");
        page.setMaxWidth(760);
        return page;
    }

    private WelcomePage() {
    }
}
