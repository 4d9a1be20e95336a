package com.restwise.ui.wizard.results;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.ui.advice.AdviceView;
import com.restwise.ui.advice.TrendLines;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.ConsultationDate;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.Reports;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * What the engine advised, led by what to do: the medical panel or the verdict on the current
 * mattress, then firmness, options and posture, with the medical panel always apart from them.
 */
public final class ResultsPage {

    public static Node build(WizardViewModel vm, Navigation navigation, AppSettings settings,
                             Consultations consultations, Reports reports) {
        I18n i18n = vm.i18n();
        Advice advice = vm.advice().get();
        VBox page = new VBox(22);
        page.getStyleClass().add("page");
        page.setId("results");
        if (advice == null) {
            HBox waiting = new HBox(12, new ProgressIndicator(), new Label(i18n.get("results.preparing")));
            waiting.setAlignment(Pos.CENTER_LEFT);
            page.getChildren().add(waiting);
            return page;
        }
        page.getChildren().add(QuestionControls.title(i18n.get("results.title")));
        ClientVisit visit = consultations.clientVisit();
        if (visit != null) {
            page.getChildren().add(sinceLastVisit(i18n, visit, vm.profile(), advice));
        }
        page.getChildren().add(AdviceView.of(i18n, vm.profile(), advice, settings.settings().emergencyNumber()));
        Label saved = new Label();
        saved.setId("saved");
        saved.getStyleClass().add("match");
        page.getChildren().addAll(saving(i18n, new SaveResultModel(consultations, reports, LocalDate::now),
                vm.profile(), advice));
        Button change = new Button(i18n.get("results.change"));
        change.setId("change-answers");
        change.setOnAction(e -> vm.goTo(Step.YOU));
        Button over = new Button(i18n.get("results.start-over"));
        over.setId("start-over");
        over.setOnAction(e -> navigation.startOver());
        page.getChildren().add(new HBox(12, change, over));
        return page;
    }

    /** The notes and day of a client's consultation, and the buttons that save the results and make a report. */
    private static Node[] saving(I18n i18n, SaveResultModel model, Profile profile, Advice advice) {
        ClientVisit visit = model.visit();
        Consultation correcting = model.correcting().orElse(null);
        Button save = new Button(visit == null ? i18n.get("results.save-mine")
                : correcting != null ? i18n.get("results.save-correction", i18n.date(correcting.date()))
                : i18n.get("results.save-client", visit.client().name()));
        save.setId("save-result");
        save.getStyleClass().add("accent");
        TextArea notes = new TextArea();
        notes.textProperty().bindBidirectional(model.notes());
        notes.editableProperty().bind(model.saving().not());
        notes.setId("consultation-notes");
        notes.setPromptText(i18n.get("results.notes"));
        notes.setAccessibleText(i18n.get("results.notes"));
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        ConsultationDate date = new ConsultationDate(i18n, LocalDate::now);
        if (correcting != null) {
            date.set(correcting.date());
        }
        save.disableProperty().bind(model.forClient() ? date.valid().not().or(model.saving()) : model.saving());
        save.setOnAction(e -> model.save(model.forClient() ? date.value() : null));
        // after saving, one click leads back to the client, with this consultation in their trend
        Button backToClient = new Button(visit != null ? i18n.get("records.back-to-client", visit.client().name()) : "");
        backToClient.setId("show-client");
        backToClient.getStyleClass().add("accent");
        backToClient.visibleProperty().bind(model.savedToClient());
        backToClient.managedProperty().bind(backToClient.visibleProperty());
        backToClient.setOnAction(e -> model.backToClient());
        save.visibleProperty().bind(model.savedToClient().not());
        save.managedProperty().bind(save.visibleProperty());
        model.savedToClient().addListener((obs, was, now) -> backToClient.requestFocus());
        Button report = new Button(i18n.get("results.report"));
        report.setId("save-report");
        report.setOnAction(e -> model.report(profile, advice, model.forClient() ? date.value() : null));
        // a long client name wraps within the save and back buttons; the report button keeps its words
        save.setWrapText(true);
        backToClient.setWrapText(true);
        report.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(12, save, backToClient, report);
        // the therapist's notes and the day go with the consultation
        return model.forClient() ? new Node[] {date.node(), notes, buttons} : new Node[] {buttons};
    }

    /**
     * For a follow-up: morning pain now against the last visit and the first, in the records
     * screen's words and with its verdict. Shown once the client's consultations are read; a first
     * consultation shows nothing.
     */
    private static Node sinceLastVisit(I18n i18n, ClientVisit visit, Profile profile, Advice advice) {
        VBox card = new VBox(8);
        card.setId("since-last-visit");
        card.getStyleClass().addAll("result-card", "since-last");
        Runnable fill = () -> {
            card.getChildren().clear();
            LocalDate day = visit.correcting().map(Consultation::date).orElse(LocalDate.now());
            visit.trendWith(profile, advice, day).ifPresent(trend -> {
                Label heading = new Label(i18n.get("results.since-last"));
                heading.getStyleClass().add("title-3");
                TrendLines lines = TrendLines.of(i18n, trend, "");
                card.getChildren().addAll(heading, lines.sincePrevious());
                if (lines.showFirst()) {
                    card.getChildren().add(lines.sinceFirst());
                }
            });
            card.setVisible(!card.getChildren().isEmpty());
            card.setManaged(card.isVisible());
        };
        fill.run();
        visit.earlier().addListener((obs, was, now) -> fill.run());
        return card;
    }

    private ResultsPage() {
    }
}
