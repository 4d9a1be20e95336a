package com.restwise.ui.common;

/**
 * A client's name as the screen shows it: JavaFX wraps text only at white space, so a long
 * double name ("Schönberger-Wittgenstein-Hohenlohe") would break between two letters. A hair
 * space (U+200A, about a tenth of a letter wide; a zero-width space or soft hyphen is not a break
 * for JavaFX) after each hyphen lets the line break there instead. For display only: the name
 * stored, searched, exported and printed is the one the user typed.
 */
public final class ShownName {

    static final char HAIR_SPACE = '\u200A';

    public static String of(String name) {
        return name == null ? null : name.replaceAll("-(?=\\p{L})", "-" + HAIR_SPACE);
    }

    private ShownName() {}
}
