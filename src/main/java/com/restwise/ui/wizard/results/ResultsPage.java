package com.restwise.ui.wizard.results;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.profile.Profile;
import com.restwise.records.Consultation;
import com.restwise.records.PainTrend;
import com.restwise.report.AdviceOrder;
import com.restwise.ui.advice.AlignmentView;
import com.restwise.ui.advice.AlignmentViewModel;
import com.restwise.ui.advice.FirmnessGauge;
import com.restwise.ui.advice.MedicalPanel;
import com.restwise.ui.advice.TrendWords;
import com.restwise.ui.common.AppActions;
import com.restwise.ui.common.ClientVisit;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.SvgIcon;
import com.restwise.ui.wizard.Step;
import com.restwise.ui.wizard.WizardViewModel;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the engine advised, led by what to do: the medical panel or the verdict on the current
 * mattress, then firmness, options and posture, with the medical panel always apart from them.
 */
public final class ResultsPage {

    public static Node build(WizardViewModel vm, AppActions app) {
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
        ClientVisit visit = app.clientVisit();
        if (visit != null) {
            page.getChildren().add(sinceLastVisit(i18n, visit, vm.profile(), advice));
        }
        page.getChildren().add(adviceView(i18n, vm.profile(), advice, app.settings().emergencyNumber()));
        return page;
    }

