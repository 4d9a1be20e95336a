package com.restwise.ui.app;

import java.util.List;

/** The layout checks of {@link LayoutAtTextSizesTest} in German, in a test JVM of their own. */
class LayoutAtTextSizesGermanTest extends LayoutAtTextSizesTest {

    @Override
    List<String> languages() {
        return List.of("de");
    }
}
