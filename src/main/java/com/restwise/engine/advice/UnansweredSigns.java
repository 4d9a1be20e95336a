package com.restwise.engine.advice;

import com.restwise.engine.profile.WarningSign;
import java.util.List;

/**
 * The warning signs that were asked but not answered, with a sentence naming them in the advice's
 * language, so the window, the report and the command line say the same.
 */
public record UnansweredSigns(List<WarningSign> signs, String text) {

    public UnansweredSigns {
        signs = List.copyOf(signs);
    }
}
