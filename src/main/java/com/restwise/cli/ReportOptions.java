package com.restwise.cli;

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
        Arguments words = new Arguments(args);
        while (words.hasNext()) {
            String word = words.next();
            switch (word) {
                case "--out" -> out = words.value(word);
                case "--name" -> name = words.value(word);
                case "--catalog" -> catalog = words.value(word);
                case "--paper" -> paper = paper(words.value(word));
                case "--lang" -> lang = AssessOptions.lang(words.value(word));
                default -> {
                    if (Arguments.isOption(word)) {
                        throw new UsageException("unknown option " + word);
                    }
                    if (input != null) {
                        throw new UsageException("report takes one profile, but got both " + input + " and " + word);
                    }
                    input = word;
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
