package com.restwise.storage;

/**
 * What reports remember: the practice and the therapist printed at their head (a
 * physiotherapist sets them once; unset, nothing and no label prints), and the folder the last
 * report was saved in, where the next one is offered.
 *
 * @param practice   the practice's name, or null
 * @param therapist  the therapist's name, or null
 * @param lastFolder the folder of the last saved report, or null
 */
public record ReportSettings(String practice, String therapist, String lastFolder) {

    /** Long enough for "Praxis für Physiotherapie und Osteopathie Dr. ..."; a pasted page is cut. */
    public static final int MAX_NAME = 120;

    public static final ReportSettings NONE = new ReportSettings(null, null, null);

    public ReportSettings {
        practice = name(practice);
        therapist = name(therapist);
        lastFolder = lastFolder == null || lastFolder.isBlank() ? null : lastFolder;
    }

    public ReportSettings withPractice(String value) {
        return new ReportSettings(value, therapist, lastFolder);
    }

    public ReportSettings withTherapist(String value) {
        return new ReportSettings(practice, value, lastFolder);
    }

    public ReportSettings withLastFolder(String value) {
        return new ReportSettings(practice, therapist, value);
    }

    /** One line, spaces folded, at most {@link #MAX_NAME} characters; null when blank. */
    private static String name(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (line.codePointCount(0, line.length()) > MAX_NAME) {
            line = line.substring(0, line.offsetByCodePoints(0, MAX_NAME)).strip();
        }
        return line.isEmpty() ? null : line;
    }
}
