package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ui.wizard.Step;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The spine picture on the results page: the slider moves the firmness and the picture follows. */
class AlignmentViewTest {

    @TempDir
    Path dataDir;

    private WizardDriver d;

    @BeforeEach
    void toResultsOfASideSleeperOnAFirmMattress() throws Exception {
        d = WizardDriver.start(dataDir);
        d.toMattress("80", "side");
        d.choose("#firmness", 9);
        d.next(2);
        d.noWarningSigns();
        d.next(2);
        d.expectStep(Step.RESULTS);
    }

    @AfterEach
    void stop() throws Exception {
        d.stop();
    }

    private Slider slider() {
        return d.find("#alignment-slider", Slider.class);
    }

    private int[] picture() {
        Canvas canvas = d.find("#alignment-picture", Canvas.class);
        int[][] pixels = new int[1][];
        d.robot.interact(() -> {
            WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            pixels[0] = new int[w * h];
            image.getPixelReader()
                    .getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels[0]), w);
        });
        return pixels[0];
    }

    private void press(KeyCode key, int times) {
        d.scrollIntoView(slider());
        d.robot.interact(() -> slider().requestFocus());
        for (int i = 0; i < times; i++) {
            d.robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theKeyboardMovesTheSliderAndThePictureAndTheSentenceFollow() {
        double target = d.vm().advice().get().firmness().target();
        assertEquals(target, slider().getValue(), 1e-9, "the picture starts at the target");
        String atTarget = d.text("#alignment-sentence");
        assertTrue(
                atTarget.startsWith("At " + d.vm().i18n().number(target) + " your spine stays close to neutral"),
                atTarget);
        int[] before = picture();

        press(KeyCode.RIGHT, 4);
        assertEquals(Math.min(10, target + 2), slider().getValue(), 1e-9, "four half steps");
        assertFalse(atTarget.equals(d.text("#alignment-sentence")));
        assertFalse(Arrays.equals(before, picture()), "the picture is redrawn");

        press(KeyCode.END, 1);
        assertEquals(10, slider().getValue(), 1e-9);
        assertTrue(
                d.text("#alignment-sentence").startsWith("At 10 your waist is unsupported"),
                d.text("#alignment-sentence"));

        press(KeyCode.HOME, 1);
        assertEquals(1, slider().getValue(), 1e-9);
        assertTrue(d.text("#alignment-sentence").contains("sags like a hammock"), d.text("#alignment-sentence"));
    }

    @Test
    void theButtonsJumpToTheCurrentMattressAndBackToTheTarget() {
        d.click("#alignment-to-current");
        assertEquals(9, slider().getValue(), 1e-9);
        assertTrue(d.text("#alignment-sentence").startsWith("At 9 your waist is unsupported"));
        int[] onCurrent = picture();
        d.click("#alignment-to-target");
        assertEquals(d.vm().advice().get().firmness().target(), slider().getValue(), 1e-9);
        assertFalse(Arrays.equals(onCurrent, picture()));
        assertTrue(d.text("#alignment-note").contains("not a measurement"));
    }

    @Test
    void theRangeAndTheCurrentMattressAreMarkedWhereTheSliderTakesThem() {
        d.scrollIntoView(slider());
        Rectangle range = d.find("#alignment-range", Rectangle.class);
        Polygon current = d.find("#alignment-current", Polygon.class);
        double currentX = current.getBoundsInParent().getCenterX();
        assertTrue(range.getX() + range.getWidth() < currentX, "9 lies above the range");
        // Where the thumb sits at the current firmness is where the marker is.
        d.click("#alignment-to-current");
        Node thumb = slider().lookup(".thumb");
        double thumbX = slider().sceneToLocal(thumb.localToScene(thumb.getLayoutBounds()))
                .getCenterX();
        assertEquals(thumbX, currentX, 3, "marker under the thumb");
    }

    @Test
    void theResultsOpenAtTheTopAndTabbingToTheSliderShowsThePictureItMoves() {
        ScrollPane scroll = d.find("#page-scroll", ScrollPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll.getVvalue(), 1e-9, "the firmness, not the slider, is what one reads first");
        assertFalse(slider().isFocused());
        // "Why this firmness?" beside the gauge comes first; the slider follows within a few Tabs
        List<String> passed = new ArrayList<>();
        for (int tabs = 0; tabs < 4 && !slider().isFocused(); tabs++) {
            d.robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = d.stage.getScene().getFocusOwner();
            passed.add(focused == null ? "nothing" : focused.getTypeSelector() + "#" + focused.getId());
        }
        assertTrue(slider().isFocused(), "Tab reached " + passed);
        Canvas canvas = d.find("#alignment-picture", Canvas.class);
        Bounds picture = canvas.localToScene(canvas.getLayoutBounds());
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(
                picture.getMinY() >= viewport.getMinY() && picture.getMaxY() <= viewport.getMaxY(),
                "picture " + picture + " within " + viewport);
        d.robot.type(KeyCode.HOME);
        d.robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, slider().getValue(), 1e-9);
        Bounds after = canvas.localToScene(canvas.getLayoutBounds());
        assertTrue(
                after.getMinY() >= viewport.getMinY() && after.getMaxY() <= viewport.getMaxY(),
                "Home and End move the slider, not the page: " + after);
    }

    @Test
    void zoningChangesThePicture() {
        int[] plain = picture();
        d.click("#alignment-zoned");
        assertFalse(Arrays.equals(plain, picture()));
    }
}
