package com.restwise.cli;

import java.util.List;

/**
 * Walks a command's words, taking an option's value either inline ({@code --top=3}) or from
 * the next word ({@code --top 3}), so every command reads its options the same way.
 */
final class Arguments {

    private final List<String> words;
    private int next;
    private String inline;

    Arguments(List<String> words) {
        this.words = words;
    }

    boolean hasNext() {
        return next < words.size();
    }

    /** The next word; for "--name=value" only "--name", with the value kept for {@link #value}. */
    String next() {
        String word = words.get(next++);
        int eq = word.indexOf('=');
        if (word.startsWith("--") && eq > 0) {
            inline = word.substring(eq + 1);
            return word.substring(0, eq);
        }
        inline = null;
        return word;
    }

    /** The value of the option just read. */
    String value(String option) throws UsageException {
        if (inline != null) {
            String v = inline;
            inline = null;
            return v;
        }
        if (next >= words.size()) {
            throw new UsageException(option + " needs a value");
        }
        return words.get(next++);
    }

    /** Whether the option just read carried its value inline. */
    boolean hasInlineValue() {
        return inline != null;
    }

    /** A word that is not an option: the input file, or "-" for standard input. */
    static boolean isOption(String word) {
        return word.startsWith("-") && !word.equals("-");
    }
}
