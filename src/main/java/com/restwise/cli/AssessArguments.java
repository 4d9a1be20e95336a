package com.restwise.cli;

import com.restwise.engine.Advisor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The words of {@code assess}, read into {@link AssessOptions} for {@link AssessCommand}. */
@Command(
        name = "assess",
        description = "The advice JSON for a profile; with --batch, one answer line per profile line (an "
                + "invalid line is answered with its errors).")
final class AssessArguments extends CommandWords {

    @ParentCommand
    RestwiseCommand root;

    @Mixin
    ProfileInput input;

    // "--batch FILE" and "--batch" before or after the file both name the file as today
    @Option(
            names = "--batch",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "FILE.jsonl",
            converter = OptionValues.FileNameOrNone.class,
            description = "one profile per line, - for standard input")
    String batch;

    @Mixin
    CatalogOption catalog;

    @Option(
            names = "--top",
            paramLabel = "N",
            converter = OptionValues.Top.class,
            description = "how many mattress options, 1 to 100 (default 5)")
    int top = Advisor.DEFAULT_TOP;

    @Option(
            names = "--lang",
            paramLabel = "en|de",
            converter = OptionValues.Lang.class,
            description = "language of every text in the advice (default en)")
    String lang = "en";

    @Override
    public Integer call() throws IOException {
        String file = input.file;
        if (batch != null && !batch.isEmpty()) {
            if (file != null) {
                throw misuse(
                        "assess takes one input, but got both " + Inputs.name(batch) + " and " + Inputs.name(file));
            }
            file = batch;
        }
        if (file == null) {
            throw misuse(
                    batch != null
                            ? "assess --batch needs a JSON Lines file, or - for standard input"
                            : "assess needs a profile file, or - for standard input");
        }
        Streams streams = root.streams();
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), 1 << 16);
        return new AssessCommand()
                .run(new AssessOptions(file, batch != null, catalog.file, top, lang), streams.in(), out, streams.err());
    }
}
