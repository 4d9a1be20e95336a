package com.restwise.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.BundleFiles;
import com.restwise.engine.EngineTexts;
import com.restwise.engine.TextBundles;
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
        assertAllUsed(BundleFiles.keys(I18n.BUNDLE, "en"), literals("ui"));
    }

    /** The texts the window shares with the report: each is used by one of them or the engine. */
    @Test
    void everySharedKeyIsUsed() throws IOException {
        Set<String> literals = literals("ui");
        literals.addAll(literals("report"));
        literals.addAll(literals("engine"));
        assertAllUsed(BundleFiles.keys(TextBundles.ADVICE, "en"), literals);
    }

    private static void assertAllUsed(Set<String> keys, Set<String> literals) {
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
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

    private static Set<String> literals(String pkg) throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/restwise", pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }
}