    /**
     * What to do with the results, in a bar that stays in view below the page: save them (a
     * shopper; a client's consultation saves from its own bar), the report, change the answers,
     * start again. Empty until the advice is there.
     */
    public static Node actions(WizardViewModel vm, AppActions app, SaveResultModel saving) {
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
        if (saving.visit() == null) {
            Button save = new Button(i18n.get("results.save-mine"));
            save.setId("save-result");
            save.getStyleClass().add("accent");
            save.disableProperty().bind(saving.saving().or(saving.saved()));
            save.setOnAction(e -> saving.save());
            bar.getChildren().add(save);
        }
        Button report = new Button(i18n.get("results.report"));
        report.setId("save-report");
        report.setOnAction(e -> app.saveReport(vm.profile(), advice, app.consultationClient(), saving.notes().get(),
                saving.visit() == null ? null : saving.day()));
        Button change = new Button(i18n.get("results.change"));
        change.setId("change-answers");
        change.setOnAction(e -> vm.goTo(Step.YOU));
        Button over = new Button(i18n.get("results.start-over"));
        over.setId("start-over");
        over.setOnAction(e -> app.startOver());
        bar.getChildren().addAll(report, change, over);
        for (Node b : bar.getChildren()) {
            ((Button) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
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
                Label previous = new Label(TrendWords.sincePrevious(i18n, trend));
                previous.setId("since-previous");
                Label first = new Label(TrendWords.sinceFirst(i18n, trend));
                first.setId("since-first");
                for (Label l : List.of(previous, first)) {
                    l.setWrapText(true);
                    l.getStyleClass().add("share-line");
                }
                addVerdictStyle(previous, trend.sincePrevious());
                addVerdictStyle(first, trend.sinceFirst());
                card.getChildren().addAll(heading, previous);
                if (trend.firstBeforePrevious()) {
                    card.getChildren().add(first);
                }
            });
            card.setVisible(!card.getChildren().isEmpty());
            card.setManaged(card.isVisible());
        };
        fill.run();
        visit.earlier().addListener((obs, was, now) -> fill.run());
        return card;
    }

    private static void addVerdictStyle(Label label, PainTrend.Change change) {
        String verdict = TrendWords.styleClass(change);
        if (!verdict.isEmpty()) {
            label.getStyleClass().add(verdict);
        }
    }

    /**
     * The advice itself, for live or saved results, led by what to do: a pressing medical result
     * first; when the mattress can wait, the medical advice alone, with the mattress advice folded
     * away (URGENT) or after a line saying to see a doctor first (SOON). Otherwise the verdict on
     * the current mattress leads, then firmness, spine picture, options, posture and why, with the
     * calm medical note after them. Advice saved before the spine model has no picture, and advice
     * saved by engine 1.x has no verdict.
     */
    public static VBox adviceView(I18n i18n, Profile profile, Advice advice, String emergencyNumber) {
        VBox page = new VBox(22);
        AdviceOrder order = AdviceOrder.of(advice);
        Node medical = MedicalPanel.build(i18n, advice.medical(), emergencyNumber);
        if (order.medicalFirst()) {
            page.getChildren().add(medical);
        }
        VBox mattress = mattressAdvice(i18n, profile, advice, order);
        switch (order.mattress()) {
            case FOLDED -> {
                // The sentence above the fold, not in its title: a title bar keeps to one line
                // and cut the sentence short in German or at a large text size.
                Label canWait = new Label(i18n.get("results.can-wait"));
                canWait.setWrapText(true);
                canWait.getStyleClass().add("doctor-first");
                canWait.setId("can-wait-note");
                page.getChildren().add(canWait);
                TitledPane fold = new TitledPane(i18n.get("results.can-wait.open"), mattress);
                fold.setExpanded(false);
                fold.setAnimated(false);
                fold.setWrapText(true);
                fold.setId("mattress-can-wait");
                fold.getStyleClass().add("can-wait");
                page.getChildren().add(fold);
            }
            case AFTER_DOCTOR -> {
                Label first = new Label(i18n.get("results.doctor-first"));
                first.setWrapText(true);
                first.getStyleClass().add("doctor-first");
                first.setId("doctor-first");
                page.getChildren().addAll(first, mattress);
            }
            case OPEN -> page.getChildren().add(mattress);
        }
        if (!order.medicalFirst()) {
            page.getChildren().add(medical);
        }
        Label disclaimer = QuestionControls.hint(i18n.get("results.disclaimer"));
        disclaimer.setId("disclaimer");
        page.getChildren().add(disclaimer);
        return page;
    }

    /** The verdict with the shop line, firmness, spine picture, options, posture and why. */
    private static VBox mattressAdvice(I18n i18n, Profile profile, Advice advice, AdviceOrder order) {
        VBox part = new VBox(22);
        part.setId("mattress-advice");
        part.getChildren().add(verdict(i18n, advice));
        // why this firmness beside its gauge, not eight screens below it
        VBox why = new VBox(6);
        for (String sentence : advice.explanation()) {
            Label l = new Label("•  " + sentence);
            l.setWrapText(true);
            why.getChildren().add(l);
        }
        TitledPane whyPane = new TitledPane(i18n.get("results.why"), why);
        whyPane.setExpanded(false);
        whyPane.setWrapText(true);      // its height then follows its width (see MedicalPanel)
        whyPane.setId("why");
        VBox firmness = firmness(i18n, advice.firmness(), "firmness", i18n.get("results.firmness"));
        firmness.getChildren().add(whyPane);
        part.getChildren().add(firmness);
        if (advice.partnerFirmness() != null) {
            part.getChildren().add(firmness(i18n, advice.partnerFirmness(), "partner-firmness",
                    i18n.get("results.partner-firmness")));
        }
        if (advice.alignment() != null) {
            part.getChildren().add(new AlignmentView(new AlignmentViewModel(profile, advice.firmness(),
                    advice.alignment(), i18n.lang()), i18n).node());
        }
        part.getChildren().add(options(i18n, advice, order));
        part.getChildren().add(posture(i18n, advice));
        return part;
    }

    /**
     * What to do about the mattress the sleeper has (keep it, a topper, a new one), and what to
     * ask for in a shop, in the whole steps and H labels shops use.
     */
    private static Node verdict(I18n i18n, Advice advice) {
        MattressVerdict verdict = advice.mattressVerdict();
        Label heading = new Label(i18n.get("results.verdict." + (verdict == null ? "NONE" : verdict.verdict().name())));
        heading.getStyleClass().add("title-3");
        heading.setWrapText(true);
        VBox box = new VBox(8, heading);
        if (verdict != null) {
            Label text = new Label(verdict.text());
            text.setWrapText(true);
            text.getStyleClass().add("verdict-text");
            text.setId("verdict-text");
            box.getChildren().add(text);
        }
        Label shop = new Label(shopLine(i18n, advice));
        shop.setWrapText(true);
        shop.setId("shop-line");
        box.getChildren().add(shop);
        box.getStyleClass().addAll("result-card", "verdict-card");
        box.setId("verdict");
        box.setUserData(verdict == null ? null : verdict.verdict());
        return box;
    }

    public static String shopLine(I18n i18n, Advice advice) {
        String line = i18n.get("results.shop", AdviceOrder.shopFirmness(advice.firmness()),
                AdviceOrder.shopLabel(advice.firmness()));
        if (advice.partnerFirmness() != null) {
            line += " " + i18n.get("results.shop.partner", AdviceOrder.shopFirmness(advice.partnerFirmness()),
                    AdviceOrder.shopLabel(advice.partnerFirmness()));
        }
        return line;
    }

    private static VBox firmness(I18n i18n, FirmnessRange range, String id, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label summary = new Label(i18n.get("results.firmness.summary", i18n.number(range.target()),
                i18n.get("label." + range.label()), FirmnessLabel.european(range.target()),
                i18n.number(range.min()), i18n.number(range.max())));
        summary.setId(id + "-summary");
        summary.setWrapText(true);
        VBox box = new VBox(8, heading, new FirmnessGauge(i18n, range, id + "-gauge").node(), summary);
        box.getStyleClass().add("result-card");
        return box;
    }

    private static Node options(I18n i18n, Advice advice, AdviceOrder order) {
        Label heading = new Label(i18n.get(order.keep() ? "results.options.keep" : "results.options"));
        heading.setId("options-heading");
        heading.getStyleClass().add("title-3");
        FlowPane cards = new FlowPane(16, 16);
        cards.setId("options");
        for (RankedOption o : advice.options()) {
            Label name = new Label(o.name());
            name.getStyleClass().add("card-title");
            name.setWrapText(true);
            Label facts = new Label(i18n.get("results.option.facts", i18n.get("mattressType." + o.type()),
                    i18n.number(o.firmness()), FirmnessLabel.european(o.firmness())));
            Label price = new Label(i18n.get("results.option.price", i18n.amount(o.price()), o.currency(),
                    o.size().replace("x", " × ")));
            price.getStyleClass().add("price");
            Label match = new Label(i18n.get("results.option.match", Math.round(o.score() * 100)));
            match.getStyleClass().add("match");
            VBox reasons = new VBox(4);
            for (String r : o.reasons()) {
                Label l = new Label("✓ " + r);
                l.setWrapText(true);
                reasons.getChildren().add(l);
            }
            facts.setWrapText(true);
            VBox card = new VBox(6, name, facts, new FlowPane(12, 4, price, match), reasons);
            card.getStyleClass().add("option-card");    // its width is in em: it grows with the text
            card.setUserData(o.id());
            card.setId("option-" + o.id());
            cards.getChildren().add(card);
        }
        if (advice.options().isEmpty()) {
            cards.getChildren().add(new Label(i18n.get("results.no-options")));
        }
        return new VBox(10, heading, cards);
    }

    private static Node posture(I18n i18n, Advice advice) {
        Label heading = new Label(i18n.get("results.posture"));
        heading.getStyleClass().add("title-3");
        VBox list = new VBox(12);
        list.setId("posture");
        for (PostureTip tip : advice.posture()) {
            Label text = new Label(tip.text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Node picture = SvgIcon.loadOrBlank("posture-" + tip.code().name().toLowerCase().replace('_', '-'), 110);
            picture.setAccessibleText(i18n.get("picture.posture", tip.text()));
            HBox row = new HBox(16, picture, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("posture-row");
            row.setUserData(tip.code());
            row.setId("posture-" + tip.code().name().toLowerCase().replace('_', '-'));
            list.getChildren().add(row);
        }
        if (advice.posture().isEmpty()) {
            list.getChildren().add(new Label(i18n.get("results.no-posture")));
        }
        return new VBox(10, heading, list);
    }

    private ResultsPage() {
    }
}
