package com.restwise.bench;

import com.restwise.ui.app.FirstWindowClasses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records the list {@link FirstWindowClasses} loads ahead: opens the first window once from the
 * jar, as {@code java -jar} does (on a fresh data directory, with the head start turned off so
 * the list does not keep itself), and writes every class that loaded before the window was shown
 * and did not come from the JDK's shared archive, in the order they loaded. Lambdas and other
 * generated classes cannot be loaded by name and are left out. Needs a display (Xvfb is fine).
 * Run it again when the first window changes much; a stale list only costs speed. Run after
 * {@code mvn -DskipTests package test-compile} with
 * {@code java -cp target/restwise.jar:target/test-classes com.restwise.bench.FirstWindowClassList}.
 */
public final class FirstWindowClassList {

    static final Path OUTPUT = Path.of("src/main/resources/com/restwise/ui/app", FirstWindowClasses.LIST);

    /** A line of {@code -Xlog:class+load} with the wall-clock decoration. */
    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+)ms\\] (\\S+) source: (.*)$");

    private FirstWindowClassList() {}

    public static void main(String[] args) throws Exception {
        Path log = Files.createTempFile("restwise-class-load", ".log");
        Path data = Files.createTempDirectory("restwise-class-list");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder run = new ProcessBuilder(
                        java,
                        "-Xlog:class+load:file=" + log + ":timemillis",
                        "-D" + FirstWindowClasses.OFF + "=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "com.restwise.Main",
                        "--data-dir=" + data)
                .redirectErrorStream(true);
        run.environment().put("RESTWISE_EXIT_WHEN_SHOWN", "1");
        Process p = run.start();
        long shown = -1;
        for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("shown-at ")) {
                shown = Long.parseLong(line.split(" ")[1]);
            }
        }
        p.waitFor();
        if (shown < 0) {
            throw new IllegalStateException("the first window was never shown (is there a display?)");
        }
        List<String> classes = loadedBefore(Files.readAllLines(log), shown);
        List<String> out = new ArrayList<>();
        out.add("# The classes the first window loaded, in order; written by com.restwise.bench.FirstWindowClassList.");
        out.addAll(classes);
        Files.createDirectories(OUTPUT.getParent());
        Files.write(OUTPUT, out, StandardCharsets.UTF_8);
        Files.delete(log);
        StartupBenchmark.deleteTree(data);
        System.out.printf("%d classes written to %s%n", classes.size(), OUTPUT);
    }

    /** The classes loaded by name before {@code shown}, outside the shared archive, in their order. */
    static List<String> loadedBefore(List<String> logLines, long shown) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : logLines) {
            Matcher m = LOADED.matcher(line);
            if (!m.matches() || Long.parseLong(m.group(1)) > shown) {
                continue;
            }
            String name = m.group(2);
            String source = m.group(3);
            boolean byName = source.startsWith("jrt:/") || source.startsWith("file:") || source.startsWith("jar:");
            if (byName && !name.contains("/") && !name.contains("$$Lambda")) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }
}
