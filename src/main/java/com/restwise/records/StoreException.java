package com.restwise.records;

import com.restwise.storage.StorageTexts;
import java.nio.file.Path;

/**
 * The records cannot be read or written. The message says why in words a user can act on
 * ("the disk is full"), in English by {@link #getMessage()} and in the app's language by
 * {@link #message(String)}; never an exception class or a database's internal words.
 */
public class StoreException extends Exception {

    private final String key;
    private final Object[] args;

    /** @param key a key of the storage texts, e.g. {@code disk.full} */
    public StoreException(String key, Object[] args, Throwable cause) {
        super(StorageTexts.get("en", key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public StoreException(String key, Object... args) {
        this(key, args, null);
    }

    /** The message in one of the app's languages ("en", "de"). */
    public String message(String lang) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Phrase phrase) {
                shown[i] = phrase.text(lang);
            }
        }
        return StorageTexts.get(lang, key, shown);
    }

    /** The key of the sentence, e.g. {@code disk.full}; lets tests and callers tell failures apart. */
    public String key() {
        return key;
    }

    /** A part of a message that is itself said in the reader's language. */
    sealed interface Phrase permits Action, Cause, Holder {
        String text(String lang);
    }

    /** What the store was doing, as the object of "Restwise could not ...". */
    record Action(String key) implements Phrase {
        @Override
        public String text(String lang) {
            return StorageTexts.get(lang, "action." + key);
        }

        @Override
        public String toString() {
            return text("en");
        }
    }

    /** Which program keeps the records busy: "the command line", "a Restwise window". */
    record Holder(ConsultationStore.Program program) implements Phrase {
        @Override
        public String text(String lang) {
            return StorageTexts.get(
                    lang,
                    "holder."
                            + program.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }

        @Override
        public String toString() {
            return text("en");
        }
    }

    /**
     * Why it failed, e.g. "The disk is full: ... could not be written." Decided when the failure
     * happens, on the records' thread: the disk is looked at then, not when the message is shown.
     */
    record Cause(String key, Path file, String systemWords) implements Phrase {
        Cause(Throwable failure, Path file) {
            this(StorageTexts.keyFor(failure, file), file, StorageTexts.systemWords(failure));
        }

        @Override
        public String text(String lang) {
            return StorageTexts.sentence(key, file == null ? "" : file.toString(), systemWords, lang);
        }

        @Override
        public String toString() {
            return text("en");
        }
    }
}
