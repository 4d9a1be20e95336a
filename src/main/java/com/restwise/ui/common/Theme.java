package com.restwise.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.restwise.storage.Settings;
import java.net.URL;
import javafx.application.Application;
import javafx.scene.Parent;

/** The look every window shares: the AtlantaFX theme, Restwise's stylesheet and the text size. */
public final class Theme {

    private Theme() {}

    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(userAgentStylesheet(theme));
    }

    /**
     * AtlantaFX's Primer theme without the rules of controls the app never shows, as the build
     * makes it (binary, which loads in half the time of parsing CSS); where it was not built (an
     * IDE run), AtlantaFX's own binary form of the whole theme.
     */
    public static String userAgentStylesheet(Settings.Theme theme) {
        boolean dark = theme == Settings.Theme.DARK;
        URL trimmed =
                Theme.class.getResource(dark ? "/com/restwise/ui/theme-dark.bss" : "/com/restwise/ui/theme-light.bss");
        if (trimmed != null) {
            return trimmed.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /**
     * AtlantaFX sizes everything in em from the root font size, so one style class on the root
     * scales the app. A class from our binary stylesheet rather than an inline style: an inline
     * style starts the CSS parser, which cost the first window about 40 ms.
     */
    public static void applyTextSize(Parent root, Settings.TextSize size) {
        for (Settings.TextSize s : Settings.TextSize.values()) {
            root.getStyleClass().remove(textSizeClass(s));
        }
        root.getStyleClass().add(textSizeClass(size));
    }

    public static String textSizeClass(Settings.TextSize size) {
        return "text-size-" + size.percent();
    }

    /** The build's binary stylesheet; the CSS source where it was not built (an IDE run). */
    public static String stylesheet() {
        URL binary = Theme.class.getResource("/com/restwise/ui/restwise.bss");
        return (binary != null ? binary : Theme.class.getResource("/com/restwise/ui/restwise.css")).toExternalForm();
    }
}
