package org.keelson.simulation.parallel;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One engine run's way of working side by side: tasks go to the caller's {@link Executor} (a server hands its
 * managed executor), the calling thread takes part, and the run stops when its {@link Cancellation} is cancelled or
 * the calling thread is interrupted (as {@code Future.cancel(true)} does). Tasks poll {@link #stopRequested}
 * between chunks of work; {@link #runAll} returns only once every task it started has ended, so no thread works
 * for a run that has returned or thrown.
 */
public final class ParallelRun {

    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    /**
     * For command-line use: a new daemon thread per task, gone when the task ends, so a process that has finished
     * simulating holds no engine thread.
     */
    public static final Executor NEW_THREAD_PER_TASK = task -> {
        Thread thread = new Thread(task, "keelson-simulation-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    };

    private final Executor executor;
    private final Cancellation cancellation;
    private final Thread caller;
    /** Set when the caller was interrupted while waiting, which clears the thread's own flag. */
    private volatile boolean callerInterrupted;

    /** A run started by the current thread. */
    public ParallelRun(Executor executor, Cancellation cancellation) {
        if (executor == null || cancellation == null) {
            throw new NullPointerException("executor and cancellation are required");
        }
        this.executor = executor;
        this.cancellation = cancellation;
        caller = Thread.currentThread();
    }

    /** Whether the run should stop: tasks check this between chunks of work. */
    public boolean stopRequested() {
        return cancellation.isCancelled() || callerInterrupted || caller.isInterrupted();
    }

    /** Throws {@link RunCancelledException} once a stop was requested. */
    public void checkNotStopped() {
        if (stopRequested()) {
            throw new RunCancelledException("the simulation was cancelled");
        }
    }

    /**
     * Runs every task and returns when all have ended: the first on the calling thread, the others on the executor;
     * a task the executor rejects or has not started by the time the caller is done runs on the calling thread, so
     * a busy or single-threaded executor slows a run down but never blocks it. Rethrows the first failure once
     * all tasks have stopped; throws {@link RunCancelledException} if a stop was requested.
     */
    public void runAll(Runnable... tasks) {
        checkNotStopped();
        if (tasks.length == 0) {
            return;
        }
        CountDownLatch ended = new CountDownLatch(tasks.length - 1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Share[] shares = new Share[tasks.length - 1];
        for (int t = 1; t < tasks.length; t++) {
            shares[t - 1] = new Share(tasks[t], ended, failure);
        }
        for (Share share : shares) {
            try {
                executor.execute(share);
            } catch (RejectedExecutionException e) {
                // the share runs below, on this thread
                break;
            }
        }
        runCatching(tasks[0], failure);
        for (Share share : shares) {
            share.run();
        }
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                // the tasks write into the caller's arrays: tell them to stop, and wait for them before returning
                callerInterrupted = true;
            }
        }
        if (callerInterrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable first = failure.get();
        if (first instanceof RuntimeException e) {
            throw e;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
        checkNotStopped();
    }

    private static void runCatching(Runnable task, AtomicReference<Throwable> failure) {
        try {
            task.run();
        } catch (Throwable e) {
            failure.compareAndSet(null, e);
        }
    }

    /** A task that runs once, on whichever thread claims it first. */
    private static final class Share implements Runnable {
        private final Runnable task;
        private final CountDownLatch ended;
        private final AtomicReference<Throwable> failure;
        private final AtomicBoolean claimed = new AtomicBoolean();

        Share(Runnable task, CountDownLatch ended, AtomicReference<Throwable> failure) {
            this.task = task;
            this.ended = ended;
            this.failure = failure;
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    runCatching(task, failure);
                } finally {
                    ended.countDown();
                }
            }
        }
    }
}
