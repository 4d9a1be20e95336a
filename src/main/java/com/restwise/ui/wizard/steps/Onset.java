package com.restwise.ui.wizard.steps;

/** How the complaint started; "not sure" leaves gradualOnset out of the profile. */
public enum Onset {
    GRADUAL,
    SUDDEN,
    NOT_SURE;

    public Boolean gradual() {
        if (this == GRADUAL) {
            return Boolean.TRUE;
        }
        return this == SUDDEN ? Boolean.FALSE : null;
    }
}
