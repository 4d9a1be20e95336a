package com.restwise.cli;

import com.restwise.engine.EngineTexts;
import com.restwise.report.Paper;
import java.util.List;

/** The parsed words of {@code report PROFILE.json --out FILE [--name N] [--paper A4|LETTER] [--catalog F] [--lang L]}. */
public record ReportOptions(String input, String out, String name, Paper paper, String catalog, String lang) {

    public static ReportOptions parse(List<String> args) throws UsageException {
        String input = null;
        String out = null;
        String name = null;
        Paper paper = Paper.A4;
        String catalog = null;
        String lang = "en";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                option = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (option) {
                case "--out", "--name", "--paper", "--catalog", "--lang" -> {
                    if (value == null) {
                        if (++i >= args.size()) {
                            throw new UsageException(option + " needs a value");
                        }
                        value = args.get(i);
                    }
                    switch (option) {
                        case "--out" -> out = value;
                        case "--name" -> name = value;
                        case "--catalog" -> catalog = value;
                        case "--paper" -> paper = paper(value);
                        default -> {
                            if (!EngineTexts.LANGUAGES.contains(value)) {
                                throw new UsageException("--lang must be one of "
                                        + String.join(", ", EngineTexts.LANGUAGES) + " (got " + value + ")");
                            }
                            lang = value;
                        }
                    }
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    if (input != null) {
                        throw new UsageException("report takes one profile, but got both " + input + " and " + arg);
                    }
                    input = arg;
                }
            }
        }
        if (input == null) {
            throw new UsageException("report needs a profile file, or - for standard input");
        }
        if (out == null || out.isBlank()) {
            throw new UsageException("report needs --out FILE.pdf");
        }
        return new ReportOptions(input, out, name, paper, catalog, lang);
    }

    private static Paper paper(String value) throws UsageException {
        for (Paper p : Paper.values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw new UsageException("--paper must be A4 or LETTER (got " + value + ")");
    }
}
