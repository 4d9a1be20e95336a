package com.restwise.cli;

import picocli.CommandLine.Option;

/** {@code --notes} of {@code report} and {@code records add}: the consultation's notes, or null. */
final class NotesOption {

    @Option(names = "--notes", paramLabel = "TEXT", description = "the consultation's notes")
    String text;
}
