package com.restwise.cli;

import com.restwise.json.Echo;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The command line: reads the words with picocli and runs the command they name. Nothing here
 * touches JavaFX, so the commands run on machines with no display.
 */
public final class Cli {

    private Cli() {}

    /** How a run ended: a command with its exit status, or no command, so the desktop app opens. */
    public record Outcome(int status, boolean openWindow, String dataDir) {}

    public static Outcome run(String[] args, InputStream in, OutputStream out, PrintStream terminal) {
        PrintStream err = new ErrorStream(terminal);
        RestwiseCommand root = new RestwiseCommand(new Streams(in, out, err));
        CommandLine words = new CommandLine(root)
                .setOverwrittenOptionsAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF))
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setParameterExceptionHandler(new UsageErrors(err))
                .setExecutionExceptionHandler((failure, command, parsed) -> {
                    int status = ExitStatus.of(failure);
                    if (status == ExitStatus.FAILED) {
                        throw failure;
                    }
                    err.println("error: " + problem(failure));
                    return status;
                });
        int status = words.execute(args);
        return new Outcome(status, root.windowAsked(), root.dataDir);
    }

    /** The one line a failure that is not a bug prints; what the user gave is escaped. */
    public static String problem(Exception failure) {
        if (failure instanceof InvalidPathException e) {
            return "the name " + Echo.name(e.getInput()) + " " + OptionValues.unreadableName();
        }
        return Echo.sentence(String.valueOf(failure.getMessage()));
    }
}
