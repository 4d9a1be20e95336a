package com.restwise;

import com.restwise.cli.Cli;
import com.restwise.cli.ExitStatus;
import com.restwise.ui.app.DesktopLauncher;
import java.nio.file.InvalidPathException;

/**
 * The jar's entry point. A plain class rather than the JavaFX {@code Application}: launched
 * from a plain classpath, a main class that extends {@code Application} fails with "JavaFX
 * runtime components are missing". It also keeps the commands from ever loading JavaFX,
 * so the command line runs on machines with no display.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // The report's pictures are drawn by Java2D into images, which needs no screen; but with
        // DISPLAY set to a screen it cannot reach (an SSH session), Java2D fails before drawing.
        // JavaFX does not read this flag, and Restwise opens no AWT windows. Set before any AWT
        // class decides it.
        System.setProperty("java.awt.headless", "true");
        int status;
        try {
            // The first window is timed: opening it reads no command line (nor loads its parser).
            String dataDir = windowOnly(args);
            if (dataDir != null) {
                DesktopLauncher.launch(dataDir.isEmpty() ? null : dataDir);
                return;
            }
            Cli.Outcome outcome = Cli.run(args, System.in, System.out, System.err);
            if (outcome.openWindow()) {
                DesktopLauncher.launch(outcome.dataDir());
                return;
            }
            status = outcome.status();
        } catch (InvalidPathException e) {
            // a name from the environment ($RESTWISE_DATA) that the locale cannot hold
            System.err.println("error: " + Cli.problem(e));
            status = ExitStatus.of(e);
        } catch (RuntimeException | Error e) {
            // A bug, not bad input; still no stack trace for the user.
            System.err.println("error: Restwise failed unexpectedly (" + e + "); please report this.");
            status = ExitStatus.FAILED;
        }
        System.out.flush();
        System.exit(status);
    }

    /**
     * The data directory when the arguments only open the window ("" for the usual one): none,
     * or just {@code --data-dir=DIR}, as the launchers and the start-up benchmark give it; null
     * for anything else, which the command line reads.
     */
    private static String windowOnly(String[] args) {
        if (args.length == 0) {
            return "";
        }
        String prefix = "--data-dir=";
        if (args.length == 1
                && args[0].startsWith(prefix)
                && !args[0].substring(prefix.length()).isBlank()
                && args[0].indexOf('\uFFFD') < 0) {
            return args[0].substring(prefix.length());
        }
        return null;
    }
}
