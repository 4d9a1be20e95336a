package com.restwise.cli;

import com.restwise.cli.UsageErrors.Misuse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every command's words share: {@code --help}, the usage's look, and refusing words by name. */
@Command(synopsisHeading = "usage: ", descriptionHeading = "%n")
abstract class CommandWords implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    /** The words cannot be used: an error line saying why (values in it escaped), then the usage. */
    Misuse misuse(String message) {
        return new Misuse(spec, message);
    }
}
