package com.restwise;

import com.restwise.cli.Cli;
import com.restwise.engine.Advisor;
import com.restwise.json.AdviceWriter;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example pair of the shared contract, through the engine and through the command line. */
class ContractExamplesTest {

    static List<String> examples() throws Exception {
        return ContractExamples.names();
    }

    @ParameterizedTest(name = "engine: {0}")
    @MethodSource("examples")
    void theEngineMeetsEachExample(String name) throws Exception {
        var profile = new ProfileReader().parse(Files.readString(ContractExamples.profile(name)));
        var advice = new Advisor().assess(profile, CatalogReader.shipped(), Advisor.DEFAULT_TOP, "en");
        ContractExamples.check(
                name, StrictJson.parse(AdviceWriter.toJson(advice, false)).getAsJsonObject());
    }

    @ParameterizedTest(name = "assess: {0}")
    @MethodSource("examples")
    void theCommandLineMeetsEachExample(String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(
                        new String[] {"assess", ContractExamples.profile(name).toString()},
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .status();
        Assertions.assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Assertions.assertEquals("", err.toString(StandardCharsets.UTF_8));
        ContractExamples.check(
                name, StrictJson.parse(out.toString(StandardCharsets.UTF_8)).getAsJsonObject());
    }
}
