package org.keelson.portal.simulation.application;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.simulation.parallel.Cancellation;

/**
 * The runs of this server that have not ended, in memory: at most {@code maxActive} queued or running in all, of
 * which at most {@code maxRunning} running at once and at most {@code maxRunningPerUser} running for one user; further
 * runs wait, first come first served, until a run ends that frees a place they may take. A run is admitted in two steps so that a refused run writes nothing: {@link #reserve}
 * (which refuses when the server is full) before the run is stored, then {@link #enqueue} with its id.
 */
final class RunQueue {

    /** A run admitted to the queue: its live status, progress and cancellation. */
    static final class ActiveRun {
        private final long id;
        private final String user;
        private final Consumer<ActiveRun> body;
        private final Cancellation cancellation = new Cancellation();
        private volatile RunStatus status = RunStatus.QUEUED;
        private volatile int progress;

        private ActiveRun(long id, String user, Consumer<ActiveRun> body) {
            this.id = id;
            this.user = user;
            this.body = body;
        }

        long id() {
            return id;
        }

        RunStatus status() {
            return status;
        }

        int progress() {
            return progress;
        }

        Cancellation cancellation() {
            return cancellation;
        }

        /** Keeps the highest fraction reported: worker threads may report out of order. */
        void progress(double fractionDone) {
            int percent = (int) Math.floor(Math.max(0, Math.min(1, fractionDone)) * 100);
            if (percent > progress) {
                progress = percent;
            }
        }
    }

    /** A place held for a run that is being stored; {@link #enqueue} or {@link #release} it exactly once. */
    static final class Reservation {
        private final String user;

        private Reservation(String user) {
            this.user = user;
        }
    }

    private final int maxRunningPerUser;
    private final int maxRunning;
    private final int maxActive;
    private final Executor executor;
    private final Map<Long, ActiveRun> active = new HashMap<>();
    private final Deque<ActiveRun> waiting = new ArrayDeque<>();
    private final Map<String, Integer> runningByUser = new HashMap<>();
    private int running;
    private int reserved;

    RunQueue(int maxRunningPerUser, int maxRunning, int maxActive, Executor executor) {
        if (maxRunningPerUser < 1 || maxRunning < 1 || maxActive < 1) {
            throw new IllegalArgumentException("limits must be at least 1, got " + maxRunningPerUser + " running per user, "
                    + maxRunning + " running and " + maxActive + " queued or running per server");
        }
        this.maxRunningPerUser = maxRunningPerUser;
        this.maxRunning = maxRunning;
        this.maxActive = maxActive;
        this.executor = executor;
    }

    /** @throws QueueFullException when {@code maxActive} runs are already queued or running */
    synchronized Reservation reserve(String user) {
        if (active.size() + reserved >= maxActive) {
            throw new QueueFullException(maxActive);
        }
        reserved++;
        return new Reservation(user);
    }

    synchronized void release(Reservation reservation) {
        reserved--;
    }

    /** Queues the stored run {@code id}; {@code body} runs on the executor once the user has a free slot. */
    synchronized ActiveRun enqueue(Reservation reservation, long id, Consumer<ActiveRun> body) {
        reserved--;
        ActiveRun run = new ActiveRun(id, reservation.user, body);
        active.put(id, run);
        waiting.addLast(run);
        dispatch();
        return run;
    }

    synchronized Optional<ActiveRun> find(long id) {
        return Optional.ofNullable(active.get(id));
    }

    /** What {@link #cancel} did. */
    enum Cancelled {
        /** The run is not (or no longer) queued or running. */
        NOT_ACTIVE,
        /** The run was waiting: it left the queue and its body will never run. */
        LEFT_QUEUE,
        /** The run is running: its {@link Cancellation} is cancelled and it ends on its own thread. */
        STOPPING
    }

    synchronized Cancelled cancel(long id) {
        ActiveRun run = active.get(id);
        if (run == null) {
            return Cancelled.NOT_ACTIVE;
        }
        run.cancellation.cancel();
        if (waiting.remove(run)) {
            active.remove(id);
            run.status = RunStatus.CANCELLED;
            return Cancelled.LEFT_QUEUE;
        }
        return Cancelled.STOPPING;
    }

    synchronized int activeCount() {
        return active.size();
    }

    private void dispatch() {
        for (var it = waiting.iterator(); it.hasNext() && running < maxRunning;) {
            ActiveRun run = it.next();
            int runningForUser = runningByUser.getOrDefault(run.user, 0);
            if (runningForUser < maxRunningPerUser) {
                it.remove();
                running++;
                runningByUser.put(run.user, runningForUser + 1);
                run.status = RunStatus.RUNNING;
                try {
                    executor.execute(() -> {
                        try {
                            run.body.accept(run);
                        } finally {
                            ended(run);
                        }
                    });
                } catch (RejectedExecutionException e) {
                    // only a stopping server refuses work: its row stays queued and is marked failed at the next start
                    ended(run);
                    return;
                }
            }
        }
    }

    private synchronized void ended(ActiveRun run) {
        active.remove(run.id);
        running--;
        runningByUser.merge(run.user, -1, Integer::sum);
        runningByUser.remove(run.user, 0);
        dispatch();
    }
}
