package com.restwise.ui.wizard.steps;

/** How much of the night in a position; weighted and normalised into position shares. */
public enum Frequency {
    MOST(0.7),
    SOME(0.25),
    RARELY(0.05),
    NEVER(0);

    private final double weight;

    Frequency(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
