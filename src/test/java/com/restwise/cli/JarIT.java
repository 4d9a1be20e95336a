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

    record Run(int status, String out, String err) {
    }

    private Run java(String... args) throws Exception {
        return javaWithDisplay(null, args);
    }

    /** Runs the jar with DISPLAY set to {@code display}, or with no display when it is null. */
    private Run javaWithDisplay(String display, String... args) throws Exception {
        // With the installed launcher's compiler and collector (packaging/Installer.java): a
        // short command starts and runs faster so, which on two busy cores halved these runs.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
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
        return new Run(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
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
            batch.append(StrictJson.parse(Files.readString(ContractExamples.profile(name))).toString()).append('\n');
        }
        Files.writeString(lines, batch);
        Run r = java("assess", "--batch", lines.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> answers = r.out().lines().toList();
        assertEquals(names.size(), answers.size(), r.out());
        for (int i = 0; i < names.size(); i++) {
            ContractExamples.check(names.get(i), StrictJson.parse(answers.get(i)).getAsJsonObject());
        }
    }

    @Test
    void reportWritesAPdfWithoutADisplay() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        Run r = java("report", ContractExamples.profile("saddle-numbness").toString(), "--out", pdf.toString(),
                "--name", "Test Client");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(ReportWriterTest.text(Files.readAllBytes(pdf)).contains("Test Client"));
    }

    /** The report's spine pictures are drawn by Java2D, which must not go looking for a screen. */
    @Test
    void reportWritesAPdfWhenTheDisplayCannotBeReached() throws Exception {
        Path pdf = tmp.resolve("report.pdf");
        Run r = javaWithDisplay(":87", "report", ContractExamples.profile("saddle-numbness").toString(),
                "--out", pdf.toString());
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
        assertEquals("error: sleeper.weightKg: must be between 30 and 300 (got 900)", r.err().strip());

        Files.writeString(bad, "[".repeat(10_000));
        Run deep = java("assess", bad.toString());
        assertEquals(2, deep.status());
        assertTrue(deep.err().startsWith("error: "), deep.err());
        assertFalse(deep.err().contains("Exception") || deep.err().contains("\tat "), deep.err());
    }
}
