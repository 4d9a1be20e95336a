package com.restwise.ui.wizard;

import com.restwise.ui.common.I18n;

/**
 * What "Start again" (and "Back to the start" on the records screen) does with the answers it
 * would throw away. Finished answers go without a word: a shopper has seen the advice, a
 * consultation has been saved to its client. Unfinished ones are never thrown away unasked.
 */
public enum StartAgain {
    /** Nothing would be lost: a fresh wizard at once. */
    AT_ONCE,
    /** Ask first: the answers are not finished. */
    ASK_UNFINISHED,
    /** Ask first: the answers of an earlier run wait to be resumed. */
    ASK_EARLIER,
    /** Ask first: a client's consultation has results that are not saved. */
    ASK_CONSULTATION,
    /** Leaving another screen: back to the unfinished answers, which stay resumable. */
    BACK_TO_ANSWERS;

    /**
     * @param vm              the wizard in memory
     * @param wizardShown     whether the wizard is on screen (not the records)
     * @param draftWaiting    whether a draft from an earlier run is offered to resume
     * @param forClient       whether the wizard is a consultation for a client
     * @param resultSaved     whether this wizard's result was saved to the records
     */
    public static StartAgain decide(
            WizardViewModel vm, boolean wizardShown, boolean draftWaiting, boolean forClient, boolean resultSaved) {
        boolean answered = !vm.you().weight().text().get().isBlank();
        boolean finished = forClient ? resultSaved : resultSaved || vm.advice().get() != null;
        boolean unfinished = answered && !finished;
        if (!wizardShown) {
            return unfinished || draftWaiting ? BACK_TO_ANSWERS : AT_ONCE;
        }
        if (draftWaiting) {
            return ASK_EARLIER;
        }
        if (unfinished) {
            return forClient ? ASK_CONSULTATION : ASK_UNFINISHED;
        }
        return AT_ONCE;
    }

    /** Whether the person is asked before anything is thrown away. */
    public boolean asks() {
        return this == ASK_UNFINISHED || this == ASK_EARLIER || this == ASK_CONSULTATION;
    }

    /** The question, in the person's language. */
    public String question(I18n i18n, String client) {
        return switch (this) {
            case ASK_CONSULTATION -> i18n.get("start-again.consultation", client);
            case ASK_EARLIER -> i18n.get("start-again.earlier");
            default -> i18n.get("start-again.unfinished");
        };
    }
}
