package com.restwise.ui.wizard.steps;

import com.restwise.engine.profile.Position;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.QuestionControls;
import com.restwise.ui.common.SvgIcon;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/** Step "How you sleep": a picture card per position, the shares, and the partner. */
public final class SleepPage {

    public static Node build(I18n i18n, SleepModel sleep) {
        ValidationSupport validation = new ValidationSupport();
        // cards wrap onto a second row at large text sizes instead of running off the window
        FlowPane cards = new FlowPane(16, 16);
        for (Position p : Position.values()) {
            cards.getChildren().add(card(i18n, sleep.mine(), p, "", 150));
        }
        Node shares = QuestionControls.switchRow(i18n.get("sleep.shares-bed"), sleep.sharesBed(), "shares-bed");

        FlowPane partnerCards = new FlowPane(16, 16);
        for (Position p : Position.values()) {
            partnerCards.getChildren().add(card(i18n, sleep.partners(), p, "partner-", 110));
        }
        VBox partner = new VBox(
                12,
                QuestionControls.numberField(
                        i18n.get("sleep.partner-weight"),
                        sleep.partnerWeight(),
                        validation,
                        partnerWeightUnit(i18n, sleep),
                        "partner-weight",
                        null),
                QuestionControls.question(i18n.get("sleep.partner-positions")),
                partnerCards,
                shareLine(i18n, sleep.partners(), "partner-shares"));
        partner.getStyleClass().add("partner-box");
        partner.visibleProperty().bind(sleep.sharesBed());
        partner.managedProperty().bind(sleep.sharesBed());

        VBox page = new VBox(
                18,
                QuestionControls.title(i18n.get("sleep.title")),
                QuestionControls.intro(i18n.get("sleep.intro")),
                cards,
                shareLine(i18n, sleep.mine(), "shares"),
                shares,
                partner);
        page.getStyleClass().add("page");
        return page;
    }

    private static Node card(I18n i18n, PositionAnswers answers, Position p, String idPrefix, double pictureWidth) {
        String name = i18n.get("position." + p);
        Label title = new Label(name);
        title.getStyleClass().add("card-title");
        VBox choices = QuestionControls.choiceColumn(
                i18n.get("sleep.how-often", name),
                answers.frequency(p),
                Frequency.values(),
                f -> i18n.get("frequency." + f),
                idPrefix + "position-" + p.name().toLowerCase());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(answers.share(p));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setAccessibleText(name);
        Label percent = new Label();
        percent.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.get("percent", answers.percent(p)),
                        answers.share(Position.SIDE),
                        answers.share(Position.BACK),
                        answers.share(Position.STOMACH)));
        percent.setId(idPrefix + "share-" + p.name().toLowerCase());
        // a fixed-height frame keeps the cards' titles in line whatever the picture's height
        Node drawing = SvgIcon.load("position-" + p.name().toLowerCase(), pictureWidth);
        drawing.setAccessibleText(i18n.get("picture.position", name));
        javafx.scene.layout.StackPane picture = new javafx.scene.layout.StackPane(drawing);
        picture.setPrefHeight(pictureWidth * 0.4);
        picture.setMinHeight(pictureWidth * 0.4);
        picture.setAlignment(Pos.BOTTOM_LEFT);
        VBox card = new VBox(10, picture, title, choices, new HBox(8, bar, percent));
        card.getStyleClass().add("position-card");
        card.setAlignment(Pos.TOP_LEFT);
        // as wide as the words need at any text size, never truncated
        card.setMinWidth(Region.USE_PREF_SIZE);
        percent.setMinWidth(Region.USE_PREF_SIZE);
        return card;
    }

    /** "Side 54% · Back 38% · Stomach 8%", adding up to 100%. */
    private static Node shareLine(I18n i18n, PositionAnswers answers, String id) {
        Label line = new Label();
        line.setId(id);
        line.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            if (!answers.valid().get()) {
                                return i18n.get("sleep.shares-empty");
                            }
                            StringBuilder s = new StringBuilder();
                            for (Position p : Position.values()) {
                                if (s.length() > 0) {
                                    s.append("  ·  ");
                                }
                                s.append(i18n.get("position." + p))
                                        .append(' ')
                                        .append(i18n.get("percent", answers.percent(p)));
                            }
                            return s.toString();
                        },
                        answers.valid(),
                        answers.share(Position.SIDE),
                        answers.share(Position.BACK),
                        answers.share(Position.STOMACH)));
        line.getStyleClass().add("share-line");
        return line;
    }

    private SleepPage() {}

    /** The partner's weight is in the unit chosen on "You"; say which, since it can be switched only there. */
    private static Label partnerWeightUnit(I18n i18n, SleepModel sleep) {
        Label unit = new Label();
        unit.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> i18n.get("unit." + sleep.weightUnit().get()), sleep.weightUnit()));
        unit.setId("partner-weight-unit");
        return unit;
    }
}
