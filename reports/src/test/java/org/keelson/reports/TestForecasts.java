package org.keelson.reports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.PlanForecast;

/** Real Monte Carlo runs of the test plans, one per plan and language, shared by the tests that read them. */
public final class TestForecasts {

    public static final int ITERATIONS = 2_000;
    public static final long SEED = 42;

    private static final Map<String, PlanForecast> RUNS = new ConcurrentHashMap<>();

    private TestForecasts() {
    }

    public static PlanForecast of(Plan plan) {
        return RUNS.computeIfAbsent(plan.code() + " " + plan.locale(), key -> PlanForecast.run(plan,
                SimulationOptions.of(ITERATIONS, SEED).withThreads(2), ProgressListener.NONE));
    }
}
