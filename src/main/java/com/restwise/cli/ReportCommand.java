package com.restwise.cli;

import com.restwise.engine.Advisor;
import com.restwise.engine.advice.Advice;
import com.restwise.engine.catalog.Catalog;
import com.restwise.engine.profile.Profile;
import com.restwise.json.Echo;
import com.restwise.json.InvalidInputException;
import com.restwise.json.ProfileReader;
import com.restwise.report.ReportFile;
import com.restwise.report.ReportFileName;
import com.restwise.report.ReportRequest;
import com.restwise.storage.StorageTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code report}: a profile in, a printable PDF of its advice out. Never starts JavaFX. */
public final class ReportCommand {

    public int run(ReportOptions options, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
        Catalog catalog = Inputs.catalog(options.catalog(), err);
        if (catalog == null) {
            return ExitStatus.INVALID;
        }
        Profile profile;
        try {
            profile = new ProfileReader().read(Inputs.document(options.input(), stdin));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return ExitStatus.INVALID;
        }
        Advice advice = new Advisor().assess(profile, catalog, Advisor.DEFAULT_TOP, options.lang());
        LocalDate today = LocalDate.now();
        ReportRequest request = new ReportRequest(profile, advice, options.name(), today, options.paper(), List.of())
                .withNotes(options.notes())
                .withPractice(options.practice(), options.therapist());
        Path target = Path.of(options.out()).toAbsolutePath();
        if (Files.isDirectory(target)) {
            // a folder gets the name the app offers: "Restwise - Anna Berger - 2026-12-01.pdf"
            target = target.resolve(ReportFileName.of(request.clientName(), today));
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            err.println("error: " + Echo.name(options.out()) + ": the folder " + Echo.name(String.valueOf(parent))
                    + " does not exist");
            return ExitStatus.INVALID;
        }
        try {
            ReportFile.write(request, target);
        } catch (IOException e) {
            err.println("error: " + Echo.escape(StorageTexts.describe(e, target, options.lang()), 400));
            return ExitStatus.INVALID;
        }
        out.println("wrote " + Echo.name(target.toString()));
        return ExitStatus.OK;
    }
}
