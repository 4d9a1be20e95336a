package com.restwise.ui.common;

import com.restwise.storage.StorageTexts;
import java.nio.file.Path;

/**
 * Why a file could not be written ("The disk is full: ... could not be written."), decided where
 * the write failed, as that looks at the disk (never on the JavaFX thread), and said in the
 * language shown when it is read. A part of a notice: {@code notice.warn("...", failure)}.
 */
public record DiskFailure(String key, String where, String systemWords) implements Notice.Message {

    /** Looks at the disk when the failure itself does not say: call it off the JavaFX thread. */
    public static DiskFailure of(Throwable failure, Path file) {
        return new DiskFailure(
                StorageTexts.keyFor(failure, file),
                file == null ? "" : file.toString(),
                StorageTexts.systemWords(failure));
    }

    @Override
    public String in(I18n i18n) {
        return StorageTexts.sentence(key, where, systemWords, i18n.lang());
    }
}
