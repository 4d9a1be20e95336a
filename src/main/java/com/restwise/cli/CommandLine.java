package com.restwise.cli;

import com.restwise.AppVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line commands. Nothing here touches JavaFX: {@code assess} runs on machines
 * with no display.
 */
public final class CommandLine {

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar restwise.jar [--data-dir DIR]                 open the desktop app",
            "       java -jar restwise.jar assess PROFILE.json [options]     advice for one profile",
            "       java -jar restwise.jar assess --batch FILE.jsonl [options]",
            "                                                              one profile per line, one answer per line",
            "       java -jar restwise.jar report PROFILE.json --out report.pdf|FOLDER [--name \"Client name\"]",
            "                                 [--notes TEXT] [--practice NAME] [--therapist NAME]",
            "                                 [--paper A4|LETTER] [options]  a printable PDF of the advice",
            "       java -jar restwise.jar records list                     clients as JSON, with consultation counts",
            "       java -jar restwise.jar records add PROFILE.json --client NAME [--date YYYY-MM-DD] [--notes TEXT]",
            "       java -jar restwise.jar records add --batch FILE.jsonl --client NAME",
            "                                 save consultations, with the advice computed now",
            "       java -jar restwise.jar records export --out FILE [--client NAME] [--passphrase-file F]",
            "       java -jar restwise.jar records import FILE [--on-conflict skip|replace|keep-both] [--passphrase-file F]",
            "",
            "PROFILE.json or FILE.jsonl may be - for standard input.",
            "options:",
            "  --catalog FILE   rank a shop's own catalog instead of the shipped one",
            "  --top N          how many mattress options, 1 to 100 (default 5)",
            "  --lang en|de     language of every text in the advice and the report (default en)",
            "  --data-dir DIR   where the app keeps settings and records (else $RESTWISE_DATA,",
            "                   else the system's per-user data folder)",
            "  --help           this text",
            "  --version        the app's and the engine's version",
            "",
            "records: a file with clients already in the records is refused unless --on-conflict says what to do;",
            "  --passphrase-file F seals an export (AES-256-GCM) with the first line of F, or opens a sealed one.",
            "",
            "Exit status: 0 done; 2 invalid input, arguments or records problems (errors on standard error).");

    private CommandLine() {
    }

    /** What the arguments ask for, once global options are taken off. */
    public record Invocation(String dataDir, String command, List<String> rest) {
    }

    public static Invocation parse(String[] args) throws UsageException {
        String dataDir = null;
        int i = 0;
        while (i < args.length && args[i].startsWith("--data-dir")) {
            if (args[i].startsWith("--data-dir=")) {
                dataDir = args[i].substring("--data-dir=".length());
                i++;
            } else if (args[i].equals("--data-dir")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("--data-dir needs a directory");
                }
                dataDir = args[i + 1];
                i += 2;
            } else {
                throw new UsageException("unknown option " + args[i]);
            }
        }
        if (dataDir != null && dataDir.isBlank()) {
            throw new UsageException("--data-dir needs a directory");
        }
        String command = i < args.length ? args[i] : null;
        List<String> rest = new ArrayList<>();
        for (int j = i + 1; j < args.length; j++) {
            rest.add(args[j]);
        }
        return new Invocation(dataDir, command, rest);
    }

    /** Runs a command-line command; the caller handles the no-command case (the desktop app). */
    public static int run(Invocation call, InputStream stdin, OutputStream stdout, PrintStream err) {
        try {
            return switch (call.command()) {
                case "assess" -> {
                    if (call.rest().contains("--help") || call.rest().contains("-h")) {
                        print(stdout, USAGE);
                        yield 0;
                    }
                    Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
                    yield new AssessCommand().run(AssessOptions.parse(call.rest()), stdin, out, err);
                }
                case "report" -> {
                    if (call.rest().contains("--help") || call.rest().contains("-h")) {
                        print(stdout, USAGE);
                        yield 0;
                    }
                    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
                    yield new ReportCommand().run(ReportOptions.parse(call.rest()), stdin, out, err);
                }
                case "--version", "-V" -> {
                    print(stdout, AppVersion.line());
                    yield 0;
                }
                case "records" -> {
                    if (call.rest().contains("--help") || call.rest().contains("-h")) {
                        print(stdout, USAGE);
                        yield 0;
                    }
                    PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
                    yield new RecordsCommand().run(RecordsOptions.parse(call.rest()), call.dataDir(), stdin, out, err);
                }
                case "--help", "-h", "help" -> {
                    print(stdout, USAGE);
                    yield 0;
                }
                default -> throw new UsageException("unknown command " + call.command());
            };
        } catch (UsageException e) {
            return usageError(e.getMessage(), err);
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return AssessCommand.INVALID;
        }
    }

    public static int usageError(String message, PrintStream err) {
        err.println("error: " + message);
        err.println(USAGE);
        return AssessCommand.INVALID;
    }

    private static void print(OutputStream stdout, String text) {
        PrintStream out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        out.println(text);
        out.flush();
    }
}
