package io.spotcheck.targeting;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A step of the plan run on a daemon thread of its own while the planner goes on with another: a fresh JVM on two
 * cores otherwise leaves one idle through the single-threaded steps. What the step throws is thrown by
 * {@link #join(Future)}.
 */
final class Background {

    private Background() {
    }

    static <T> Future<T> start(String name, Callable<T> step) {
        FutureTask<T> task = new FutureTask<>(step);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The step's result, once it is done. */
    static <T> T join(Future<T> step) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while planning", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
