package com.restwise.cli;

import com.restwise.records.ClientTransfer.OnConflict;
import java.time.LocalDate;

/**
 * The parsed words of {@code records list|add|export|import|share}. {@code input} is a profile, a
 * JSON Lines file or an export file; "-" is standard input where a profile is read.
 */
public record RecordsOptions(
        Action action,
        String dataDir,
        String input,
        boolean batch,
        String client,
        LocalDate date,
        String notes,
        String out,
        String passphraseFile,
        OnConflict onConflict,
        String lang,
        String shareWith) {

    public enum Action {
        LIST,
        ADD,
        EXPORT,
        IMPORT,
        SHARE
    }
}
