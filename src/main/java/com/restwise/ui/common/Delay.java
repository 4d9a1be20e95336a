package com.restwise.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs something a while from now on the JavaFX thread: a notice leaving, a draft written once
 * the answers have been still for a moment. Tests pass their own, which runs when they say.
 */
@FunctionalInterface
public interface Delay {

    /** Schedules the action; the returned action cancels it if it has not run yet. */
    Runnable after(Duration delay, Runnable action);

    /** The real one, on the JavaFX animation clock. */
    static Delay fx() {
        return (delay, action) -> {
            PauseTransition pause = new PauseTransition(delay);
            pause.setOnFinished(e -> action.run());
            pause.play();
            return pause::stop;
        };
    }
}
