package com.restwise.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client's name and a note may contain, and when two names are the same client.
 * Control characters could forge lines on a terminal or in a report, and direction overrides
 * (U+202E ...) make a name read differently from what it is, so both are refused.
 */
public final class ClientName {

    public static final int MAX_NAME = 200;
    public static final int MAX_NOTES = 20_000;

    private ClientName() {}

    /** The stored form of a name: composed (NFC), without surrounding spaces. */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /**
     * The name as people read it, under which two clients are the same: "Anna Berger", "anna
     * berger", a decomposed "Anna Bérger", "Anna\u00A0Berger" (a no-break space) and
     * "Anna\u200BBerger" (with an invisible character) all read alike.
     */
    public static String identity(String name) {
        StringBuilder seen = new StringBuilder(name.length());
        String compatible = Normalizer.normalize(name, Normalizer.Form.NFKC);
        boolean space = false;
        for (int i = 0; i < compatible.length(); ) {
            int c = compatible.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isFiller(c)) {
                space = seen.length() > 0;
            } else if (Character.getType(c) != Character.FORMAT) {
                if (space) {
                    seen.append(' ');
                    space = false;
                }
                seen.appendCodePoint(c);
            }
        }
        return seen.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the name shows anything: at least one character that is not a space, an invisible
     * format character (zero-width space, byte order mark, tag characters), a filler that
     * draws as blank (U+3164) or a combining mark with nothing to sit on.
     */
    static boolean visible(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            if (!mark
                    && type != Character.FORMAT
                    && type != Character.CONTROL
                    && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE
                    && type != Character.SURROGATE
                    && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !isFiller(c)) {
                return true;
            }
        }
        return false;
    }

    /** Letters that draw as nothing: the Hangul fillers and the blank Braille pattern. */
    private static boolean isFiller(int c) {
        return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    /** What is wrong with a name, if anything, as a rule such as "contains a control character (U+001B)". */
    public static Optional<String> problem(String name) {
        if (name == null || clean(name).isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("must be at most " + MAX_NAME + " characters (got " + name.length() + ")");
        }
        Optional<String> forbidden = forbidden(name, false);
        if (forbidden.isPresent()) {
            return forbidden;
        }
        return visible(name)
                ? Optional.empty()
                : Optional.of("shows nothing: it has only spaces or invisible characters");
    }

    /** What is wrong with notes, if anything; line breaks and tabs are allowed there. */
    public static Optional<String> notesProblem(String notes) {
        if (notes == null) {
            return Optional.empty();
        }
        if (notes.length() > MAX_NOTES) {
            return Optional.of("must be at most " + MAX_NOTES + " characters (got " + notes.length() + ")");
        }
        return forbidden(notes, true);
    }

    private static Optional<String> forbidden(String text, boolean lines) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && !(lines && lineBreak)) {
                return Optional.of("contains a control character (" + codePoint(c) + ")");
            }
            if (isDirectionMark(c)) {
                return Optional.of("contains a text-direction control (" + codePoint(c) + ")");
            }
            if (Character.getType(c) == Character.SURROGATE) {
                return Optional.of("contains half of a character (" + codePoint(c) + ")");
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Embeddings, overrides, isolates and the invisible direction marks. */
    static boolean isDirectionMark(int c) {
        return (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
