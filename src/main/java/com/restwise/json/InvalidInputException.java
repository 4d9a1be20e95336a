package com.restwise.json;

import java.util.List;

/**
 * Input that cannot be used: every problem found, each a line such as
 * {@code sleeper.weightKg: must be between 30 and 300 (got 900)}.
 */
public class InvalidInputException extends Exception {
    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
