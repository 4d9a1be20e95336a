package com.restwise.report;

import com.restwise.storage.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Saves a report as a file, for the app and the command line alike: owner-only (it holds
 * health data) and written atomically, so a full disk or a failure while drawing leaves any
 * earlier file of that name as it was and no half PDF behind.
 */
public final class ReportFile {

    private ReportFile() {}

    public static void write(ReportRequest request, Path target) throws IOException {
        AtomicFile.write(target, out -> new ReportWriter().write(request, out));
    }
}
