package com.restwise.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills {@code {0}}, {@code {1}}... in a sentence. Plain substitution rather than
 * {@code MessageFormat}: an apostrophe needs no escaping, and there is no pattern to parse.
 */
public final class Placeholders {

    private Placeholders() {}

    public static String fill(String pattern, Object... args) {
        return args.length == 0 ? pattern : compile(pattern).fill(args);
    }

    /**
     * A sentence split once into its literal pieces and placeholder numbers, so that filling it
     * copies whole pieces instead of walking the text character by character on every call.
     */
    public static Template compile(String pattern) {
        List<String> pieces = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 2 < pattern.length(); i++) {
            if (pattern.charAt(i) == '{' && pattern.charAt(i + 2) == '}' && Character.isDigit(pattern.charAt(i + 1))) {
                pieces.add(pattern.substring(start, i));
                slots.add(pattern.charAt(i + 1) - '0');
                start = i + 3;
                i += 2;
            }
        }
        pieces.add(pattern.substring(start));
        return new Template(
                pattern,
                pieces.toArray(String[]::new),
                slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** {@code pieces} has one more entry than {@code slots}: text, slot, text, ..., text. */
    public record Template(String pattern, String[] pieces, int[] slots) {

        public String fill(Object... args) {
            if (slots.length == 0 || args.length == 0) {
                return pattern;
            }
            StringBuilder out = new StringBuilder(pattern.length() + 16 * slots.length);
            for (int i = 0; i < slots.length; i++) {
                out.append(pieces[i]);
                Object arg = args[slots[i]];
                if (arg instanceof String s) {
                    out.append(s);
                } else {
                    out.append(arg);
                }
            }
            return out.append(pieces[slots.length]).toString();
        }
    }
}
