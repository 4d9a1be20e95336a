package com.restwise.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The first thing a user sees: what Restwise does and does not do. */
final class StartPage {

    private final VBox root = new VBox(16);

    StartPage(String notice) {
        Label title = new Label("Restwise");
        title.setId("title");
        title.setFont(Font.font(null, FontWeight.BOLD, 32));
        Label what = new Label("Restwise recommends a mattress firmness and sleeping posture for your body, "
                + "how you sleep and how you wake up. Nothing leaves this computer: no account, no network.");
        what.setId("intro");
        what.setWrapText(true);
        Label notDiagnosis = new Label("It does not diagnose: when your answers suggest a medical cause, "
                + "it tells you whom to see and how soon. For adults (16 and over).");
        notDiagnosis.setId("disclaimer");
        notDiagnosis.setWrapText(true);
        root.getChildren().addAll(title, what, notDiagnosis);
        if (notice != null) {
            Label warning = new Label(notice);
            warning.setId("notice");
            warning.setWrapText(true);
            root.getChildren().add(warning);
        }
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(48));
        root.setMaxWidth(720);
    }

    Parent root() {
        return root;
    }
}
