package com.restwise.ui.common;

/**
 * A yes/no question's answer. "Not sure" and no answer at all both become an absent field in
 * the profile: the medical rules must never read silence as "no".
 */
public enum Answer {
    YES,
    NO,
    NOT_SURE;

    /** {@code true}, {@code false}, or {@code null} for not sure / unanswered. */
    public static Boolean toBoolean(Answer answer) {
        if (answer == YES) {
            return Boolean.TRUE;
        }
        return answer == NO ? Boolean.FALSE : null;
    }

    public static Answer of(Boolean value) {
        if (value == null) {
            return null;
        }
        return value ? YES : NO;
    }
}
