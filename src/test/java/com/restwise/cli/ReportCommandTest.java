package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.ContractExamples;
import com.restwise.report.ReportWriterTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesAPdfOfTheAdviceForTheNamedClient() throws Exception {
        Path out = tmp.resolve("report.pdf");
        AssessCommandTest.Result r = AssessCommandTest.run(
                "",
                "report",
                ContractExamples.profile("young-inflammatory-pattern").toString(),
                "--out",
                out.toString(),
                "--name",
                "Jan Novák",
                "--paper",
                "letter");
        assertEquals(0, r.status(), r.err());
        String text = ReportWriterTest.text(Files.readAllBytes(out));
        assertTrue(text.contains("Client: Jan Novák"));
        assertTrue(text.contains("inflammatory back condition"), "the medical text");
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)),
                "a report holds health data");
    }

    @Test
    void theNotesThePracticeAndTheTherapistPrintWhenGivenAndAFolderGetsTheUsualName() throws Exception {
        AssessCommandTest.Result r = AssessCommandTest.run(
                "",
                "report",
                ContractExamples.profile("night-only-pain").toString(),
                "--out",
                tmp.toString(),
                "--name",
                "Anna Berg",
                "--notes",
                "Pillow between the knees.",
                "--practice",
                "Physio am Park",
                "--therapist",
                "Jana Meier");
        assertEquals(0, r.status(), r.err());
        Path written = tmp.resolve("Restwise - Anna Berg - " + LocalDate.now() + ".pdf");
        assertEquals("wrote " + written, r.out().strip());
        String text = ReportWriterTest.text(Files.readAllBytes(written));
        assertTrue(
                text.startsWith("Physio am Park Sleep and mattress report Client: Anna Berg Therapist: Jana Meier"),
                text.substring(0, 120));
        assertTrue(text.contains("Consultation notes Pillow between the knees."), text);

        Path plain = tmp.resolve("plain.pdf");
        assertEquals(
                0,
                AssessCommandTest.run(
                                "",
                                "report",
                                ContractExamples.profile("night-only-pain").toString(),
                                "--out",
                                plain.toString())
                        .status());
        String anonymous = ReportWriterTest.text(Files.readAllBytes(plain));
        assertTrue(
                anonymous.startsWith("Sleep and mattress report Anonymous report Date:"), anonymous.substring(0, 80));
        assertFalse(anonymous.contains("Therapist") || anonymous.contains("Consultation notes"));
    }

    @Test
    void anInvalidProfileGivesErrorLinesAndNoFile() throws Exception {
        Path out = tmp.resolve("report.pdf");
        AssessCommandTest.Result r = AssessCommandTest.run(
                "{\"schemaVersion\":1,\"sleeper\":{\"weightKg\":900},\"positions\":{\"SIDE\":1}}",
                "report",
                "-",
                "--out",
                out.toString());
        assertEquals(2, r.status());
        assertEquals(List.of("error: sleeper.weightKg: must be between 30 and 300 (got 900)"), r.errLines());
        assertFalse(Files.exists(out));
    }

    @Test
    void badArgumentsShowTheUsage() throws Exception {
        String profile = ContractExamples.profile("night-only-pain").toString();
        for (String[] args : List.of(
                new String[] {"report", profile},
                new String[] {"report", profile, "--out"},
                new String[] {"report", profile, "--out", "x.pdf", "--paper", "A5"},
                new String[] {"report", "--out", "x.pdf"},
                new String[] {"report", profile, "--out", "x.pdf", "--frob"})) {
            AssessCommandTest.Result r = AssessCommandTest.run("", args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertTrue(r.err().startsWith("error: ") && r.err().contains("usage:"), r.err());
        }
    }

    @Test
    void anOutputFolderThatDoesNotExistOrCannotBeWrittenIsNamed() throws Exception {
        String profile = ContractExamples.profile("night-only-pain").toString();
        AssessCommandTest.Result missing = AssessCommandTest.run(
                "", "report", profile, "--out", tmp.resolve("no/such/dir/r.pdf").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        locked.toFile().setWritable(false);
        try {
            if (!Files.isWritable(locked)) { // root can write anywhere; the check is moot then
                AssessCommandTest.Result r = AssessCommandTest.run(
                        "", "report", profile, "--out", locked.resolve("r.pdf").toString());
                assertEquals(2, r.status());
                assertTrue(
                        r.err().startsWith("error: The folder of " + locked.resolve("r.pdf") + " cannot be written"),
                        r.err());
            }
        } finally {
            locked.toFile().setWritable(true);
        }
    }
}
