package com.restwise.cli;

import com.restwise.report.Paper;
import java.util.List;

/**
 * The parsed words of {@code report PROFILE.json --out FILE|FOLDER [--name N] [--notes TEXT] [--practice P]
 * [--therapist T] [--paper A4|LETTER] [--catalog F] [--lang L]}.
 */
public record ReportOptions(String input, String out, String name, Paper paper, String catalog, String lang,
                            String notes, String practice, String therapist) {

    public static ReportOptions parse(List<String> args) throws UsageException {
        String input = null;
        String out = null;
        String name = null;
        Paper paper = Paper.A4;
        String catalog = null;
        String lang = "en";
        String notes = null;
        String practice = null;
        String therapist = null;
        Arguments words = new Arguments(args);
        while (words.hasNext()) {
            String word = words.next();
            switch (word) {
                case "--out" -> out = words.value(word);
                case "--name" -> name = words.value(word);
                case "--notes" -> notes = words.value(word);
                case "--practice" -> practice = words.value(word);
                case "--therapist" -> therapist = words.value(word);
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
            throw new UsageException("report needs --out FILE.pdf (or a folder for the usual name)");
        }
        return new ReportOptions(input, out, name, paper, catalog, lang, notes, practice, therapist);
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
