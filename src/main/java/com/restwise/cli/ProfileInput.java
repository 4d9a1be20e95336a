package com.restwise.cli;

import picocli.CommandLine.Parameters;

/** The profile a command reads ({@code assess}, {@code report}, {@code records add}): a file or - for standard input. */
final class ProfileInput {

    @Parameters(
            arity = "0..1",
            paramLabel = "PROFILE.json",
            converter = OptionValues.FileName.class,
            description = "the profile, or - for standard input")
    String file;
}
