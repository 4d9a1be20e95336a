package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.restwise.engine.Advisor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionCommandTest {

    private String run(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(
                        args,
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .status();
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionNamesTheAppsAndTheEnginesVersion() throws Exception {
        String line = run("--version").trim();
        assertTrue(line.matches("Restwise \\d+\\.\\d+\\.\\d+\\S* \\(engine .+\\)"), line);
        assertTrue(line.endsWith("(engine " + Advisor.ENGINE_VERSION + ")"), line);
    }

    @Test
    void helpListsTheCommands() throws Exception {
        String help = run("--help");
        for (String command : new String[] {" assess ", " report ", "--version", "--data-dir"}) {
            assertTrue(help.contains(command), command + " in:\n" + help);
        }
    }

    /** Each command prints its own options, with status 0; "help COMMAND" says the same. */
    @Test
    void everyCommandHasItsOwnHelp() throws Exception {
        String records = run("records", "add", "--help");
        assertTrue(records.startsWith("usage: restwise records add "), records);
        for (String option : new String[] {"--client", "--batch", "--date", "--notes", "--data-dir"}) {
            assertTrue(records.contains(option), option + " in:\n" + records);
        }
        assertTrue(!records.contains("--top"), "only its own options:\n" + records);
        String assess = run("assess", "-h");
        assertTrue(assess.startsWith("usage: restwise assess ") && assess.contains("--top"), assess);
        assertEquals(assess, run("help", "assess"));
        assertTrue(run("records", "export", "--help").contains("--passphrase-file"));
    }
}
