package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.json.StrictJson;
import com.restwise.report.ReportWriterTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a user runs it, with no display: {@code assess} must never need
 * the JavaFX toolkit.
 */
class JarIT {

    private static final Path JAR = Path.of("target", "restwise.jar");

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {}

    private Run java(String... args) throws Exception {
        return javaWithDisplay(null, args);
    }

    /** Runs the jar with DISPLAY set to {@code display}, or with no display when it is null. */
    private Run javaWithDisplay(String display, String... args) throws Exception {
        return run(display, List.of(), Map.of(), args);
    }

    /** Runs the jar with these JVM options and environment, without a display unless one is named. */
    private Run run(String display, List<String> jvm, Map<String, String> env, String... args) throws Exception {
        // With the installed launcher's compiler and collector (packaging/Installer.java): a
        // short command starts and runs faster so, which on two busy cores halved these runs.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        if (display != null) {
            pb.environment().put("DISPLAY", display);
        }
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        return new Run(
                p.exitValue(),
                Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    /**
     * One run per way of asking: a single profile file, then every example as one batch. (A run
     * per example cost a Java start-up each, about 20 s of the build on 2 cores; the engine's
     * answers to each example are checked in-process by ContractExamplesTest.)
     */
    @Test
    void assessMeetsEveryContractExampleWithoutADisplay() throws Exception {
        List<String> names = ContractExamples.names();
        Run single = java("assess", ContractExamples.profile(names.get(0)).toString());
        assertEquals(0, single.status(), single.err());
        assertEquals("", single.err());
        ContractExamples.check(names.get(0), StrictJson.parse(single.out()).getAsJsonObject());

        Path lines = tmp.resolve("examples.jsonl");
        StringBuilder batch = new StringBuilder();
        for (String name : names) {
            batch.append(StrictJson.parse(Files.readString(ContractExamples.profile(name)))
                            .toString())
                    .append('\n');
        }
        Files.writeString(lines, batch);
        Run r = java("assess", "--batch", lines.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> answers = r.out().lines().toList();
        assertEquals(names.size(), answers.size(), r.out());
        for (int i = 0; i < names.size(); i++) {
            ContractExamples.check(
                    names.get(i), StrictJson.parse(answers.get(i)).getAsJsonObject());
        }
    }

    @Test
    void reportWritesAPdfWithoutADisplay() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        Run r = java(
                "report",
                ContractExamples.profile("saddle-numbness").toString(),
                "--out",
                pdf.toString(),
                "--name",
                "Test Client");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(ReportWriterTest.text(Files.readAllBytes(pdf)).contains("Test Client"));
    }

    /** The report's spine pictures are drawn by Java2D, which must not go looking for a screen. */
    @Test
    void reportWritesAPdfWhenTheDisplayCannotBeReached() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        Run r = javaWithDisplay(
                ":87", "report", ContractExamples.profile("saddle-numbness").toString(), "--out", pdf.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(ReportWriterTest.text(Files.readAllBytes(pdf)).contains("How your spine lies"));
    }

    @Test
    void aBrokenProfileGivesErrorLinesExitTwoAndNoStackTrace() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":900},\"positions\":{\"SIDE\":1}}");
        Run r = java("assess", bad.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(
                "error: sleeper.weightKg: must be between 30 and 300 (got 900)",
                r.err().strip());

        Files.writeString(bad, "[".repeat(10_000));
        Run deep = java("assess", bad.toString());
        assertEquals(2, deep.status());
        assertTrue(deep.err().startsWith("error: "), deep.err());
        assertFalse(deep.err().contains("Exception") || deep.err().contains("\tat "), deep.err());
    }

    /**
     * The first window is timed, and the command line's parser is no part of it: started
     * without arguments (here without a display, so the window fails right after the toolkit
     * is asked for it) the jar loads the launcher but never picocli; a command does load it.
     */
    @Test
    void theWindowStartsWithoutLoadingTheCommandLineParser() throws Exception {
        Map<String, String> env = Map.of("RESTWISE_DATA", tmp.resolve("data").toString());
        Run window = run(null, List.of("-verbose:class"), env);
        assertTrue(window.out().contains("com.restwise.ui.app.DesktopLauncher"), "the window was asked for");
        assertFalse(window.out().contains("picocli"), "picocli loaded for the window");
        Run version = run(null, List.of("-verbose:class"), env, "--version");
        assertEquals(0, version.status(), version.err());
        assertTrue(version.out().contains("picocli.CommandLine "), "a command reads its words with picocli");
        assertFalse(version.out().contains("com.restwise.ui."), "a command never loads the window's classes");
    }

