package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first-run welcome page scrolls, but the scroll pane's own skin arrives after the first frame
 * (it cost that frame 50 ms); until then the page stands at the top, whole, at the pane's width.
 */
@ExtendWith(JavaFxToolkit.class)
class FirstRunNoteTest {

    @Test
    void theFirstFrameShowsThePageAndThenItScrolls() throws Exception {
        VBox page = new VBox(new Label("Welcome"));
        for (int i = 0; i < 60; i++) {
            page.getChildren().add(new Label("line " + i));
        }
        ScrollPane scroll = JavaFxToolkit.call(() -> (ScrollPane) FirstRunNote.addTo(page, true, new I18n("en")));
        Stage stage = JavaFxToolkit.call(() -> {
            Stage s = new Stage(StageStyle.UNDECORATED);
            s.setScene(new Scene(scroll, 400, 300));
            scroll.applyCss();
            scroll.layout();
            return s;
        });
        JavaFxToolkit.run(() -> {
            assertFalse(scroll.getSkin() instanceof ScrollPaneSkin, "no scroll pane skin before the first frame");
            assertEquals(0, page.getLayoutY());
            assertEquals(400, page.getWidth(), 0.5, "the page at the pane's width");
            assertTrue(page.getHeight() >= page.prefHeight(400) - 0.5, "the page whole, not squeezed");
            stage.show();
        });
        try {
            JavaFxToolkit.waitUntil("the scroll pane's skin", () -> scroll.getSkin() instanceof ScrollPaneSkin);
            JavaFxToolkit.run(() -> {
                assertNull(scroll.getClip(), "the first frame's clip is gone");
                scroll.setVvalue(1);
                scroll.layout();
                double top = page.localToScene(0, 0).getY();
                assertTrue(top < -100, "it scrolls: the page's top at " + top);
            });
        } finally {
            JavaFxToolkit.run(stage::close);
        }
    }
}
