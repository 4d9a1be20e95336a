package com.restwise.report;

import java.time.LocalDate;

/**
 * The name a report is offered under: "Restwise - Anna Berg - 2026-12-01.pdf", or
 * "Restwise - 2026-12-01.pdf" without a client. The client's name keeps its letters in any
 * script, but loses what Windows, macOS or Linux refuse or treat specially in a file name
 * (slashes, colons, quotes, control characters, a leading or trailing dot), and is cut short
 * enough that the whole name stays well under the 255 bytes file systems allow.
 */
public final class ReportFileName {

    /** Characters of the name kept: at most 4 bytes each in UTF-8, so with the rest at most 228 bytes. */
    static final int MAX_NAME = 50;

    private static final String REFUSED = "\\/:*?\"<>|";

    private ReportFileName() {}

    /** The file name for a report on that day; the client may be null or blank (a shopper's own report). */
    public static String of(String clientName, LocalDate date) {
        String name = safe(clientName);
        return name.isEmpty() ? "Restwise - " + date + ".pdf" : "Restwise - " + name + " - " + date + ".pdf";
    }

    /**
     * The name an export of the records is offered under: "restwise-clients-2026-12-01.json" for
     * all clients, "restwise-Anna-Berg-2026-12-01.restwise" for one client's sealed file; the
     * client's name keeps its letters and digits, joined by hyphens, and is cut as a report's is.
     */
    public static String export(String clientName, LocalDate date, boolean sealed) {
        String name = clientName == null
                ? "clients"
                : clientName.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME));
        }
        if (name.isEmpty()) {
            name = "client"; // a name of signs alone
        }
        return "restwise-" + name + "-" + date + (sealed ? ".restwise" : ".json");
    }

    private static String safe(String clientName) {
        if (clientName == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        clientName.codePoints().forEach(cp -> {
            boolean refused = cp < 0x20
                    || cp == 0x7f
                    || REFUSED.indexOf(cp) >= 0
                    || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT;
            out.appendCodePoint(refused ? ' ' : cp);
        });
        String name = out.toString().replaceAll("\\s+", " ").strip();
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        // "." and ".." alone, or dots at an end, mean something else or vanish on Windows
        return name.replaceAll("^[.\\s]+|[.\\s]+$", "");
    }
}
