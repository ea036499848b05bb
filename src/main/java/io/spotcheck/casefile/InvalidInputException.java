package io.spotcheck.casefile;

import java.util.List;

/** Bad input: every problem found, so the caller can fix them all at once. Nothing was decided. */
public class InvalidInputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.size() == 1 ? problems.get(0).toString() : problems.size() + " problems: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
