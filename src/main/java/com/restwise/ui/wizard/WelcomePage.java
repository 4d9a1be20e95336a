package com.restwise.ui.wizard;

import com.restwise.engine.EngineTexts;
import com.restwise.storage.Settings;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.EmergencyCountries;
import com.restwise.ui.common.FirstRunNote;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.Reports;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What Restwise does, that nothing leaves the computer, that it does not diagnose; start or resume. */
final class WelcomePage {

    static Node build(WizardViewModel vm, Navigation navigation, AppSettings settings, Reports reports) {
        I18n i18n = vm.i18n();
        Label title = QuestionControls.title(i18n.get("welcome.title"));
        title.getStyleClass().add("title-1");
        Label what = QuestionControls.intro(i18n.get("welcome.what"));
        what.setId("welcome-what");
        // with the practice's database the client records leave this computer, for that database only
        Label privacy =
                new Label(i18n.get(settings.recordsInPractice() ? "welcome.privacy-practice" : "welcome.privacy"));
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
            if (navigation.hasDraft()) {
                navigation.startOver(); // asks first; a fresh wizard then begins with its first question
            } else {
                vm.next();
            }
        });
        Button records = new Button(i18n.get("welcome.records"));
        records.setId("records");
        records.getStyleClass().add("large");
        records.setOnAction(e -> navigation.showRecords());
        Button saved = new Button(i18n.get("welcome.saved"));
        saved.setId("saved-results");
        saved.getStyleClass().add("large");
        saved.setOnAction(e -> navigation.showSavedResults());
        start.setMinWidth(Region.USE_PREF_SIZE);
        records.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        // A flow, not a row: German labels are longer and must wrap to a second line, not be cut.
        FlowPane buttons = new FlowPane(12, 12, start, saved, records);
        if (navigation.hasDraft()) {
            Button resume = new Button(i18n.get("welcome.resume"));
            resume.setId("resume");
            resume.getStyleClass().add("large");
            resume.setOnAction(e -> navigation.resumeDraft());
            buttons.getChildren().add(0, resume);
            resume.setMinWidth(Region.USE_PREF_SIZE);
            resume.getStyleClass().add("accent");
            start.getStyleClass().remove("accent");
            start.setText(i18n.get("welcome.start-over"));
        }

        // Each setting is a row of pills: lighter than a drop-down, one click to switch, and the
        // first window needs no switch or combo-box skin (start-up time).
        Node language = setting(
                i18n.get("settings.language"),
                EngineTexts.LANGUAGES,
                i18n.lang(),
                lang -> i18n.get("language." + lang),
                lang -> "language-" + lang,
                settings::changeLanguage);
        Node textSize = setting(
                i18n.get("settings.text-size"),
                List.of(Settings.TextSize.values()),
                settings.settings().textSize(),
                size -> size.percent() + "%",
                size -> "text-size-" + size.percent(),
                settings::changeTextSize);
        Node theme = setting(
                i18n.get("settings.theme"),
                List.of(Settings.Theme.values()),
                settings.settings().theme(),
                t -> i18n.get("settings.theme." + t.name()),
                t -> "theme-" + t.name().toLowerCase(Locale.ROOT),
                settings::changeTheme);
        Node emergency = emergencySetting(i18n, settings);
        // each setting keeps its words whole; the row wraps when the page is narrow
        FlowPane settingsRow = new FlowPane(28, 12, language, textSize, theme, emergency);
        settingsRow.setAlignment(Pos.CENTER_LEFT);
        settingsRow.getStyleClass().add("settings-row");
        Hyperlink practice = new Hyperlink(i18n.get("practice.open"));
        practice.setId("practice-details");
        practice.setOnAction(
                e -> reports.editPracticeDetails(practice.getScene().getWindow()));
        settingsRow.getChildren().add(practice);
        javafx.scene.control.Hyperlink place =
                new javafx.scene.control.Hyperlink(i18n.get("place.open", settings.recordsWhere()));
        place.setId("records-place");
        place.setOnAction(e -> settings.editRecordsPlace(place.getScene().getWindow()));
        settingsRow.getChildren().add(place);

        Hyperlink about = new Hyperlink(i18n.get("about.open"));
        about.setId("about");
        about.setOnAction(e -> navigation.showAbout(about.getScene()));
        Hyperlink help = new Hyperlink(i18n.get("help.open"));
        help.setId("help");
        help.setOnAction(e -> navigation.showHelp(help.getScene()));
        VBox page = new VBox(
                18, title, what, privacy, notDiagnosis, adults, buttons, settingsRow, new HBox(12, about, help));
        page.getStyleClass().add("page");
        page.getStyleClass().add("welcome-page"); // its width is in em: it grows with the text
        return FirstRunNote.addTo(page, settings.firstRun(), i18n);
    }

    /**
     * The country whose emergency number an urgent result gives, "United Kingdom: 999", and a
     * button to choose another from the list: a number alone cannot say where it works.
     */
    private static Node emergencySetting(I18n i18n, AppSettings app) {
        EmergencyCountries countries = new EmergencyCountries(i18n);
        Label chosen = new Label();
        chosen.setId("emergency-country");
        Button change = new Button(i18n.get("settings.emergency.change"));
        change.setId("emergency-country-change");
        Consumer<String> show = country -> {
            chosen.setText(countries.label(country));
            change.setAccessibleText(i18n.get("settings.emergency-number") + ": " + chosen.getText() + ". "
                    + i18n.get("settings.emergency.change"));
        };
        show.accept(app.settings().emergencyCountry());
        change.setOnAction(e -> EmergencyCountryDialog.create(
                        i18n,
                        app.settings().emergencyCountry(),
                        change.getScene().getWindow())
                .showAndWait()
                .ifPresent(country -> {
                    app.changeEmergencyCountry(country);
                    show.accept(country);
                }));
        Label label = new Label(i18n.get("settings.emergency-number"));
        label.setLabelFor(change);
        HBox row = new HBox(8, label, chosen, change);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    /**
     * A labelled row of toggle buttons, one per choice, with the current one pressed. Pressing the
     * current one again keeps it pressed: a setting always has a value.
     */
    private static <T> Node setting(
            String name,
            List<T> choices,
            T current,
            Function<T, String> text,
            Function<T, String> id,
            Consumer<T> choose) {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        for (T choice : choices) {
            ToggleButton b = new ToggleButton(text.apply(choice));
            b.setToggleGroup(group);
            b.setUserData(choice);
            b.setSelected(choice.equals(current));
            b.setId(id.apply(choice));
            b.setAccessibleText(name + ": " + b.getText());
            pills.getChildren().add(b);
        }
        // From the selection, not from a press: the arrow keys select the next choice without one.
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                group.setUserData(was); // a press unselects a pressed button: it was the setting already
                was.setSelected(true);
            } else if (group.getUserData() == now) {
                group.setUserData(null); // pressed again, as it was: nothing to change
            } else {
                @SuppressWarnings("unchecked")
                T choice = (T) now.getUserData();
                choose.accept(choice);
            }
        });
        pills.getChildren().get(0).getStyleClass().add("left-pill");
        for (int i = 1; i < choices.size() - 1; i++) {
            pills.getChildren().get(i).getStyleClass().add("center-pill");
        }
        pills.getChildren().get(choices.size() - 1).getStyleClass().add("right-pill");
        Label label = new Label(name);
        label.setLabelFor(pills.getChildren().get(0));
        HBox row = new HBox(8, label, pills);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    private WelcomePage() {}
}
