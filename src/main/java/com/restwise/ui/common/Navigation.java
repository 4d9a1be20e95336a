package com.restwise.ui.common;

import javafx.scene.Scene;

/** Moving between the window's screens, as the pages ask for it. */
public interface Navigation {

    /** Whether an unfinished set of answers was found when the app started. */
    boolean hasDraft();

    void resumeDraft();

    /** Clears all answers and the draft, back to the welcome page; asks before unfinished answers go. */
    void startOver();

    /** Shows the client records in place of the wizard. */
    void showRecords();

    /** Shows the shopper's own saved results in place of the wizard. */
    void showSavedResults();

    /** Shows the help page in the window of this scene. */
    void showHelp(Scene scene);

    /** Shows the about page in the window of this scene. */
    void showAbout(Scene scene);
}
