package org.keelson.simulation.montecarlo;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a handful of tasks side by side on one process-wide pool of daemon threads, the caller taking the first
 * task itself. Creating threads on every simulation costs more than a small run takes; idle threads of the pool
 * die after a minute, so a server that simulates now and then holds none for long.
 */
public final class ParallelTasks {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "keelson-simulation-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private ParallelTasks() {
    }

    /** Runs every task and returns when all are done; the first failure is rethrown once all have stopped. */
    public static void runAll(Runnable... tasks) {
        if (tasks.length == 0) {
            return;
        }
        Future<?>[] others = new Future<?>[tasks.length - 1];
        for (int t = 1; t < tasks.length; t++) {
            others[t - 1] = POOL.submit(tasks[t]);
        }
        RuntimeException failure = null;
        try {
            tasks[0].run();
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<?> f : others) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    // the other tasks write into the caller's arrays: wait for them before reporting
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failure == null) {
                failure = new IllegalStateException("simulation interrupted");
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
