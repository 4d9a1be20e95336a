package com.restwise.ui;

import com.restwise.engine.EngineTexts;
import com.restwise.storage.Settings;
import com.restwise.ui.model.I18n;
import com.restwise.ui.model.WizardViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
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
        Button records = new Button(i18n.get("welcome.records"));
        records.setId("records");
        records.getStyleClass().add("large");
        records.setOnAction(e -> app.showRecords());
        start.setMinWidth(Region.USE_PREF_SIZE);
        records.setMinWidth(Region.USE_PREF_SIZE);
        // A flow, not a row: German labels are longer and must wrap to a second line, not be cut.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 12, start, records);
        if (app.hasDraft()) {
            Button resume = new Button(i18n.get("welcome.resume"));
            resume.setId("resume");
            resume.getStyleClass().add("large");
            resume.setOnAction(e -> app.resumeDraft());
            buttons.getChildren().add(0, resume);
            resume.setMinWidth(Region.USE_PREF_SIZE);
            resume.getStyleClass().add("accent");
            start.getStyleClass().remove("accent");
            start.setText(i18n.get("welcome.start-over"));
        }

        // Two languages: two buttons, lighter than a drop-down and one click to switch.
        ToggleGroup languages = new ToggleGroup();
        HBox language = new HBox();
        for (String lang : EngineTexts.LANGUAGES) {
            ToggleButton b = new ToggleButton(i18n.get("language." + lang));
            b.setToggleGroup(languages);
            b.setUserData(lang);
            b.setSelected(lang.equals(i18n.lang()));
            b.setId("language-" + lang);
            b.setAccessibleText(i18n.get("settings.language") + ": " + b.getText());
            b.setOnAction(e -> {
                if (!lang.equals(i18n.lang())) {
                    app.changeLanguage(lang);
                } else {
                    b.setSelected(true);
                }
            });
            language.getChildren().add(b);
        }
        language.getChildren().get(0).getStyleClass().add("left-pill");
        language.getChildren().get(language.getChildren().size() - 1).getStyleClass().add("right-pill");
        Label languageLabel = new Label(i18n.get("settings.language"));
        languageLabel.setLabelFor(language.getChildren().get(0));
        javafx.beans.property.BooleanProperty darkTheme =
                new javafx.beans.property.SimpleBooleanProperty(app.settings().theme() == Settings.Theme.DARK);
        darkTheme.addListener((obs, was, now) -> app.changeTheme(now ? Settings.Theme.DARK : Settings.Theme.LIGHT));
        HBox dark = QuestionControls.switchRow(i18n.get("settings.dark"), darkTheme, "dark-theme");
        dark.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        ToggleGroup sizes = new ToggleGroup();
        HBox textSize = new HBox();
        for (Settings.TextSize size : Settings.TextSize.values()) {
            ToggleButton b = new ToggleButton(size.percent() + "%");
            b.setToggleGroup(sizes);
            b.setSelected(size == app.settings().textSize());
            b.setId("text-size-" + size.percent());
            b.setAccessibleText(i18n.get("settings.text-size") + " " + size.percent() + "%");
            b.setOnAction(e -> {
                b.setSelected(true);
                app.changeTextSize(size);
            });
            textSize.getChildren().add(b);
        }
        textSize.getChildren().get(0).getStyleClass().add("left-pill");
        textSize.getChildren().get(1).getStyleClass().add("center-pill");
        textSize.getChildren().get(2).getStyleClass().add("right-pill");
        Label textSizeLabel = new Label(i18n.get("settings.text-size"));
        textSizeLabel.setLabelFor(textSize.getChildren().get(0));
        textSizeLabel.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        // each setting keeps its words whole; the row wraps when the page is narrow
        HBox languageGroup = new HBox(8, languageLabel, language);
        HBox sizeGroup = new HBox(8, textSizeLabel, textSize);
        for (HBox group : java.util.List.of(languageGroup, sizeGroup, dark)) {
            group.setAlignment(Pos.CENTER_LEFT);
            group.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        textSizeLabel.setPadding(javafx.geometry.Insets.EMPTY);
        dark.setPadding(javafx.geometry.Insets.EMPTY);
        javafx.scene.layout.FlowPane settings = new javafx.scene.layout.FlowPane(28, 12, languageGroup, sizeGroup, dark);
        settings.setAlignment(Pos.CENTER_LEFT);
        settings.getStyleClass().add("settings-row");

        VBox page = new VBox(18, title, what, privacy, notDiagnosis, adults, buttons, settings);
        page.getStyleClass().add("page");
        page.getStyleClass().add("welcome-page");      // its width is in em: it grows with the text
        return page;
    }

    private WelcomePage() {
    }
}
