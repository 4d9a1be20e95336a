package com.restwise.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * "Writing the report..." with a turning indicator, beside the place a report is asked for (the
 * results' action bar, the records' header): a report takes seconds, so it shows from the click
 * until the PDF is written or has failed, and a screen reader is told it has begun.
 */
public final class ReportProgress {

    private ReportProgress() {}

    /** @param writing true from a report's request until its result ({@link Reports#writingReport()}) */
    public static Node of(I18n i18n, ObservableBooleanValue writing) {
        String words = i18n.get("report.writing");
        ProgressIndicator turning = new ProgressIndicator();
        turning.setId("report-progress-indicator");
        turning.setAccessibleText(words);
        turning.setFocusTraversable(false);
        Label what = new Label(words);
        what.getStyleClass().add("text-muted");
        what.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, turning, what);
        box.getStyleClass().add("report-progress");
        box.setId("report-progress");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.visibleProperty().bind(writing);
        box.managedProperty().bind(box.visibleProperty());
        // said when it appears, as a notice is: the focus stays on the page
        Announce.whenShown(what, words);
        box.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                what.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
            }
        });
        return box;
    }
}
