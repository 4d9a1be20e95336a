package com.restwise.ui.common;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
        return of(i18n, writing, true);
    }

    /**
     * The indicator alone, for a header already full (the records' at 150 % in German): its words
     * are its tooltip and what a screen reader says, and the notice below the header says them.
     */
    public static Node compact(I18n i18n, ObservableBooleanValue writing) {
        return of(i18n, writing, false);
    }

    private static Node of(I18n i18n, ObservableBooleanValue writing, boolean withWords) {
        String words = i18n.get("report.writing");
        ProgressIndicator turning = new ProgressIndicator();
        turning.setId("report-progress-indicator");
        turning.setAccessibleText(words);
        turning.setFocusTraversable(false);
        Label what = new Label(words);
        what.getStyleClass().add("text-muted");
        what.setMinWidth(Region.USE_PREF_SIZE);
        turning.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        HBox box = withWords ? new HBox(8, turning, what) : new HBox(turning);
        if (!withWords) {
            javafx.scene.control.Tooltip.install(turning, new javafx.scene.control.Tooltip(words));
        }
        box.getStyleClass().add("report-progress");
        box.setId("report-progress");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.visibleProperty().bind(writing);
        box.managedProperty().bind(box.visibleProperty());
        // said when it appears, as a notice is: the focus stays on the page
        Node said = withWords ? what : turning;
        if (withWords) {
            Announce.whenShown(what, words);
        }
        box.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                said.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
            }
        });
        return box;
    }

    /**
     * The Report button takes no click while a report is written (a double click starts one).
     * Disabled, it would hand the keyboard's focus to the next button, which on a consultation's
     * card is Delete: the focus waits on the progress instead and comes back once it is done.
     *
     * @param progress what {@link #of} made for the page
     */
    public static void disableWhileWriting(Button report, ObservableBooleanValue writing, Node progress) {
        Node turning = progress.lookup("#report-progress-indicator");
        boolean[] hadFocus = {false};
        // moved on by the person while the report is written: the focus stays where they put it
        ChangeListener<Node> left = (obs, was, now) -> {
            if (now != turning && writing.get()) {
                hadFocus[0] = false;
            }
        };
        // before the button is disabled: its focus is moved while it still has it (the window's
        // focus owner, even while the file chooser has the system's focus)
        ChangeListener<Boolean> before = (obs, was, now) -> {
            Scene scene = report.getScene();
            if (now && scene != null && scene.getFocusOwner() == report) {
                hadFocus[0] = true;
                turning.requestFocus();
                scene.focusOwnerProperty().addListener(left);
            }
        };
        ChangeListener<Boolean> after = (obs, was, now) -> {
            if (now) {
                return;
            }
            if (report.getScene() != null) {
                report.getScene().focusOwnerProperty().removeListener(left);
                if (hadFocus[0]) {
                    report.requestFocus();
                }
            }
            hadFocus[0] = false;
        };
        // the button keeps its listeners: the app's report state outlives a page's buttons
        report.getProperties().put(ReportProgress.class, List.of(before, after));
        writing.addListener(new WeakChangeListener<>(before));
        report.disableProperty().bind(writing);
        writing.addListener(new WeakChangeListener<>(after));
    }
}
