package com.restwise.cli;

import com.restwise.report.Paper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The words of {@code report}, read into {@link ReportOptions} for {@link ReportCommand}. */
@Command(
        name = "report",
        description = "A printable PDF of the advice for a profile (anonymous without --name). Given a "
                + "folder as --out, it writes the name the app offers.")
final class ReportArguments extends CommandWords {

    @ParentCommand
    RestwiseCommand root;

    @Mixin
    ProfileInput input;

    @Option(
            names = "--out",
            paramLabel = "FILE.pdf|FOLDER",
            converter = OptionValues.FileName.class,
            description = "where the PDF goes")
    String out;

    @Option(names = "--name", paramLabel = "NAME", description = "the client's name, printed on the report")
    String name;

    @Mixin
    NotesOption notes;

    @Option(names = "--practice", paramLabel = "NAME", description = "the practice, at the report's head")
    String practice;

    @Option(names = "--therapist", paramLabel = "NAME", description = "the therapist, at the report's head")
    String therapist;

    @Option(
            names = "--paper",
            paramLabel = "A4|LETTER",
            converter = OptionValues.PaperSize.class,
            description = "paper size (default A4)")
    String paper;

    @Mixin
    CatalogOption catalog;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            converter = OptionValues.Lang.class,
            description = "language of the report (default en)")
    String lang = "en";

    @Override
    public Integer call() throws IOException {
        if (input.file == null) {
            throw misuse("report needs a profile file, or - for standard input");
        }
        if (out == null) {
            throw misuse("report needs --out FILE.pdf (or a folder for the usual name)");
        }
        Streams streams = root.streams();
        // The paper's name until here: picocli reads an option's enum type when it builds the
        // commands, and Paper would load the PDF library for every command.
        ReportOptions options = new ReportOptions(
                input.file,
                out,
                name,
                paper == null ? Paper.A4 : Paper.valueOf(paper),
                catalog.file,
                lang,
                notes.text,
                practice,
                therapist);
        return new ReportCommand()
                .run(
                        options,
                        streams.in(),
                        new PrintStream(streams.out(), true, StandardCharsets.UTF_8),
                        streams.err());
    }
}
