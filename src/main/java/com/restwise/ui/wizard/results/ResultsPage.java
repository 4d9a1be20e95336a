package com.restwise.ui.wizard.results;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.ui.advice.AdviceView;
import com.restwise.ui.advice.TrendLines;
import com.restwise.ui.common.AppSettings;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.Consultations;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.Navigation;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.ReportProgress;
import com.restwise.ui.common.Reports;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the engine advised, led by what to do: the medical panel or the verdict on the current
 * mattress, then firmness, options and posture, with the medical panel always apart from them.
 */
public final class ResultsPage {

    public static Node build(
            WizardViewModel vm,
            Navigation navigation,
            AppSettings settings,
            Consultations consultations,
            Reports reports) {
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
        Label title = QuestionControls.title(i18n.get("results.title"));
        // announced as the page appears (the keyboard goes to the page's scroll, not to a control)
        com.restwise.ui.common.Announce.whenShown(title, title.getText());
        page.getChildren().add(title);
        ClientVisit visit = consultations.clientVisit();
        if (visit != null) {
            page.getChildren().add(sinceLastVisit(i18n, visit, vm.profile(), advice));
        }
        page.getChildren()
                .add(AdviceView.of(
                        i18n, vm.profile(), advice, settings.settings().emergencyCountry()));
        return page;
    }

    /**
     * What to do with the results, in a bar that stays in view below the page: save them (a
     * shopper; a client's consultation saves from its own bar, on every step), the report, change
     * the answers, start again. Empty until the advice is there.
     */
    public static Node actions(WizardViewModel vm, Navigation navigation, SaveResultModel saving) {
        I18n i18n = vm.i18n();
        FlowPane bar = new FlowPane(12, 8);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("action-bar");
        bar.setId("results-actions");
        HBox.setHgrow(bar, Priority.ALWAYS);
        Advice advice = vm.advice().get();
        if (advice == null) {
            return bar;
        }
        if (!saving.forClient()) {
            Button save = new Button(i18n.get("results.save-mine"));
            save.setId("save-result");
            save.getStyleClass().add("accent");
            save.disableProperty().bind(saving.saving());
            save.setOnAction(e -> saving.save(null));
            // a save that failed (the notice says why) is tried again with everything as it is
            saving.saving().addListener((obs, was, now) -> {
                if (was && !now) {
                    save.setText(i18n.get("place.retry"));
                }
            });
            bar.getChildren().add(save);
        }
        Button report = new Button(i18n.get("results.report"));
        report.setId("save-report");
        report.setOnAction(e -> saving.report(vm.profile(), advice, saving.day()));

        Button change = new Button(i18n.get("results.change"));
        change.setId("change-answers");
        change.setOnAction(e -> vm.goTo(Step.YOU));
        Button over = new Button(i18n.get("results.start-over"));
        over.setId("start-over");
        over.setOnAction(e -> navigation.startOver());
        bar.getChildren().addAll(report, change, over);
        for (Node b : bar.getChildren()) {
            ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Node progress = ReportProgress.of(i18n, saving.reporting());
        bar.getChildren().add(bar.getChildren().indexOf(report), progress);
        // one report at a time: a double click does not start two
        ReportProgress.disableWhileWriting(report, saving.reporting(), progress);
        return bar;
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

    private ResultsPage() {}
}
