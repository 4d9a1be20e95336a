package com.restwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.restwise.ContractExamples;
import com.restwise.engine.Advisor;
import com.restwise.json.AdviceWriter;
import com.restwise.json.CatalogReader;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code assess}'s output is the engine's answer byte for byte, whatever way its options are
 * written: the move of the command line's parsing to picocli was checked against the jar before
 * it, and this keeps the words and the answer tied.
 */
class AssessOutputTest {

    @Test
    void everyExampleInBothLanguagesAndAtAnyTopIsTheEnginesAnswer() throws Exception {
        for (String name : ContractExamples.names()) {
            String file = ContractExamples.profile(name).toString();
            var profile = new ProfileReader().read(StrictJson.parse(Files.readString(ContractExamples.profile(name))));
            for (String lang : List.of("en", "de")) {
                for (int top : List.of(1, Advisor.DEFAULT_TOP, Advisor.MAX_TOP)) {
                    StringWriter expected = new StringWriter();
                    AdviceWriter.write(
                            new Advisor().assess(profile, CatalogReader.shipped(), top, lang), expected, true);
                    expected.write(System.lineSeparator());
                    AssessCommandTest.Result r = top == Advisor.DEFAULT_TOP
                            ? AssessCommandTest.run("", "assess", file, "--lang=" + lang)
                            : AssessCommandTest.run("", "assess", "--top", String.valueOf(top), "--lang", lang, file);
                    assertEquals(0, r.status(), r.err());
                    assertEquals(expected.toString(), r.out(), name + " " + lang + " top " + top);
                }
            }
        }
    }
}
