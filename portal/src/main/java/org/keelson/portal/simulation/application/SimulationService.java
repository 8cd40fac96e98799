package org.keelson.portal.simulation.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationRunEntity;
import org.keelson.portal.simulation.domain.SimulationSettings;
import org.keelson.simulation.cli.ResultJson;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.RunCancelledException;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;

/**
 * Simulations of stored plans, run in the background on the server's managed executor (which also runs the
 * engine's parallel chunks): never on the thread of the request that starts them. A run simulates the plan's
 * interchange JSON as stored with the run, so that the stored snapshot, seed and settings give the same result
 * again. Live status and progress are kept in memory while a run is active and stored when it ends.
 */
@ApplicationScoped
public class SimulationService {
    /** System property: how many runs one user may have running at once (default 2); further ones wait. */
    public static final String MAX_RUNNING_PER_USER = "keelson.simulation.maxRunningPerUser";
    /**
     * System property: how many runs the server runs at once (default 1); further ones wait. Each run already spreads
     * its iterations over every core, so more at once adds no throughput, only load on the pages' threads.
     */
    public static final String MAX_RUNNING = "keelson.simulation.maxRunning";
    /** System property: how many runs the server holds queued or running (default 32); more are refused. */
    public static final String MAX_QUEUED = "keelson.simulation.maxQueued";
    /** As the command line's default: the tornado of the ten most influential risks. */
    static final int TORNADO_RISKS = 10;
    /** Seeds stay below 2^53 so that JSON clients, which read numbers as doubles, can send them back exactly. */
    private static final long SEED_BOUND = 1L << 53;
    private static final Logger LOG = Logger.getLogger(SimulationService.class.getName());
    private static final PlanJson PLAN_JSON = new PlanJson();

    /** What a cancel request did. */
    public enum CancelOutcome {
        /** No such run. */
        NOT_FOUND,
        /** The run had already ended; nothing changed. */
        ALREADY_ENDED,
        /** The run was waiting: it is cancelled. */
        CANCELLED,
        /** The run is running: it has been told to stop and will end as cancelled shortly. */
        STOPPING
    }

    @Inject
    PlanService plans;

    @Inject
    SimulationRuns runs;

    @Resource(lookup = "concurrent/keelsonSimulations")
    ManagedExecutorService managedExecutor;

    private final SecureRandom seeds = new SecureRandom();
    private Executor executor;
    private RunQueue queue;
    private Clock clock;
    private String engineVersion;

    protected SimulationService() {
        // for CDI, which then calls init()
    }

    /** For use without a container, with no server-wide limit on running runs but {@code maxQueued}. */
    public SimulationService(PlanService plans, SimulationRuns runs, Executor executor, int maxRunningPerUser,
            int maxQueued, Clock clock) {
        this(plans, runs, executor, maxRunningPerUser, maxQueued, maxQueued, clock);
    }

    /** For use without a container. */
    public SimulationService(PlanService plans, SimulationRuns runs, Executor executor, int maxRunningPerUser,
            int maxRunning, int maxQueued, Clock clock) {
        this.plans = plans;
        this.runs = runs;
        this.executor = executor;
        this.queue = new RunQueue(maxRunningPerUser, maxRunning, maxQueued, executor);
        this.clock = clock;
        this.engineVersion = EngineVersion.current();
    }

    @PostConstruct
    void init() {
        executor = managedExecutor;
        queue = new RunQueue(Integer.getInteger(MAX_RUNNING_PER_USER, 2), Integer.getInteger(MAX_RUNNING, 1),
                Integer.getInteger(MAX_QUEUED, 32), executor);
        clock = Clock.systemUTC();
        engineVersion = EngineVersion.current();
    }

    /**
     * Stores a run of plan {@code code} as the plan is now and queues it.
     *
     * @return the run's id; empty when there is no plan {@code code}
     * @throws InvalidSettingsException when a setting is out of range (nothing stored)
     * @throws QueueFullException when the server holds as many runs as allowed (nothing stored)
     */
    public Optional<Long> start(String code, SimulationSettings settings, String user) {
        List<SimulationSettings.Violation> violations = settings.violations();
        if (!violations.isEmpty()) {
            throw new InvalidSettingsException(violations);
        }
        Optional<Plan> plan = plans.findPlan(code);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        String snapshot = PLAN_JSON.write(plan.get());
        long seed = settings.seed() != null ? settings.seed() : seeds.nextLong(SEED_BOUND);
        SimulationSettings asRun = new SimulationSettings(settings.iterations(), seed, settings.sampling(),
                settings.postMitigation(), settings.tolerance());
        RunQueue.Reservation reservation = queue.reserve(user);
        long id;
        try {
            id = runs.add(new SimulationRunEntity(code, snapshot, sha256(snapshot), seed, asRun, engineVersion, user,
                    clock.instant()));
        } catch (RuntimeException e) {
            queue.release(reservation);
            throw e;
        }
        queue.enqueue(reservation, id, run -> execute(run, snapshot, asRun));
        return Optional.of(id);
    }

