package com.restwise.ui.records;

import com.restwise.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export's protection as the person chooses it: a passphrase typed twice (at least
 * {@link #MIN_LENGTH} characters, both the same) or, deliberately, none.
 */
final class PassphraseChoice {

    /** Short enough to type, long enough that guessing it through 600,000 key rounds takes long. */
    static final int MIN_LENGTH = 8;

    private final BooleanProperty protect = new SimpleBooleanProperty(true);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final BooleanProperty againLeft = new SimpleBooleanProperty();
    private final StringBinding problem;
    private final BooleanBinding ready;

    PassphraseChoice(I18n i18n) {
        problem = Bindings.createStringBinding(
                () -> {
                    if (!protect.get() || passphrase.get().isEmpty()) {
                        return "";
                    }
                    if (passphrase.get().length() < MIN_LENGTH) {
                        return i18n.get("records.export.too-short", MIN_LENGTH);
                    }
                    // still typing the repeat is not a mistake yet; a different character is, and so is
                    // a repeat left unfinished when the person moves on from it
                    if (!passphrase.get().startsWith(again.get())
                            || againLeft.get()
                                    && !again.get().isEmpty()
                                    && !again.get().equals(passphrase.get())) {
                        return i18n.get("records.export.mismatch");
                    }
                    return "";
                },
                protect,
                passphrase,
                again,
                againLeft);
        ready = Bindings.createBooleanBinding(
                () -> !protect.get()
                        || passphrase.get().length() >= MIN_LENGTH
                                && passphrase.get().equals(again.get()),
                protect,
                passphrase,
                again);
    }

    BooleanProperty protect() {
        return protect;
    }

    StringProperty passphrase() {
        return passphrase;
    }

    /** True once the person has left the repeat field (focus moved on): a short repeat is then a mismatch. */
    BooleanProperty againLeft() {
        return againLeft;
    }

    StringProperty again() {
        return again;
    }

    /** Why the passphrase cannot be used yet, or empty. */
    StringBinding problem() {
        return problem;
    }

    /** Whether the export can go ahead with this choice. */
    BooleanBinding ready() {
        return ready;
    }

    /** The passphrase to seal with, or null for a plain export. */
    char[] chosen() {
        return protect.get() ? passphrase.get().toCharArray() : null;
    }
}
