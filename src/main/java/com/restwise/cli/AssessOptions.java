package com.restwise.cli;

import com.restwise.engine.Advisor;
import com.restwise.engine.EngineTexts;
import java.util.List;

/** The parsed words of {@code assess}. {@code input} is a file path or "-" for standard input. */
public record AssessOptions(String input, boolean batch, String catalog, int top, String lang) {

    public static AssessOptions parse(List<String> args) throws UsageException {
        String input = null;
        boolean batch = false;
        String catalog = null;
        int top = Advisor.DEFAULT_TOP;
        String lang = "en";
        Arguments words = new Arguments(args);
        while (words.hasNext()) {
            String word = words.next();
            switch (word) {
                case "--batch" -> {
                    batch = true;
                    if (words.hasInlineValue()) {
                        input = setOnce(input, words.value(word));
                    }
                }
                case "--catalog" -> catalog = words.value(word);
                case "--top" -> top = top(words.value(word));
                case "--lang" -> lang = lang(words.value(word));
                default -> {
                    if (Arguments.isOption(word)) {
                        throw new UsageException("unknown option " + word);
                    }
                    input = setOnce(input, word);
                }
            }
        }
        if (input == null) {
            throw new UsageException(batch ? "assess --batch needs a JSON Lines file, or - for standard input"
                    : "assess needs a profile file, or - for standard input");
        }
        return new AssessOptions(input, batch, catalog, top, lang);
    }

    static String lang(String value) throws UsageException {
        if (!EngineTexts.LANGUAGES.contains(value)) {
            throw new UsageException("--lang must be one of " + String.join(", ", EngineTexts.LANGUAGES)
                    + " (got " + value + ")");
        }
        return value;
    }

    private static String setOnce(String current, String value) throws UsageException {
        if (current != null) {
            throw new UsageException("assess takes one input, but got both " + current + " and " + value);
        }
        return value;
    }

    private static int top(String value) throws UsageException {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= Advisor.MAX_TOP) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new UsageException("--top must be a whole number from 1 to " + Advisor.MAX_TOP + " (got " + value + ")");
    }
}
