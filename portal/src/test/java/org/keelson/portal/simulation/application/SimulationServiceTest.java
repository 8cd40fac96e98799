package org.keelson.portal.simulation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;
import org.keelson.simulation.cli.GeneratedPlans;
import org.keelson.simulation.cli.ResultJson;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;

class SimulationServiceTest {
    private static final String CODE = "KP-001";
    private static final Plan PLAN = samplePlan("001-omnichannel-fusion.json");
    /** A plan the engine refuses (a milestone without its activity): its runs fail. */
    private static final String BROKEN = "KP-T";
    /** A plan of 2,000 activities and 50 risks: its snapshot is about 1.2 million characters. */
    private static final Plan LARGE = GeneratedPlans.network(2_000, 50, 7);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

    /** The plan catalogue is not under test here: one plan, from the fixtures. */
    private final PlanService plans = new PlanService(null) {
        @Override
        public Optional<Plan> findPlan(String code) {
            return CODE.equals(code) ? Optional.of(PLAN)
                    : BROKEN.equals(code) ? Optional.of(PlanFixtures.fullPlan(BROKEN))
                    : LARGE.code().equals(code) ? Optional.of(LARGE) : Optional.empty();
        }
    };
    private RunsDatabase runs;
    private ExecutorService threads;

    @BeforeEach
    void open() {
        runs = new RunsDatabase();
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        runs.close();
    }

    @Test
    void aRunEndsDoneWithTheResultThatItsSnapshotSeedAndSettingsGiveAgain() throws Exception {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);
        SimulationSettings settings = new SimulationSettings(2_000, null, Sampling.LHS, true, null);

        long id = service.start(CODE, settings, "pmo").orElseThrow();
        SimulationRun done = awaitStatus(service, id, RunStatus::isFinal);

