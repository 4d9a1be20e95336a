package com.restwise.cli;

import com.restwise.json.Echo;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words the command line cannot use: one {@code error:} line that names the option and the
 * value (escaped, so a value can neither move the cursor nor forge a line), then the usage of
 * the command it was given to, and exit status 2. picocli's own sentences quote values raw, so
 * they are rewritten here from what the exception holds.
 */
final class UsageErrors implements IParameterExceptionHandler {

    /** Words a command refused after reading them; its message is already escaped. */
    static final class Misuse extends ParameterException {
        Misuse(CommandSpec spec, String message) {
            super(spec.commandLine(), message);
        }
    }

    private final PrintStream err;

    UsageErrors(PrintStream err) {
        this.err = err;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        err.println("error: " + message(ex));
        ex.getCommandLine().usage(err, CommandLine.Help.Ansi.OFF);
        return ExitStatus.of(ex);
    }

    static String message(ParameterException ex) {
        if (ex instanceof Misuse) {
            return ex.getMessage();
        }
        CommandSpec command = ex.getCommandLine().getCommandSpec();
        if (ex instanceof UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(command, unmatched.getUnmatched().get(0));
        }
        if (ex instanceof MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            return name(missing.getMissing().get(0)) + " " + OptionValues.NEEDS_A_VALUE;
        }
        if (ex.getCause() instanceof TypeConversionException rule && ex.getArgSpec() != null) {
            String value = ex.getValue() == null ? "" : ex.getValue();
            return name(ex.getArgSpec()) + " " + rule.getMessage()
                    + (value.isBlank() ? "" : " (got " + Echo.escape(value, Echo.LIMIT) + ")");
        }
        return Echo.escape(ex.getMessage(), 400);
    }

    private static String unmatched(CommandSpec command, String word) {
        String shown = Echo.escape(word, Echo.LIMIT);
        boolean root = command.parent() == null;
        String name = RestwiseCommand.nameOf(command);
        if (word.startsWith("-") && !word.equals("-")) {
            return "unknown option " + shown + (root ? "" : " for " + name);
        }
        if (root) {
            return "unknown command " + shown;
        }
        if (!command.subcommands().isEmpty()) {
            return name + " needs one of "
                    + String.join(
                            ", ",
                            command.subcommands().keySet().stream()
                                    .filter(n -> !n.equals("help"))
                                    .toList()) + " (got " + shown + ")";
        }
        List<?> given = command.positionalParameters().isEmpty()
                ? List.of()
                : command.positionalParameters().get(0).stringValues();
        if (!given.isEmpty()) {
            return name + " takes one " + command.positionalParameters().get(0).paramLabel() + ", but got both "
                    + Echo.name(String.valueOf(given.get(0))) + " and " + Echo.name(word);
        }
        return name + " takes no file name (got " + shown + ")";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
