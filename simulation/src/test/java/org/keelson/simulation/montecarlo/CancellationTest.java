package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.DoubleAccumulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.RunCancelledException;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.testing.PlanFixtures;

/**
 * A running simulation stops soon after it is cancelled, through its token or by interrupting the thread that runs
 * it ({@code Future.cancel(true)}), and leaves none of the executor's threads working.
 */
class CancellationTest {

    /** 3,000 activities x 1,000,000 iterations: a run of a minute or more on two cores, if nothing stopped it. */
    private static final SimulationModel LONG_RUN = new SimulationModel(PlanFixtures.plan(parallelTasks(3_000)), false);
    private static final SimulationOptions OPTIONS = SimulationOptions.of(1_000_000, 1).withThreads(2).withTornadoRisks(0);

    private final ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(2);

    private static List<Activity> parallelTasks(int n) {
        List<Activity> wbs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            wbs.add(PlanFixtures.uncertain("T" + i, new ThreePointEstimate(5, 8, 14, DistributionType.PERT)));
        }
        return wbs;
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void cancellingTheTokenStopsTheRun() throws InterruptedException {
        Cancellation cancellation = new Cancellation();
        CountDownLatch running = new CountDownLatch(1);
        DoubleAccumulator reached = new DoubleAccumulator(Math::max, 0);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                MonteCarloEngine.run(LONG_RUN, OPTIONS, fraction -> {
                    reached.accumulate(fraction);
                    running.countDown();
                }, pool, cancellation);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        caller.start();
        running.await();
        cancellation.cancel();
        caller.join(TimeUnit.SECONDS.toMillis(30));

        assertFalse(caller.isAlive(), "the run ended after its cancellation");
        assertTrue(outcome.get() instanceof RunCancelledException, String.valueOf(outcome.get()));
        assertTrue(reached.get() < 0.5, "stopped early, at " + reached.get());
        assertPoolIdle();
    }

    @Test
    void cancellingTheFutureThatRunsItStopsTheRun() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch ended = new CountDownLatch(1);
        Future<?> future = pool.submit(() -> {
            try {
                // one thread of the pool calls the engine, whose second thread is the pool's other one
                MonteCarloEngine.run(LONG_RUN, OPTIONS, fraction -> running.countDown(), pool, new Cancellation());
            } catch (Throwable e) {
                outcome.set(e);
            } finally {
                ended.countDown();
            }
        });
        running.await();
        future.cancel(true);
        assertThrows(java.util.concurrent.CancellationException.class, future::get);
        assertTrue(ended.await(30, TimeUnit.SECONDS), "the run ended after its thread was interrupted");

        assertTrue(outcome.get() instanceof RunCancelledException, String.valueOf(outcome.get()));
        assertPoolIdle();
    }

    @Test
    void aCancelledTokenStartsNothing() throws ExecutionException {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        assertThrows(RunCancelledException.class, () -> MonteCarloEngine.run(LONG_RUN, OPTIONS, null, pool, cancelled));
        assertEquals(0, pool.getCompletedTaskCount() + pool.getActiveCount());
    }

    /**
     * The engine returns once its tasks have ended; the pool counts a thread active until the task's last
     * instruction has run, a moment later, so this waits for that moment (bounded, far above it).
     */
    private void assertPoolIdle() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pool.getActiveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertEquals(0, pool.getActiveCount(), "engine threads still working");
    }
}
