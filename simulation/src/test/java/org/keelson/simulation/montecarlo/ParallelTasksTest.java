package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    @Test
    void runsEveryTaskOnceAndReturnsWhenAllAreDone() {
        AtomicInteger done = new AtomicInteger();
        Runnable slow = () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.incrementAndGet();
        };
        ParallelTasks.runAll(slow, slow, slow);
        assertEquals(3, done.get());
        ParallelTasks.runAll();
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
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> ParallelTasks.runAll(slow, fails)));
        assertEquals(1, done.get());
        assertSame(failure, assertThrows(IllegalArgumentException.class, () -> ParallelTasks.runAll(fails, slow)));
        assertEquals(2, done.get());
    }
}
