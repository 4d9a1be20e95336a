package com.restwise.records;

import com.restwise.engine.Placeholders;
import com.restwise.engine.TextBundles;
import com.restwise.json.Echo;
import com.restwise.storage.StorageTexts;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * An export could not be written or an import was refused; nothing in the records changed.
 * {@link #kind()} tells what happened (so the app can ask for a passphrase or for a conflict
 * choice); {@link #problems()} names each entry at fault, e.g.
 * {@code clients[2] "Anna Berger": consultations[0].date: must be a real date (got "2026-02-30")}.
 */
public class TransferException extends Exception {

    public enum Kind {
        /** The file is sealed with a passphrase and none was given. */
        NEEDS_PASSPHRASE,
        /** The passphrase does not open the file. */
        WRONG_PASSPHRASE,
        /** A sealed file was changed or cut off after it was written. */
        TAMPERED,
        /** Entries are damaged or hostile; {@link #problems()} names them. */
        INVALID,
        /** Clients in the file are already in the records and no choice was given; problems() lists their names. */
        CONFLICTS,
        /** The file cannot be read. */
        UNREADABLE,
        /** The export file cannot be written. */
        UNWRITABLE
    }

    private static final String BUNDLE = "com.restwise.records.records-texts";
    private final Kind kind;
    private final String file;
    private final List<String> problems;
    /** Why the file failed, decided where it failed: showing the message later must not touch the disk. */
    private final String causeKey;

    public TransferException(Kind kind, String file, List<String> problems, Throwable cause) {
        super(null, cause);
        this.kind = kind;
        this.file = file;
        this.problems = List.copyOf(problems);
        this.causeKey = cause == null ? null : causeKey(cause, file);
    }

    public TransferException(Kind kind, String file, List<String> problems) {
        this(kind, file, problems, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Each entry or conflicting name, in file order; at most {@link ClientImport#MAX_PROBLEMS}. */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return message("en");
    }

    /** The headline in the app's language, e.g. "Nothing was imported: x.json has 2 problems.", then the problems. */
    public String message(String lang) {
        return headline(lang) + (problems.isEmpty() ? "" : " " + String.join("; ", problems));
    }

    /** The headline alone, for a dialog that lists the problems itself. */
    public String headline(String lang) {
        String key = "transfer." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String reason = causeKey == null
                ? ""
                : Echo.sentence(StorageTexts.sentence(causeKey, file, StorageTexts.systemWords(getCause()), lang));
        // a sentence for exactly one problem or client, where the language says it differently
        String one = key + ".one";
        if (problems.size() == 1 && TextBundles.load(BUNDLE, lang).containsKey(one)) {
            key = one;
        }
        return text(lang, key, Echo.name(file), problems.size(), reason);
    }

    private static String causeKey(Throwable cause, String file) {
        try {
            return StorageTexts.keyFor(cause, Path.of(file));
        } catch (InvalidPathException e) {
            return StorageTexts.keyFor(cause);
        }
    }

    /** A text of the records' bundle in one of the app's languages. */
    static String text(String lang, String key, Object... args) {
        return Placeholders.fill(TextBundles.load(BUNDLE, lang).getString(key), args);
    }
}
