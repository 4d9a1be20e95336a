package com.restwise.records;

import java.util.Set;

/**
 * How an import attempt ended: done, or a question for the person before it can go on. Until it
 * is done, nothing in the records has changed.
 */
public sealed interface ImportResult {

    /** The file was imported; the summary counts what the records hold now. */
    record Done(ClientTransfer.ImportSummary summary) implements ImportResult {}

    /** The file is protected: ask for its passphrase. */
    record NeedsPassphrase() implements ImportResult {}

    /** The passphrase given does not open the file: ask again. */
    record WrongPassphrase() implements ImportResult {}

    /** These clients are in the records already: ask whether to skip, replace or keep both. */
    record Conflicts(Set<String> names) implements ImportResult {}
}
