package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.restwise.storage.Settings;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.CompoundSelector;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The build's theme is AtlantaFX's, less the rules of the controls on the left-out list, and
 * nothing else: every other selector, in AtlantaFX's order, with the same declarations.
 */
class ThemeTest {

    @ParameterizedTest
    @EnumSource(Settings.Theme.class)
    void theBuildsThemeIsAtlantaFxsLessOnlyTheControlsLeftOut(Settings.Theme theme) throws IOException {
        String built = Theme.userAgentStylesheet(theme);
        assertTrue(built.endsWith(theme == Settings.Theme.DARK ? "/theme-dark.bss" : "/theme-light.bss"), built);
        String whole = theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS();
        Set<String> leftOut = ThemeLeftOut.styleClasses();

        List<String> expected = new ArrayList<>();
        int dropped = 0;
        whole = Theme.class.getResource(whole).toExternalForm();
        for (Rule rule : Stylesheet.loadBinary(new URL(whole)).getRules()) {
            for (Selector s : rule.getSelectors()) {
                if (leftOut(s, leftOut)) {
                    dropped++;
                } else {
                    expected.add(text(s, rule, whole));
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (Rule rule : Stylesheet.loadBinary(new URL(built)).getRules()) {
            for (Selector s : rule.getSelectors()) {
                assertFalse(leftOut(s, leftOut), s + " should have been left out");
                actual.add(text(s, rule, built));
            }
        }
        assertTrue(dropped > 400, "the list leaves out what it names: " + dropped + " selectors");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "selector " + i);
        }
        assertEquals(expected.size(), actual.size(), "selectors kept");
    }

    /**
     * A selector with its rule's declarations. A URL in a value keeps the stylesheet's own address,
     * which is not the same: the theme's URLs are all data or absolute, so it resolves nothing.
     */
    private static String text(Selector s, Rule rule, String stylesheet) {
        return (s + " {" + rule.getDeclarations() + "}").replace(stylesheet, "<theme>");
    }

    /** Whether the selector's first part (before any combinator) names a style class left out. */
    private static boolean leftOut(Selector s, Set<String> leftOut) {
        Selector first = s instanceof CompoundSelector c ? c.getSelectors().get(0) : s;
        return ((SimpleSelector) first).getStyleClasses().stream().anyMatch(leftOut::contains);
    }
}
