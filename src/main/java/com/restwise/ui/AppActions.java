package com.restwise.ui;

import com.restwise.storage.Settings;

/** What pages ask of the app beyond the wizard's answers: resuming, language, theme. */
interface AppActions {

    /** Whether an unfinished set of answers was found when the app started. */
    boolean hasDraft();

    void resumeDraft();

    /** Clears all answers and the draft, back to the welcome page. */
    void startOver();

    Settings settings();

    void changeLanguage(String lang);

    void changeTheme(Settings.Theme theme);

    void changeTextSize(Settings.TextSize size);
}