    /** The build writes bash completion from the same classes that read the words. */
    @Test
    void bashCompletesTheCommandsAndTheirOptions() throws Exception {
        String script =
                Path.of("target", "restwise-completion.bash").toAbsolutePath().toString();
        Process p = new ProcessBuilder(
                        "bash",
                        "-c",
                        "source \"$0\" 2>/dev/null; complete_words() {"
                                + " COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};"
                                + " _complete_restwise 2>/dev/null; echo \"${COMPREPLY[*]}\"; };"
                                + " complete_words restwise rec; complete_words restwise records ''; complete_words restwise records import x --on",
                        script)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(
                List.of("records", "list add export import share", "--on-conflict"),
                out.lines().toList(),
                out);
    }

    /**
     * Under LC_ALL=C (cron, ssh, containers) Java cannot hold a non-ASCII file name: the plain jar
     * says so, naming the locale, with status 2 (it was "failed unexpectedly", status 1); the
     * installed launcher starts Java in a UTF-8 locale, and the same name just works.
     */
    @Test
    void aNonAsciiNameUnderTheCLocaleWorksThroughTheLauncherAndIsExplainedByTheJar() throws Exception {
        Path profile = Files.copy(ContractExamples.profile("night-only-pain"), tmp.resolve("Müller.json"));
        Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C");
        Run jar = run(null, List.of(), c, "assess", profile.toString());
        assertEquals(2, jar.status(), jar.err());
        assertEquals("", jar.out());
        assertTrue(jar.err().startsWith("error: PROFILE.json holds letters the locale's character set ("), jar.err());
        assertTrue(jar.err().contains("LC_ALL=C.UTF-8"), jar.err());
        assertFalse(jar.err().contains("Exception"), jar.err());
        Run data = run(
                null,
                List.of(),
                Map.of("LC_ALL", "C", "RESTWISE_DATA", tmp.resolve("Daten-ä").toString()),
                "records",
                "list");
        assertEquals(2, data.status(), data.err());
        assertTrue(data.err().startsWith("error: the name ") && data.err().contains("LC_ALL=C.UTF-8"), data.err());

        Path launcher = installedLauncher();
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "assess", profile.toString());
        pb.environment().putAll(c);
        pb.environment().remove("LC_CTYPE");
        Process p = pb.redirectError(tmp.resolve("err.txt").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("err.txt")));
        ContractExamples.check("night-only-pain", StrictJson.parse(out).getAsJsonObject());
    }

    /** The .deb's launcher (packaging/linux/launcher) over this JDK and the built jar, laid out as installed. */
    private Path installedLauncher() throws Exception {
        Path root = tmp.resolve("opt-restwise");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/runtime/bin"));
        Files.createDirectories(root.resolve("lib/app"));
        Files.createSymbolicLink(
                root.resolve("lib/runtime/bin/java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Files.createSymbolicLink(root.resolve("lib/app/restwise.jar"), JAR.toAbsolutePath());
        String script = Files.readString(Path.of("packaging", "linux", "launcher"))
                .replace("@NAME@", "Restwise")
                .replace("@JAVA_OPTIONS@", "\"-XX:TieredStopAtLevel=1\"")
                .replace("@CLASSPATH@", "\"$APPDIR/restwise.jar\"")
                .replace("@MAIN_CLASS@", "com.restwise.Main");
        Path launcher = root.resolve("bin/Restwise");
        Files.writeString(launcher, script);
        launcher.toFile().setExecutable(true);
        return launcher;
    }

    /**
     * A name that is not UTF-8 reaches Java with U+FFFD in place of its bytes: written as given,
     * the export would land under another name. It is refused, and nothing is written.
     */
    @Test
    void anOutOrDataDirNameThatIsNotUtf8IsRefused() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String bad = tmp + "/$(printf 'x\\377y')";
        for (String words : List.of(
                "records export --out \"" + bad + ".json\"",
                "--data-dir \"" + bad + "\" records list",
                "records list --data-dir \"" + bad + "\"")) {
            ProcessBuilder pb = new ProcessBuilder(
                    "bash",
                    "-c",
                    "exec \"" + java + "\" -XX:TieredStopAtLevel=1 -jar " + JAR + " --data-dir \"" + tmp.resolve("data")
                            + "\" " + words);
            pb.environment().put("LC_ALL", "C.UTF-8");
            Process p = pb.redirectOutput(tmp.resolve("out.txt").toFile())
                    .redirectError(tmp.resolve("err.txt").toFile())
                    .start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            String err = Files.readString(tmp.resolve("err.txt"));
            assertEquals(2, p.exitValue(), words + ": " + err);
            assertTrue(err.startsWith("error: --") && err.contains("is not valid UTF-8"), words + ": " + err);
            try (var files = Files.list(tmp)) {
                assertFalse(
                        files.anyMatch(f -> f.getFileName().toString().startsWith("x")), "nothing written: " + words);
            }
        }
    }
}
