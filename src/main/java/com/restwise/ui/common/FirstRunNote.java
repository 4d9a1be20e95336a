package com.restwise.ui.common;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * What Restwise does and what it does not. In three lines on the welcome page during the first
 * run only (the settings remember it was shown); in full, as two short lists, at the top of the
 * help page at any time. Nothing in it takes focus, so the first Tab still reaches Start.
 */
public final class FirstRunNote {

    public static final String ID = "first-run-note";

    private FirstRunNote() {}

    /**
     * The hook for the welcome page: on the first run, the note under its title, and the page in
     * a scroll pane. The welcome page is otherwise made to fit the window without one; with the
     * note, German at 150 % would not, and its texts would be cut instead.
     */
    public static Node addTo(Pane page, boolean firstRun, I18n i18n) {
        if (!firstRun) {
            return page;
        }
        Label text = new Label(i18n.get("firstrun.short"));
        text.setWrapText(true);
        VBox note = framed(new VBox(text));
        note.setId(ID);
        page.getChildren().add(Math.min(1, page.getChildren().size()), note);
        // in the column of readable width, centred on a wide screen, as every other page
        javafx.scene.layout.StackPane column = new javafx.scene.layout.StackPane(page);
        column.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        column.getStyleClass().add("page-column");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("edge-to-edge", "page-scroll");
        // the first Tab and the first focus still go to Start, not to the scroll pane
        scroll.setFocusTraversable(false);
        scroll.setSkin(new FirstFrameSkin(scroll));
        return scroll;
    }

    /**
     * The scroll pane's own skin (its viewport and scroll bars) cost the first window 50 ms, a
     * third of all the app adds to a bare window. Until the first frame is drawn, the page stands
     * at the top at the pane's width, as the scroll pane shows it before any scrolling, and then
     * the scroll pane's own skin takes over.
     */
    /**
     * The same for any page's scroll pane shown in the first window (the welcome page of a later
     * run, which scrolls too so Help and About stay within reach on a low screen).
     */
    public static void skinAfterFirstFrame(ScrollPane scroll) {
        scroll.setSkin(new FirstFrameSkin(scroll));
    }

    private static final class FirstFrameSkin extends SkinBase<ScrollPane> {

        private final Rectangle clip = new Rectangle();

        FirstFrameSkin(ScrollPane scroll) {
            super(scroll);
            getChildren().add(scroll.getContent());
            scroll.setClip(clip);
            scroll.sceneProperty().addListener(new ChangeListener<Scene>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene was, Scene scene) {
                    if (scene != null) {
                        obs.removeListener(this);
                        afterFirstFrame(scene, () -> scroll.setSkin(new ScrollPaneSkin(scroll)));
                    }
                }
            });
        }

        /** Runs the work once the scene's next pulse has laid out its frame and handed it to be drawn. */
        private static void afterFirstFrame(Scene scene, Runnable work) {
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(work);
                }
            });
        }

        @Override
        protected void layoutChildren(double x, double y, double width, double height) {
            Node page = getSkinnable().getContent();
            page.resizeRelocate(x, y, width, Math.max(height, page.prefHeight(width)));
            clip.setWidth(getSkinnable().getWidth());
            clip.setHeight(getSkinnable().getHeight());
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return top + bottom;
        }

        @Override
        public void dispose() {
            getSkinnable().setClip(null);
            super.dispose();
        }
    }

    /** The explanation itself, as the help page shows it too. */
    public static VBox box(I18n i18n) {
        Label title = new Label(i18n.get("firstrun.title"));
        title.getStyleClass().add("title-4");
        return framed(new VBox(
                6,
                title,
                list(
                        i18n.get("firstrun.does"),
                        List.of(i18n.get("firstrun.does.1"), i18n.get("firstrun.does.2"), i18n.get("firstrun.does.3"))),
                list(
                        i18n.get("firstrun.does-not"),
                        List.of(
                                i18n.get("firstrun.does-not.1"),
                                i18n.get("firstrun.does-not.2"),
                                i18n.get("firstrun.does-not.3")))));
    }

    private static VBox framed(VBox box) {
        box.getStyleClass().addAll("bg-accent-subtle", "border-default");
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private static VBox list(String heading, List<String> points) {
        Label h = new Label(heading);
        h.getStyleClass().add("text-bold");
        h.setWrapText(true);
        VBox list = new VBox(2, h);
        for (String point : points) {
            // the bullet apart from the text, so a wrapped line starts under the text, not the bullet
            Label l = new Label(point);
            l.setWrapText(true);
            HBox.setHgrow(l, Priority.ALWAYS);
            list.getChildren().add(new HBox(8, new Label("•"), l));
        }
        return list;
    }
}
