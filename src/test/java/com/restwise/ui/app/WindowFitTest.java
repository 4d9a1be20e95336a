package com.restwise.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens within the screen it is on, from a 1024x600 laptop to a 1920x1080 screen. */
class WindowFitTest {

    @Test
    void aSmallLaptopGetsTheWholeFreeAreaAndNoMore() {
        // 1024x600 less a 24 px panel; the title bar is part of the window's own height
        Rectangle2D free = new Rectangle2D(0, 24, 1024, 576);
        Rectangle2D window = WindowFit.fitted(free, WindowFit.FIRST_WIDTH, WindowFit.FIRST_HEIGHT);
        assertEquals(free, window, "fills the free area, not 958x655 past its bottom");
        assertTrue(
                RestwiseApp.MIN_HEIGHT + LayoutAtTextSizesTest.TITLE_BAR <= 576,
                "the smallest window, with its title bar, fits under the panel: " + RestwiseApp.MIN_HEIGHT);
        assertTrue(RestwiseApp.MIN_WIDTH <= 1024, "and across: " + RestwiseApp.MIN_WIDTH);
    }

    @Test
    void aLargeScreenGetsARoomyWindowInItsMiddle() {
        Rectangle2D free = new Rectangle2D(0, 0, 1920, 1050);
        Rectangle2D window = WindowFit.fitted(free, WindowFit.FIRST_WIDTH, WindowFit.FIRST_HEIGHT);
        assertEquals(new Rectangle2D(320, 95, 1280, 860), window);
    }

    @Test
    void aSizeRememberedFromALargerScreenShrinksToThisOne() {
        Rectangle2D free = new Rectangle2D(1920, 0, 1366, 740);
        Rectangle2D window = WindowFit.fitted(free, 1800, 1000);
        assertEquals(new Rectangle2D(1920, 0, 1366, 740), window, "on the second screen, within it");
    }
}
