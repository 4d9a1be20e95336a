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
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--batch" -> {
                    batch = true;
                    if (value != null) {
                        input = setOnce(input, value);
                    }
                }
                case "--catalog" -> {
                    if (value == null) {
                        value = next(args, ++i, name);
                    }
                    catalog = value;
                }
                case "--top" -> {
                    if (value == null) {
                        value = next(args, ++i, name);
                    }
                    top = top(value);
                }
                case "--lang" -> {
                    if (value == null) {
                        value = next(args, ++i, name);
                    }
                    if (!EngineTexts.LANGUAGES.contains(value)) {
                        throw new UsageException("--lang must be one of " + String.join(", ", EngineTexts.LANGUAGES)
                                + " (got " + value + ")");
                    }
                    lang = value;
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    input = setOnce(input, arg);
                }
            }
        }
        if (input == null) {
            throw new UsageException(batch ? "assess --batch needs a JSON Lines file, or - for standard input"
                    : "assess needs a profile file, or - for standard input");
        }
        return new AssessOptions(input, batch, catalog, top, lang);
    }

    private static String setOnce(String current, String value) throws UsageException {
        if (current != null) {
            throw new UsageException("assess takes one input, but got both " + current + " and " + value);
        }
        return value;
    }

    private static String next(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
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
