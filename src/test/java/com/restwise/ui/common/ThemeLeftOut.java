package com.restwise.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The style classes whose rules the build leaves out of the theme, as src/build/theme-left-out.txt lists them. */
public final class ThemeLeftOut {

    private ThemeLeftOut() {}

    public static Set<String> styleClasses() {
        try {
            return Files.readAllLines(Path.of("src/build/theme-left-out.txt")).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
