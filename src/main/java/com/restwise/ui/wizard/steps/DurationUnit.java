package com.restwise.ui.wizard.steps;

/** Units for "how long has it lasted", converted to the profile's weeks. */
public enum DurationUnit {
    WEEKS(1),
    MONTHS(52.0 / 12),
    YEARS(52);

    private final double weeks;

    DurationUnit(double weeks) {
        this.weeks = weeks;
    }

    public int toWeeks(double amount) {
        return (int) Math.round(amount * weeks);
    }
}
