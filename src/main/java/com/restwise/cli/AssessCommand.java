package com.restwise.cli;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.json.AdviceWriter;
import com.restwise.json.InvalidInputException;
import com.restwise.json.ProfileReader;
import com.restwise.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;

/** {@code assess}: a profile (or JSON Lines of them) in, advice out (ASSESSMENT.md). */
public final class AssessCommand {

    private final Advisor advisor = new Advisor();
    private final ProfileReader profiles = new ProfileReader();

    public int run(AssessOptions options, InputStream stdin, Writer out, PrintStream err) throws IOException {
        Catalog catalog = Inputs.catalog(options.catalog(), err);
        if (catalog == null) {
            return ExitStatus.INVALID;
        }
        return options.batch() ? batch(options, catalog, stdin, out, err) : single(options, catalog, stdin, out, err);
    }

    private int single(AssessOptions options, Catalog catalog, InputStream stdin, Writer out, PrintStream err)
            throws IOException {
        Profile profile;
        try {
            profile = profiles.read(Inputs.document(options.input(), stdin));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return ExitStatus.INVALID;
        }
        Advice advice = advisor.assess(profile, catalog, options.top(), options.lang());
        AdviceWriter.write(advice, out, true);
        out.write(System.lineSeparator());
        out.flush();
        return ExitStatus.OK;
    }

    /** One answer line per non-blank input line, in order; invalid lines are answered with their errors. */
    private int batch(AssessOptions options, Catalog catalog, InputStream stdin, Writer out, PrintStream err)
            throws IOException {
        InputStream in;
        try {
            in = options.input().equals("-") ? stdin : Inputs.open(options.input());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("error: " + Inputs.name(options.input()) + ": " + p));
            return ExitStatus.INVALID;
        }
        try (in) {
            return BatchLines.answerEach(
                            in,
                            out,
                            (number, text) -> AdviceWriter.toJson(
                                    advisor.assess(
                                            profiles.read(StrictJson.parse(text)),
                                            catalog,
                                            options.top(),
                                            options.lang()),
                                    false))
                    ? ExitStatus.OK
                    : ExitStatus.INVALID;
        }
    }
}
