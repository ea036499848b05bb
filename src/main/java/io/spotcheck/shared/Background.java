package io.spotcheck.shared;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * A step run on a daemon thread of its own while its caller goes on with another (the packaged rules loading while
 * Spring starts; the plan's side steps): on two cores one would otherwise stay idle. What the step throws is thrown
 * by {@link #join(Future, String)}.
 */
public final class Background {

    private Background() {
    }

    public static <T> Future<T> start(String name, Callable<T> step) {
        FutureTask<T> task = new FutureTask<>(step);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The step's result, once it is done; {@code what} names the step should the wait be interrupted. */
    public static <T> T join(Future<T> step, String what) {
        try {
            return step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
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
