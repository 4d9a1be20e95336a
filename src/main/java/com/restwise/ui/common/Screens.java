package com.restwise.ui.common;

import javafx.scene.Parent;
import javafx.stage.Window;

/** The window the screens take turns in, for a feature that shows its own screen or dialogs. */
public interface Screens {

    /** The window, the owner of every dialog. */
    Window window();

    /** The texts in the language chosen now. */
    I18n i18n();

    /** Another screen in place of the one shown, at the chosen text size. */
    void show(Parent root);
}
