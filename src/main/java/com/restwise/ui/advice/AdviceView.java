package com.restwise.ui.advice;

import com.restwise.engine.advice.Advice;
import com.restwise.engine.advice.FirmnessLabel;
import com.restwise.engine.advice.FirmnessRange;
import com.restwise.engine.advice.MattressVerdict;
import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.advice.RankedOption;
import com.restwise.engine.profile.Profile;
import com.restwise.report.AdviceOrder;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The advice itself, for live results and saved ones alike (the wizard's results, a client's
 * consultation, a shopper's saved result), led by what to do.
 */
public final class AdviceView {

    private AdviceView() {}

    /**
     * The advice itself, for live or saved results, led by what to do: a pressing medical result
     * first; when the mattress can wait, the medical advice alone, with the mattress advice folded
     * away (URGENT) or after a line saying to see a doctor first (SOON). Otherwise the verdict on
     * the current mattress leads, then firmness, spine picture, options, posture and why, with the
     * calm medical note after them. Advice saved before the spine model has no picture, and advice
     * saved by engine 1.x has no verdict.
     */
    public static VBox of(I18n i18n, Profile profile, Advice advice, String emergencyCountry) {
        VBox page = new VBox(22);
        AdviceOrder order = AdviceOrder.of(advice);
        Node medical = MedicalPanel.build(i18n, advice.medical(), emergencyCountry);
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
        Label shop = new Label(AdviceOrder.shopLine(advice, i18n::get));
        shop.setWrapText(true);
        shop.setId("shop-line");
        part.getChildren().add(verdict(i18n, advice, order.keep() ? null : shop));
        // why this firmness beside its gauge, not eight screens below it
        VBox why = new VBox(6);
        for (String sentence : advice.explanation()) {
            Label l = new Label("•  " + sentence);
            l.setWrapText(true);
            why.getChildren().add(l);
        }
        TitledPane whyPane = new TitledPane(i18n.get("results.why"), why);
        whyPane.setExpanded(false);
        whyPane.setWrapText(true); // its height then follows its width (see MedicalPanel)
        whyPane.setId("why");
        VBox firmness = (VBox) firmness(i18n, advice.firmness(), "firmness", i18n.get("results.firmness"));
        firmness.getChildren().add(whyPane);
        part.getChildren().add(firmness);
        if (advice.partnerFirmness() != null) {
            part.getChildren()
                    .add(firmness(
                            i18n, advice.partnerFirmness(), "partner-firmness", i18n.get("results.partner-firmness")));
        }
        if (advice.alignment() != null) {
            part.getChildren()
                    .add(new AlignmentView(
                                    new AlignmentViewModel(profile, advice.firmness(), advice.alignment(), i18n.lang()),
                                    i18n)
                            .node());
        }
        if (order.keep()) {
            part.getChildren().add(buyAnyway(i18n, advice, shop));
        } else {
            part.getChildren().add(options(i18n, advice, i18n.get("results.options")));
        }
        part.getChildren().add(posture(i18n, profile, advice));
        return part;
    }

    /**
     * Under KEEP, the shop line and the options folded away, so nothing stands between "no purchase
     * is needed" and the rest of the advice; advice saved before 2.1 has no heading of its own.
     */
    private static Node buyAnyway(I18n i18n, Advice advice, Label shop) {
        String title = advice.mattressVerdict().buyAnyway() != null
                ? advice.mattressVerdict().buyAnyway()
                : i18n.get("results.options.keep");
        TitledPane fold = new TitledPane(title, new VBox(16, shop, options(i18n, advice, null)));
        fold.setExpanded(false);
        fold.setAnimated(false);
        fold.setWrapText(true); // its height then follows its width (see MedicalPanel)
        fold.setId("buy-anyway");
        return fold;
    }

    /**
     * What to do about the mattress the sleeper has (keep it, a topper, a new one), and what to
     * ask for in a shop, in the whole steps and H labels shops use (the shop line, unless folded away).
     */
    private static Node verdict(I18n i18n, Advice advice, Label shop) {
        MattressVerdict verdict = advice.mattressVerdict();
        Label heading = new Label(i18n.get("results.verdict."
                + (verdict == null ? "NONE" : verdict.verdict().name())));
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
        if (shop != null) {
            box.getChildren().add(shop);
        }
        box.getStyleClass().addAll("result-card", "verdict-card");
        box.setId("verdict");
        box.setUserData(verdict == null ? null : verdict.verdict());
        return box;
    }

    private static Node firmness(I18n i18n, FirmnessRange range, String id, String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-3");
        Label summary = new Label(i18n.get(
                "results.firmness.summary",
                i18n.number(range.target()),
                i18n.get("label." + range.label()),
                FirmnessLabel.european(range.target()),
                i18n.number(range.min()),
                i18n.number(range.max())));
        summary.setId(id + "-summary");
        summary.setWrapText(true);
        VBox box = new VBox(8, heading, new FirmnessGauge(i18n, range, id + "-gauge").node(), summary);
        box.getStyleClass().add("result-card");
        return box;
    }

    /** The options under a heading; none where a fold's title says it. */
    private static Node options(I18n i18n, Advice advice, String headingText) {
        // a card of 26 em is wider than the records' column at 150 % (1024 px): there it takes the column's width
        FlowPane cards = com.restwise.ui.common.Flows.withinWidth(new FlowPane(16, 16));
        cards.setId("options");
        for (RankedOption o : advice.options()) {
            Label name = new Label(o.name());
            name.getStyleClass().add("card-title");
            name.setWrapText(true);
            Label facts = new Label(i18n.get(
                    "results.option.facts",
                    i18n.get("mattressType." + o.type()),
                    i18n.number(o.firmness()),
                    FirmnessLabel.european(o.firmness())));
            Label price = new Label(i18n.get(
                    "results.option.price",
                    i18n.amount(o.price()),
                    o.currency(),
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
            card.getStyleClass().add("option-card"); // its width is in em: it grows with the text
            card.setUserData(o.id());
            card.setId("option-" + o.id());
            cards.getChildren().add(card);
        }
        if (advice.options().isEmpty()) {
            cards.getChildren().add(new Label(i18n.get("results.no-options")));
        }
        if (headingText == null) {
            return cards;
        }
        Label heading = new Label(headingText);
        heading.setId("options-heading");
        heading.getStyleClass().add("title-3");
        return new VBox(10, heading, cards);
    }

    private static Node posture(I18n i18n, Profile profile, Advice advice) {
        Label heading = new Label(i18n.get("results.posture"));
        heading.getStyleClass().add("title-3");
        VBox list = new VBox(12);
        list.setId("posture");
        for (PostureTip tip : advice.posture()) {
            Label text = new Label(tip.text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Node picture = TipPicture.of(i18n, tip, profile);
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
}
