package com.restwise.ui.advice;

import com.restwise.engine.advice.PostureTip;
import com.restwise.engine.profile.Profile;
import com.restwise.picture.PosturePicture;
import com.restwise.ui.common.Dialogs;
import com.restwise.ui.common.I18n;
import com.restwise.ui.common.ScaledFrame;
import com.restwise.ui.common.SvgIcon;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A posture tip's picture on the results page: the tip's own drawing, as wide as the stylesheet
 * says in em so it grows with the text, on a light ground in either theme, and a button: a click,
 * Enter or Space opens it larger with its tip under it.
 */
final class TipPicture {

    /** How much larger the opened picture is than the one beside the tip, where the window allows. */
    static final double ENLARGED = 3.5;

    private TipPicture() {}

    static Button of(I18n i18n, PostureTip tip, Profile profile) {
        String name = PosturePicture.name(tip, profile);
        ScaledFrame picture = SvgIcon.sized(name, "posture-picture");
        Button open = new Button();
        open.setGraphic(picture);
        open.getStyleClass().addAll("flat", "picture-button");
        // beside a long tip the row would squeeze the picture: it keeps its size, the words wrap
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setAccessibleText(i18n.get("results.posture.picture"));
        open.setOnAction(e -> {
            Window owner = open.getScene() == null ? null : open.getScene().getWindow();
            enlarged(i18n, tip, name, picture.getWidth() * ENLARGED, owner).show();
        });
        return open;
    }

    /** The picture at {@code width}, or as wide as the window leaves room for, with its tip under it. */
    static Dialog<Void> enlarged(I18n i18n, PostureTip tip, String name, double width, Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("results.posture.picture.title"));
        ScaledFrame picture = SvgIcon.sized(name, "posture-picture-large");
        double room = owner == null ? width : Math.min(owner.getWidth() - 120, 2 * (owner.getHeight() - 260));
        picture.setPrefWidth(Math.max(picture.getPrefWidth(), Math.min(width, room)));
        Label text = new Label(tip.text());
        text.setWrapText(true);
        text.maxWidthProperty().bind(picture.widthProperty());
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(12, picture, text);
        content.setId("posture-picture-dialog");
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(i18n.get("results.posture.picture.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        return Dialogs.own(dialog, owner);
    }
}
