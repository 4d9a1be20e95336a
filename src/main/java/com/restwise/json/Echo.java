package com.restwise.json;

/**
 * A value from the input as it may be shown back in a message: on one line, with control
 * characters and text-direction marks written as {@code \u001b}, and cut with an ellipsis
 * when long. Input can then neither move the terminal's cursor nor start a forged
 * {@code error:} line, and one problem stays one line. Every value a message echoes (a word
 * from the command line, a file name, a field read from a file) is written by this class.
 */
public final class Echo {

    public static final int LIMIT = 40;
    /** File names are cut later: the end of a path is what tells two files apart. */
    public static final int NAME_LIMIT = 240;

    private Echo() {}

    /** The value in double quotes, escaped and cut to {@link #LIMIT} characters. */
    public static String quote(String value) {
        return "\"" + escape(value, LIMIT) + "\"";
    }

    /** A file name as it may be shown back: escaped, and cut only when very long. */
    public static String name(String value) {
        return escape(value, NAME_LIMIT);
    }

    /**
     * A whole sentence that holds a value nobody escaped (a system's message naming a file, say):
     * its control characters and direction marks escaped as in a value, its quotes left alone,
     * nothing cut.
     */
    public static String sentence(String text) {
        return write(text, Integer.MAX_VALUE, false, false);
    }

    /**
     * Lines on their way to the terminal, where each line break is meant: the last guard, in
     * case a value reached a message without passing through here.
     */
    public static String lines(String text) {
        return write(text, Integer.MAX_VALUE, false, true);
    }

    /** Escapes and cuts to at most {@code limit} characters of the original (code points kept whole). */
    public static String escape(String value, int limit) {
        return write(value, limit, true, false);
    }

    private static String write(String value, int limit, boolean quotes, boolean keepLineBreaks) {
        StringBuilder b = new StringBuilder(Math.min(value.length(), limit) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            if (shown == limit) {
                return b.append('\u2026').toString();
            }
            int c = value.codePointAt(i);
            int type = Character.getType(c);
            if (keepLineBreaks && c == '\n') {
                b.append('\n');
            } else if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                for (char unit : Character.toChars(c)) {
                    b.append(String.format("\\u%04x", (int) unit));
                }
            } else if (quotes && (c == '"' || c == '\\')) {
                b.append('\\').append((char) c);
            } else {
                b.appendCodePoint(c);
            }
            shown++;
            i += Character.charCount(c);
        }
        return b.toString();
    }
}
