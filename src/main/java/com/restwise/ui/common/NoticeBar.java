package com.restwise.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The notice line under a screen's header: the words, and a button that closes them. Hidden
 * while there is nothing to say, so it takes no room.
 */
public final class NoticeBar {

    public static Node build(Notice notice, I18n i18n) {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(notice);
        text.setId("notice");
        Announce.onChange(text, notice);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.setId("notice-close");
        close.getStyleClass().addAll("flat", "notice-close");
        String closeText = i18n.get("notice.close");
        close.setAccessibleText(closeText);
        close.setOnAction(e -> notice.dismiss());
        HBox bar = new HBox(12, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice-bar");
        bar.visibleProperty().bind(notice.isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        // the tooltip when there is first something to close: made with the bar, it cost the
        // first window 15 ms, and most starts show no notice
        Runnable tooltip = () -> {
            if (bar.isVisible() && close.getTooltip() == null) {
                close.setTooltip(new Tooltip(closeText));
            }
        };
        bar.visibleProperty().addListener((obs, was, now) -> tooltip.run());
        tooltip.run();
        return bar;
    }

    private NoticeBar() {}
}