        assertEquals(RunStatus.DONE, done.status(), done.errorMessage());
        assertEquals(100, done.progress());
        long seed = done.settings().seed();
        assertTrue(seed >= 0 && seed < 1L << 53, "a seed drawn and stored: " + seed);
        assertEquals(SimulationService.sha256(done.planSnapshot()), done.planSha256());
        assertEquals(new PlanJson().write(PLAN), done.planSnapshot(), "the plan as simulated");
        assertEquals(EngineVersion.current(), done.engineVersion());
        assertEquals(CLOCK.instant(), done.finishedAt());
        // replayed outside the service, from the stored row only, on one thread (results never depend on threads)
        SimulationOptions options = new SimulationOptions(2_000, seed, 1, true, true, 0, SimulationService.TORNADO_RISKS);
        PlanForecast replay = PlanForecast.run(new PlanJson().read(done.planSnapshot()), options, ProgressListener.NONE,
                ParallelRun.NEW_THREAD_PER_TASK, new Cancellation());
        assertEquals(ResultJson.toJson(ResultJson.of(replay)), done.resultJson());
        assertEquals(replay.schedule().kernel().id(), done.kernel());
        assertEquals(done.resultJson(), SimulationService.simulate(done.planSnapshot(), done.settings(),
                ProgressListener.NONE, threads, new Cancellation()), "the same again through the service's path");
    }

    @Test
    void aRunOfAPlanOfTwoThousandActivitiesIsStoredWithItsSnapshotAndResult() throws Exception {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);

        long id = service.start(LARGE.code(), new SimulationSettings(20, 3L, Sampling.RANDOM, false, null), "pmo")
                .orElseThrow();
        SimulationRun done = awaitStatus(service, LARGE.code(), id, RunStatus::isFinal);

        assertEquals(RunStatus.DONE, done.status(), done.errorMessage());
        assertTrue(done.planSnapshot().length() > 1_000_000, "longer than V5's column: " + done.planSnapshot().length());
        assertEquals(2_000, new PlanJson().read(done.planSnapshot()).wbs().size());
        assertNotNull(done.resultJson());
    }

    @Test
    void aGivenSeedIsKeptAndTheSameSettingsGiveTheSameResult() throws Exception {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);
        SimulationSettings settings = new SimulationSettings(500, 42L, Sampling.RANDOM, false, 0.01);

        long first = service.start(CODE, settings, "pmo").orElseThrow();
        long second = service.start(CODE, settings, "risk").orElseThrow();

        SimulationRun a = awaitStatus(service, first, RunStatus::isFinal);
        SimulationRun b = awaitStatus(service, second, RunStatus::isFinal);
        assertEquals(42L, a.settings().seed());
        assertEquals(settings, a.settings());
        assertEquals(a.resultJson(), b.resultJson());
        assertEquals(List.of(second, first), service.list(CODE).stream().map(SimulationRun::id).toList(),
                "newest first");
        assertNull(service.list(CODE).get(0).resultJson(), "no results in the list");
        assertEquals(a.settings(), service.list(CODE).get(1).settings());
        assertEquals(List.of(second), service.latest(1).stream().map(SimulationRun::id).toList());
    }

    @Test
    void eachUserRunsAtMostTwoAndTheServerHoldsAtMostFour() {
        HeldExecutor held = new HeldExecutor();
        SimulationService service = new SimulationService(plans, runs, held, 2, 4, CLOCK);
        SimulationSettings settings = new SimulationSettings(200, 7L, Sampling.RANDOM, false, null);

        long a1 = service.start(CODE, settings, "pmo").orElseThrow();
        long a2 = service.start(CODE, settings, "pmo").orElseThrow();
        long a3 = service.start(CODE, settings, "pmo").orElseThrow();
        long b1 = service.start(CODE, settings, "risk").orElseThrow();

        assertEquals(RunStatus.RUNNING, service.find(CODE, a1).orElseThrow().status());
        assertEquals(RunStatus.RUNNING, service.find(CODE, a2).orElseThrow().status());
        assertEquals(RunStatus.QUEUED, service.find(CODE, a3).orElseThrow().status(), "pmo's third waits");
        assertEquals(RunStatus.RUNNING, service.find(CODE, b1).orElseThrow().status(), "another user's does not");
        QueueFullException full = assertThrows(QueueFullException.class, () -> service.start(CODE, settings, "admin"));
        assertTrue(full.getMessage().startsWith("queue full") && full.getMessage().contains("at most 4"),
                full.getMessage());
        assertEquals(4, runs.list(CODE).size(), "a refused run is not stored");

        held.runFirst();

        assertEquals(RunStatus.DONE, service.find(CODE, a1).orElseThrow().status());
        assertEquals(RunStatus.RUNNING, service.find(CODE, a3).orElseThrow().status(), "started when a1 ended");
        assertEquals(4, service.start(CODE, settings, "admin").map(id -> service.activeCount()).orElseThrow(),
                "a1's place is free again");
    }

    @Test
    void twentyRunsAreHeldWhileTheServerRunsTwoAtOnceInTheOrderTheyCame() {
        HeldExecutor held = new HeldExecutor();
        SimulationService service = new SimulationService(plans, runs, held, 2, 2, 20, CLOCK);
        SimulationSettings settings = new SimulationSettings(100, 7L, Sampling.RANDOM, false, null);
        List<String> users = List.of("pmo", "risk", "admin", "pmo2", "risk2");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(service.start(CODE, settings, users.get(i % users.size())).orElseThrow());
        }

        assertEquals(List.of(RunStatus.RUNNING, RunStatus.RUNNING), statuses(service, ids.subList(0, 2)));
        assertTrue(statuses(service, ids.subList(2, 20)).stream().allMatch(RunStatus.QUEUED::equals),
                "two run at once, whoever started them");
        assertThrows(QueueFullException.class, () -> service.start(CODE, settings, "finance"));

        held.runFirst();

        assertEquals(RunStatus.DONE, service.find(CODE, ids.get(0)).orElseThrow().status());
        assertEquals(List.of(RunStatus.RUNNING, RunStatus.RUNNING, RunStatus.QUEUED),
                statuses(service, ids.subList(1, 4)), "the next in line takes the free place");
        assertEquals(19, service.activeCount());
    }

    private static List<RunStatus> statuses(SimulationService service, List<Long> ids) {
        return ids.stream().map(id -> service.find(CODE, id).orElseThrow().status()).toList();
    }

    @Test
    void aQueuedRunIsCancelledAtOnceAndNeverRuns() {
        HeldExecutor held = new HeldExecutor();
        SimulationService service = new SimulationService(plans, runs, held, 1, 4, CLOCK);
        SimulationSettings settings = new SimulationSettings(200, 7L, Sampling.RANDOM, false, null);
        long running = service.start(CODE, settings, "pmo").orElseThrow();
        long waiting = service.start(CODE, settings, "pmo").orElseThrow();

        assertEquals(SimulationService.CancelOutcome.CANCELLED, service.cancel(CODE, waiting));
        held.runFirst();

        assertEquals(RunStatus.CANCELLED, service.find(CODE, waiting).orElseThrow().status());
        assertNull(service.find(CODE, waiting).orElseThrow().startedAt(), "never started");
        assertEquals(RunStatus.DONE, service.find(CODE, running).orElseThrow().status());
        assertEquals(0, service.activeCount());
        assertEquals(SimulationService.CancelOutcome.ALREADY_ENDED, service.cancel(CODE, running));
        assertEquals(SimulationService.CancelOutcome.NOT_FOUND, service.cancel("KP-OTHER", running));
    }

    @Test
    void aRunningRunStopsPromptlyWhenCancelled() throws Exception {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);
        long id = service.start(CODE, new SimulationSettings(100_000, 1L, Sampling.RANDOM, false, null), "pmo")
                .orElseThrow();
        awaitStatus(service, id, status -> status == RunStatus.RUNNING);

        SimulationService.CancelOutcome outcome = service.cancel(CODE, id);
        SimulationRun cancelled = awaitStatus(service, id, RunStatus::isFinal);

        assertEquals(SimulationService.CancelOutcome.STOPPING, outcome);
        assertEquals(RunStatus.CANCELLED, cancelled.status());
        assertTrue(cancelled.progress() < 100, "stopped before the end: " + cancelled.progress());
        assertNull(cancelled.resultJson());
        assertNotNull(cancelled.finishedAt());
        assertEquals(0, service.activeCount());
    }

    @Test
    void settingsOutOfRangeAreRefusedWithTheirFieldAndNothingIsStored() {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> service.start(CODE,
                new SimulationSettings(100_001, null, null, false, 1.5), "pmo"));

        assertEquals(List.of("iterations", "sampling", "tolerance"),
                e.violations().stream().map(SimulationSettings.Violation::path).toList());
        assertTrue(e.violations().get(0).message().contains("between 1 and 100000"), e.violations().toString());
        assertThrows(InvalidSettingsException.class, () -> service.start(CODE,
                new SimulationSettings(0, null, Sampling.RANDOM, false, null), "pmo"));
        assertEquals(0, runs.list(CODE).size());
        assertEquals(Optional.empty(), service.start("KP-NONE",
                new SimulationSettings(10, null, Sampling.RANDOM, false, null), "pmo"), "unknown plan");
    }

    @Test
    void aRunTheEngineRefusesEndsFailedWithTheReason() throws Exception {
        SimulationService service = new SimulationService(plans, runs, threads, 2, 4, CLOCK);
        long id = service.start(BROKEN, new SimulationSettings(10, 1L, Sampling.RANDOM, false, null), "pmo")
                .orElseThrow();

        SimulationRun failed = awaitStatus(service, BROKEN, id, RunStatus::isFinal);

        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(failed.errorMessage().contains("milestone M0"), failed.errorMessage());
        assertNull(failed.resultJson());
        assertEquals(0, service.activeCount(), "its place is free again");
    }

    @Test
    void aRunAStoppingExecutorRefusesFreesItsPlaceAndStaysQueuedForTheNextStart() {
        SimulationService service = new SimulationService(plans, runs, task -> {
            throw new RejectedExecutionException("shutting down");
        }, 2, 4, CLOCK);

        long id = service.start(CODE, new SimulationSettings(10, 1L, Sampling.RANDOM, false, null), "pmo")
                .orElseThrow();

        assertEquals(0, service.activeCount());
        assertEquals(RunStatus.QUEUED, service.find(CODE, id).orElseThrow().status());
    }

    @Test
    void runsLeftUnfinishedByAStopAreMarkedFailed() {
        SimulationService service = new SimulationService(plans, runs, new HeldExecutor(), 2, 4, CLOCK);
        long id = service.start(CODE, new SimulationSettings(10, 1L, Sampling.RANDOM, false, null), "pmo")
                .orElseThrow();

        assertEquals(1, runs.failUnfinished(CLOCK.instant(), "stopped"));

        SimulationRun failed = runs.find(CODE, id).orElseThrow();
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals("stopped", failed.errorMessage());
        assertFalse(runs.find("KP-OTHER", id).isPresent(), "a run is found under its own plan only");
    }

    private static SimulationRun awaitStatus(SimulationService service, long id, Predicate<RunStatus> wanted)
            throws InterruptedException {
        return awaitStatus(service, CODE, id, wanted);
    }

    private static SimulationRun awaitStatus(SimulationService service, String code, long id,
            Predicate<RunStatus> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            SimulationRun run = service.find(code, id).orElseThrow();
            if (wanted.test(run.status())) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run " + id + " still " + run.status());
            }
            Thread.sleep(20);
        }
    }

    private static Plan samplePlan(String file) {
        try {
            return new PlanJson().read(Files.readString(Path.of("..", "sample-plans", file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds what it is given until the test runs it: runs stay "running" as long as the test needs. The engine's
     * parallel shares given to it are run by the engine's calling thread instead (it never waits for them).
     */
    private static final class HeldExecutor implements Executor {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            held.addLast(task);
        }

        void runFirst() {
            held.removeFirst().run();
        }
    }
}
