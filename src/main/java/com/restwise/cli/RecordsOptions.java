package com.restwise.cli;

import com.restwise.json.Echo;
import com.restwise.records.ClientTransfer.OnConflict;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The parsed words of {@code records list|add|export|import}. {@code input} is a profile, a
 * JSON Lines file or an export file; "-" is standard input where a profile is read.
 */
public record RecordsOptions(Action action, String dataDir, String input, boolean batch, String client,
                             LocalDate date, String notes, String out, String passphraseFile, OnConflict onConflict,
                             String lang) {

    public enum Action { LIST, ADD, EXPORT, IMPORT }

    public static RecordsOptions parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("records needs one of list, add, export, import");
        }
        Action action = switch (args.get(0)) {
            case "list" -> Action.LIST;
            case "add" -> Action.ADD;
            case "export" -> Action.EXPORT;
            case "import" -> Action.IMPORT;
            default -> throw new UsageException("records needs one of list, add, export, import (got "
                    + Echo.escape(args.get(0), 40) + ")");
        };
        String dataDir = null;
        String input = null;
        boolean batch = false;
        String client = null;
        LocalDate date = null;
        String notes = null;
        String out = null;
        String passphraseFile = null;
        OnConflict onConflict = null;
        String lang = "en";
        Arguments words = new Arguments(args.subList(1, args.size()));
        while (words.hasNext()) {
            String word = words.next();
            switch (word) {
                case "--data-dir" -> dataDir = nonBlank(word, words.value(word));
                case "--batch" -> {
                    only(action, Action.ADD, word);
                    batch = true;
                    input = setOnce(input, words.value(word));
                }
                case "--client" -> {
                    only(action, word, Action.ADD, Action.EXPORT);
                    client = nonBlank(word, words.value(word));
                }
                case "--date" -> {
                    only(action, Action.ADD, word);
                    date = date(words.value(word));
                }
                case "--notes" -> {
                    only(action, Action.ADD, word);
                    notes = words.value(word);
                }
                case "--lang" -> {
                    only(action, Action.ADD, word);
                    lang = AssessOptions.lang(words.value(word));
                }
                case "--out" -> {
                    only(action, Action.EXPORT, word);
                    out = nonBlank(word, words.value(word));
                }
                case "--passphrase-file" -> {
                    only(action, word, Action.EXPORT, Action.IMPORT);
                    passphraseFile = nonBlank(word, words.value(word));
                }
                case "--on-conflict" -> {
                    only(action, Action.IMPORT, word);
                    onConflict = onConflict(words.value(word));
                }
                default -> {
                    if (Arguments.isOption(word)) {
                        throw new UsageException("unknown option " + Echo.escape(word, 40)
                                + " for records " + args.get(0));
                    }
                    if (action == Action.LIST || action == Action.EXPORT) {
                        throw new UsageException("records " + args.get(0) + " takes no file name (got "
                                + Echo.escape(word, 40) + ")");
                    }
                    input = setOnce(input, word);
                }
            }
        }
        if (action == Action.ADD) {
            if (input == null) {
                throw new UsageException("records add needs a profile file, - for standard input, or --batch FILE.jsonl");
            }
            if (client == null) {
                throw new UsageException("records add needs --client NAME");
            }
        }
        if (action == Action.EXPORT && out == null) {
            throw new UsageException("records export needs --out FILE");
        }
        if (action == Action.IMPORT && input == null) {
            throw new UsageException("records import needs an export file");
        }
        return new RecordsOptions(action, dataDir, input, batch, client, date, notes, out, passphraseFile, onConflict,
                lang);
    }

    private static void only(Action action, Action allowed, String option) throws UsageException {
        only(action, option, allowed);
    }

    private static void only(Action action, String option, Action... allowed) throws UsageException {
        if (!List.of(allowed).contains(action)) {
            throw new UsageException(option + " is not an option of records " + action.name().toLowerCase());
        }
    }

    private static String nonBlank(String option, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return value;
    }

    private static String setOnce(String current, String value) throws UsageException {
        if (current != null) {
            throw new UsageException("records takes one input, but got both " + current + " and " + value);
        }
        return value;
    }

    private static LocalDate date(String value) throws UsageException {
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.isAfter(LocalDate.now()) || d.getYear() < 1900) {
                throw new UsageException("--date must not lie in the future or before 1900 (got " + value + ")");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be a real date as YYYY-MM-DD (got "
                    + Echo.escape(value, 40) + ")");
        }
    }

    private static OnConflict onConflict(String value) throws UsageException {
        return switch (value) {
            case "skip" -> OnConflict.SKIP;
            case "replace" -> OnConflict.REPLACE;
            case "keep-both" -> OnConflict.KEEP_BOTH;
            default -> throw new UsageException("--on-conflict must be skip, replace or keep-both (got "
                    + Echo.escape(value, 40) + ")");
        };
    }
}
