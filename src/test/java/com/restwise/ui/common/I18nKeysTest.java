package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.BundleFiles;
import com.restwise.engine.EngineTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A second language cannot rot: every key exists in every language and every key is used. */
class I18nKeysTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][a-zA-Z0-9_.-]*)\"");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> english = BundleFiles.keys(I18n.BUNDLE, "en");
        for (String lang : EngineTexts.LANGUAGES) {
            assertEquals(english, BundleFiles.keys(I18n.BUNDLE, lang), lang);
        }
    }

    @Test
    void everyKeyIsUsedByTheInterface() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/restwise/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>();
        for (String key : new I18n("en").keys()) {
            // a key is used as a literal, or built from a literal prefix and a value ("step." + step)
            boolean used = literals.contains(key)
                    || literals.stream()
                            .anyMatch(l -> l.endsWith(".") && key.startsWith(l) && key.indexOf('.', l.length()) < 0);
            if (!used) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "unused keys: " + unused);
    }
}
