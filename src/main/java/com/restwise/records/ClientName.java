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

    private ClientName() {
    }

    /** The stored form of a name: composed (NFC), without surrounding spaces. */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    }

    /**
     * The identity under which imports match clients: "Anna Berger", "anna berger" and a
     * decomposed "Anna Bérger" written another way are the same client.
     */
    public static String identity(String name) {
        return clean(name).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a name, if anything, as a rule such as "contains a control character (U+001B)". */
    public static Optional<String> problem(String name) {
        if (name == null || clean(name).isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (name.length() > MAX_NAME) {
            return Optional.of("must be at most " + MAX_NAME + " characters (got " + name.length() + ")");
        }
        return forbidden(name, false);
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
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