    /** Run {@code id} of plan {@code code} with its result, live status and progress. */
    public Optional<SimulationRun> find(String code, long id) {
        return runs.find(code, id).map(this::live);
    }

    /** The runs of plan {@code code}, newest first, without results. */
    public List<SimulationRun> list(String code) {
        return runs.list(code).stream().map(this::live).toList();
    }

    /** The latest {@code max} runs of every plan, newest first, without results. */
    public List<SimulationRun> latest(int max) {
        return runs.latest(max).stream().map(this::live).toList();
    }

    public CancelOutcome cancel(String code, long id) {
        Optional<SimulationRun> stored = runs.find(code, id);
        if (stored.isEmpty()) {
            return CancelOutcome.NOT_FOUND;
        }
        if (stored.get().status().isFinal()) {
            return CancelOutcome.ALREADY_ENDED;
        }
        return switch (queue.cancel(id)) {
            case NOT_ACTIVE -> CancelOutcome.ALREADY_ENDED;
            case LEFT_QUEUE -> {
                runs.ended(id, RunStatus.CANCELLED, clock.instant(), 0, null, null, null);
                yield CancelOutcome.CANCELLED;
            }
            case STOPPING -> CancelOutcome.STOPPING;
        };
    }

    /** How many runs are queued or running on this server. */
    public int activeCount() {
        return queue.activeCount();
    }

    /**
     * Simulates a plan snapshot as a stored run does and answers the result JSON (the command line's
     * {@code simulate} document).
     */
    public static String simulate(String planSnapshot, SimulationSettings settings, ProgressListener listener,
            Executor executor, Cancellation cancellation) {
        return ResultJson.toJson(ResultJson.of(forecast(planSnapshot, settings, listener, executor, cancellation)));
    }

    /**
     * The forecast of run {@code run} made again from its stored snapshot and settings (the run must carry its
     * snapshot, as {@link #find} gives it): the figures of its stored result, which depend on neither the threads
     * nor the day. Runs on the calling thread and the managed executor; for the run's downloads.
     */
    public PlanForecast replay(SimulationRun run) {
        return forecast(run.planSnapshot(), run.settings(), ProgressListener.NONE, executor, new Cancellation());
    }

    private static PlanForecast forecast(String planSnapshot, SimulationSettings settings, ProgressListener listener,
            Executor executor, Cancellation cancellation) {
        Plan plan = PLAN_JSON.read(planSnapshot);
        SimulationOptions options = new SimulationOptions(settings.iterations(), settings.seed(),
                Runtime.getRuntime().availableProcessors(), settings.sampling() == Sampling.LHS,
                settings.postMitigation(), settings.tolerance() == null ? 0 : settings.tolerance(), TORNADO_RISKS);
        return PlanForecast.run(plan, options, listener, executor, cancellation);
    }

    private void execute(RunQueue.ActiveRun run, String snapshot, SimulationSettings settings) {
        runs.started(run.id(), clock.instant());
        try {
            PlanForecast forecast = forecast(snapshot, settings, run::progress, executor, run.cancellation());
            runs.ended(run.id(), RunStatus.DONE, clock.instant(), 100, forecast.schedule().kernel().id(),
                    ResultJson.toJson(ResultJson.of(forecast)), null);
        } catch (RunCancelledException e) {
            runs.ended(run.id(), RunStatus.CANCELLED, clock.instant(), run.progress(), null, null, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Simulation run " + run.id() + " failed");
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            runs.ended(run.id(), RunStatus.FAILED, clock.instant(), run.progress(), null, null,
                    message.length() > 2000 ? message.substring(0, 2000) : message);
        }
    }

    /** The stored run with the live status and progress of the queue while it is active. */
    private SimulationRun live(SimulationRun stored) {
        if (stored.status().isFinal()) {
            return stored;
        }
        return queue.find(stored.id()).map(active -> stored.live(active.status(), active.progress())).orElse(stored);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
