package com.restwise.cli;

import com.restwise.AppVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code restwise}: the desktop app without a command, else one of the commands. A new command
 * or command group (clinic mode's {@code clinic}) is one more class in {@code subcommands}.
 */
@Command(
        name = "restwise",
        subcommands = {
            AssessArguments.class,
            ReportArguments.class,
            RecordsArguments.class,
            ClinicArguments.class,
            HelpCommand.class
        },
        versionProvider = RestwiseCommand.Version.class,
        synopsisHeading = "",
        customSynopsis = {
            "usage: restwise [--data-dir DIR]                     open the desktop app",
            "       restwise assess PROFILE.json [options]        advice for one profile",
            "       restwise assess --batch FILE.jsonl [options]  one answer per line",
            "       restwise report PROFILE.json --out FILE.pdf   a printable PDF",
            "       restwise records list|add|export|import|share the client records",
            "       restwise clinic init|add-user|list-users|...  the practice database",
            "       restwise COMMAND --help                       a command's options",
            "(restwise as installed; from the jar, java -jar restwise.jar)"
        },
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions:%n",
        footerHeading = "%n",
        footer = {"PROFILE.json and FILE.jsonl may be - for standard input.", ExitStatus.HELP})
public final class RestwiseCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            converter = OptionValues.FileName.class,
            description = "where the app keeps settings and records (else $RESTWISE_DATA, else the system's "
                    + "per-user data folder)")
    String dataDir;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "this text")
    boolean help;

    @Option(
            names = {"-V", "--version"},
            versionHelp = true,
            description = "the app's and the engine's version")
    boolean version;

    private final Streams streams;
    private boolean windowAsked;

    /** For the build's completion script, which only reads the commands and their options. */
    public RestwiseCommand() {
        this(new Streams(System.in, System.out, System.err));
    }

    RestwiseCommand(Streams streams) {
        this.streams = streams;
    }

    /** No command: the desktop app opens, after the command line is done. */
    @Override
    public Integer call() {
        windowAsked = true;
        return ExitStatus.OK;
    }

    Streams streams() {
        return streams;
    }

    boolean windowAsked() {
        return windowAsked;
    }

    /** A command's name as the user typed it after "restwise": "assess", "records add". */
    static String nameOf(CommandSpec command) {
        return command.qualifiedName(" ").replaceFirst("^\\S+ ", "");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {AppVersion.line()};
        }
    }
}
