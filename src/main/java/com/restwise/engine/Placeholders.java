package com.restwise.engine;

/**
 * Fills {@code {0}}, {@code {1}}... in a sentence. Plain substitution rather than
 * {@code MessageFormat}: an apostrophe needs no escaping, and there is no pattern to parse.
 */
public final class Placeholders {

    private Placeholders() {
    }

    public static String fill(String pattern, Object... args) {
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '{' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '}'
                    && Character.isDigit(pattern.charAt(i + 1))) {
                out.append(args[pattern.charAt(i + 1) - '0']);
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
