package com.restwise.ui;

import javafx.application.Application;

/** Starts the desktop app; the only way in from {@code Main} to anything JavaFX. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String dataDirOption) {
        String[] args = dataDirOption == null ? new String[0] : new String[] {"--data-dir=" + dataDirOption};
        Application.launch(RestwiseApp.class, args);
    }
}
