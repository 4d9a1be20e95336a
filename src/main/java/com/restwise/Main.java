package com.restwise;

import com.restwise.cli.CommandLine;
import com.restwise.cli.UsageException;
import com.restwise.ui.app.DesktopLauncher;

/**
 * The jar's entry point. A plain class rather than the JavaFX {@code Application}: launched
 * from a plain classpath, a main class that extends {@code Application} fails with "JavaFX
 * runtime components are missing". It also keeps {@code assess} from ever loading JavaFX,
 * so the command line runs on machines with no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The report's pictures are drawn by Java2D into images, which needs no screen; but with
        // DISPLAY set to a screen it cannot reach (an SSH session), Java2D fails before drawing.
        // JavaFX does not read this flag, and Restwise opens no AWT windows. Set before any AWT
        // class decides it.
        System.setProperty("java.awt.headless", "true");
        int status;
        try {
            CommandLine.Invocation call = CommandLine.parse(args);
            if (call.command() == null) {
                DesktopLauncher.launch(call.dataDir());
                return;
            }
            status = CommandLine.run(call, System.in, System.out, System.err);
        } catch (UsageException e) {
            status = CommandLine.usageError(e.getMessage(), System.err);
        } catch (RuntimeException | Error e) {
            // A bug, not bad input; still no stack trace for the user.
            System.err.println("error: Restwise failed unexpectedly (" + e + "); please report this.");
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }
}
