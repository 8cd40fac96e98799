package org.keelson.simulation.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ParallelRunTest {

    private static Runnable sleeping(AtomicInteger done) {
        return () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.incrementAndGet();
        };
    }

    @Test
    void runsEveryTaskOnceAndReturnsWhenAllAreDone() {
        AtomicInteger done = new AtomicInteger();
        ParallelRun run = new ParallelRun(ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
        run.runAll(sleeping(done), sleeping(done), sleeping(done));
        assertEquals(3, done.get());
        run.runAll();
    }

    @Test
    void rethrowsAFailureOnlyAfterTheOtherTasksStopped() {
        AtomicInteger done = new AtomicInteger();
        IllegalArgumentException failure = new IllegalArgumentException("bad block");
        Runnable fails = () -> {
            throw failure;
        };
        Runnable slow = () -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.incrementAndGet();
        };
        ParallelRun run = new ParallelRun(ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> run.runAll(slow, fails)));
        assertEquals(1, done.get());
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> run.runAll(fails, slow)));
        assertEquals(2, done.get());
    }

    @Test
    void tasksAnExecutorRejectsOrNeverStartsRunOnTheCallingThread() {
        AtomicInteger done = new AtomicInteger();
        Executor rejecting = task -> {
            throw new RejectedExecutionException("full");
        };
        new ParallelRun(rejecting, new Cancellation()).runAll(sleeping(done), sleeping(done), sleeping(done));
        assertEquals(3, done.get());

        // an executor that queues the tasks and never runs them: the caller must not wait for them forever
        Executor hoarding = task -> { };
        new ParallelRun(hoarding, new Cancellation()).runAll(sleeping(done), sleeping(done));
        assertEquals(5, done.get());
    }

    @Test
    void aCancelledRunThrowsOnceItsTasksHaveStopped() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Cancellation cancellation = new Cancellation();
            ParallelRun run = new ParallelRun(pool, cancellation);
            CountDownLatch started = new CountDownLatch(3);
            AtomicInteger stillWorking = new AtomicInteger();
            Runnable untilStopped = () -> {
                stillWorking.incrementAndGet();
                started.countDown();
                while (!run.stopRequested()) {
                    Thread.onSpinWait();
                }
                stillWorking.decrementAndGet();
            };
            Thread canceller = new Thread(() -> {
                try {
                    started.await();
                } catch (InterruptedException e) {
                    return;
                }
                cancellation.cancel();
            });
            canceller.start();
            assertThrows(RunCancelledException.class, () -> run.runAll(untilStopped, untilStopped, untilStopped));
            assertEquals(0, stillWorking.get(), "every task had stopped when runAll threw");
            assertThrows(RunCancelledException.class, () -> run.runAll(untilStopped), "a cancelled run starts nothing");
            canceller.join();
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void interruptingTheCallerStopsTheRunAndKeepsTheInterrupt() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            AtomicInteger outcome = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(2);
            Thread caller = new Thread(() -> {
                ParallelRun run = new ParallelRun(pool, new Cancellation());
                Runnable untilStopped = () -> {
                    started.countDown();
                    while (!run.stopRequested()) {
                        Thread.onSpinWait();
                    }
                };
                try {
                    run.runAll(untilStopped, untilStopped);
                } catch (RunCancelledException e) {
                    outcome.set(Thread.currentThread().isInterrupted() ? 1 : 2);
                }
            });
            caller.start();
            started.await();
            caller.interrupt();
            caller.join();
            assertEquals(1, outcome.get(), "cancelled, with the thread's interrupt status kept");
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
