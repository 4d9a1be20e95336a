package com.restwise.cli;

import com.google.gson.JsonElement;
import com.restwise.engine.catalog.Catalog;
import com.restwise.json.CatalogReader;
import com.restwise.json.Echo;
import com.restwise.json.InvalidInputException;
import com.restwise.json.StrictJson;
import com.restwise.storage.StorageTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the command line's input files, with the same error lines for every command. */
final class Inputs {

    private Inputs() {}

    /** The JSON document of a file or of standard input ("-"); file-level problems name the source. */
    static JsonElement document(String input, InputStream stdin) throws InvalidInputException, IOException {
        try {
            return StrictJson.parse(input.equals("-") ? StrictJson.readText(stdin) : readFile(input));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    e.problems().stream().map(p -> name(input) + ": " + p).toList());
        }
    }

    /** The shipped catalog, or a shop's own; null after printing its problems. */
    static Catalog catalog(String file, PrintStream err) throws IOException {
        if (file == null) {
            return CatalogReader.shipped();
        }
        try {
            return new CatalogReader().parse(readFile(file));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("error: catalog " + name(file) + ": " + p));
            return null;
        }
    }

    static String readFile(String file) throws InvalidInputException, IOException {
        try (InputStream in = open(file)) {
            return StrictJson.readText(in);
        }
    }

    static InputStream open(String file) throws InvalidInputException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new InvalidInputException("is a directory, not a file");
        }
        if (!Files.exists(path)) {
            throw new InvalidInputException("no such file");
        }
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new InvalidInputException(
                    e instanceof AccessDeniedException
                            ? "cannot be read: you have no permission to read it"
                            : "cannot be read (" + StorageTexts.systemWords(e) + ")");
        }
    }

    /** The input as error lines name it, escaped. */
    static String name(String input) {
        return input.equals("-") ? "standard input" : Echo.name(input);
    }
}
