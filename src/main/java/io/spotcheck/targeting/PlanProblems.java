package io.spotcheck.targeting;

import io.spotcheck.casefile.InvalidInputException;
import io.spotcheck.casefile.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects input problems up to a limit, so one run names many mistakes without drowning the reader. */
final class PlanProblems {

    static final int LIMIT = 200;

    private final List<Problem> problems = new ArrayList<>();
    private long dropped;

    synchronized void add(Problem p) {
        if (problems.size() < LIMIT) {
            problems.add(p);
        } else {
            dropped++;
        }
    }

    synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    synchronized void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> all = new ArrayList<>(problems);
        if (dropped > 0) {
            all.add(new Problem("…", dropped + " more problems not listed"));
        }
        throw new InvalidInputException(all);
    }
}
