package com.restwise.ui.wizard;

import com.restwise.records.Consultation;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.ConsultationDate;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ShownName;
import com.restwise.ui.wizard.results.SaveResultModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A client's consultation at hand on every step, above Back / Next: the day, the therapist's
 * notes and Save. Save from an earlier step goes to the results and saves them, so the therapist
 * never has to scroll to the end of the results page while talking.
 */
final class ConsultationBar {

    static Node build(WizardViewModel vm, SaveResultModel model, javafx.beans.value.ObservableBooleanValue lowWindow) {
        I18n i18n = vm.i18n();
        ClientVisit visit = model.visit();
        Consultation correcting = visit.correcting().orElse(null);

        ConsultationDate date = new ConsultationDate(i18n, java.time.LocalDate::now);
        if (correcting != null) {
            date.set(correcting.date());
        }
        model.dayFrom(date::value);

        Label notesLabel = new Label(i18n.get("results.notes"));
        notesLabel.setWrapText(true);
        TextArea notes = new TextArea();
        notes.setId("consultation-notes");
        notes.setAccessibleText(i18n.get("results.notes"));
        // two lines, or one on a low window, where the page needs the height
        notes.setPrefRowCount(lowWindow.get() ? 1 : 2);
        lowWindow.addListener((obs, was, now) -> notes.setPrefRowCount(now ? 1 : 2));
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notes());
        notes.editableProperty().bind(model.saving().not());
        notesLabel.setLabelFor(notes);
        VBox notesBox = new VBox(4, notesLabel, notes);
        HBox.setHgrow(notesBox, Priority.ALWAYS);
        notesBox.getStyleClass().add("consultation-notes");

        Button save = new Button(
                correcting != null
                        ? i18n.get("results.save-correction", i18n.date(correcting.date()))
                        : i18n.get(
                                "results.save-client",
                                ShownName.of(visit.client().name())));
        save.setId("save-result");
        save.getStyleClass().add("accent");
        save.setWrapText(true);
        save.disableProperty().bind(date.valid().not().or(model.saving()));
        save.visibleProperty().bind(model.savedToClient().not());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> {
            // from any step: the results of the answers as they are now are shown and saved; while
            // an answer the results wait for is missing (the warning signs), its page says which
            if (vm.step().get() == Step.RESULTS || vm.goTo(Step.RESULTS)) {
                model.save(date.value());
            } else {
                vm.showWhatIsMissing();
            }
        });
        // a save that failed (the notice says why) is tried again with everything as typed
        model.saving().addListener((obs, was, now) -> {
            if (was && !now && !model.savedToClient().get()) {
                save.setText(i18n.get("place.retry"));
            }
        });
        // after saving, one click leads back to the client, with this consultation in their trend
        Button backToClient = new Button(
                i18n.get("records.back-to-client", ShownName.of(visit.client().name())));
        backToClient.setId("show-client");
        backToClient.getStyleClass().add("accent");
        backToClient.setWrapText(true);
        backToClient.setOnAction(e -> model.backToClient());
        backToClient.visibleProperty().bind(model.savedToClient());
        backToClient.managedProperty().bind(backToClient.visibleProperty());
        model.savedToClient().addListener((obs, was, now) -> {
            if (now) {
                backToClient.requestFocus();
            }
        });
        VBox actions = new VBox(8, save, backToClient);
        actions.setAlignment(Pos.BOTTOM_RIGHT);
        actions.getStyleClass().add("consultation-actions");
        save.setMaxWidth(Double.MAX_VALUE);
        backToClient.setMaxWidth(Double.MAX_VALUE);

        // The day's hint (how to type a date) wraps within the bar, and on a low window gives its
        // lines to the page: the date picker's own help says the same to a screen reader.
        // "Date of the consultation" above its field, as the notes' words are above theirs: beside
        // it, the words and a whole date did not fit the bar at 150 % on a 1024x600 laptop
        VBox day = date.stacked();
        day.getStyleClass().add("consultation-day");
        for (Node part : day.getChildren()) {
            if (part instanceof Label label) {
                label.setWrapText(true);
            }
        }
        Node hint = day.lookup("#consultation-date-hint");
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.not(lowWindow));
        hint.managedProperty().bind(hint.visibleProperty());
        HBox bar = new HBox(16, day, notesBox, actions);
        bar.setAlignment(Pos.BOTTOM_LEFT);
        bar.getStyleClass().add("consultation-bar");
        bar.setId("consultation-bar");
        return bar;
    }

    private ConsultationBar() {}
}
