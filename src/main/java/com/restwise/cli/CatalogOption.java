package com.restwise.cli;

import picocli.CommandLine.Option;

/** {@code --catalog} of {@code assess} and {@code report}: a shop's own catalog, else the shipped one (null). */
final class CatalogOption {

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            converter = OptionValues.FileName.class,
            description = "rank a shop's own catalog instead of the shipped one")
    String file;
}
