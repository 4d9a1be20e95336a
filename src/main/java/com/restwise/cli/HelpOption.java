package com.restwise.cli;

import picocli.CommandLine.Option;

/** {@code --help} on every command: that command's usage, exit status 0. */
final class HelpOption {

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "this command's usage")
    boolean help;
}
