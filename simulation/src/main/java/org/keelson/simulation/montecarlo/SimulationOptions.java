package org.keelson.simulation.montecarlo;

/**
 * How to run a simulation. Results depend on the plan, {@code seed}, {@code iterations}, {@code latinHypercube},
 * {@code postMitigation} and {@code convergenceTolerance} only, never on {@code threads}.
 *
 * @param iterations maximum number of iterations (all of them unless convergence stops earlier)
 * @param seed run seed
 * @param threads worker threads (at least 1)
 * @param latinHypercube stratify activity duration draws within each block of iterations
 * @param postMitigation quantify risks with their post-mitigation values where given
 * @param convergenceTolerance stop once P80 finish and mean cost move by less than this relative amount between
 *        consecutive batches of {@link MonteCarloEngine#BATCH} iterations; 0 runs every iteration
 * @param tornadoRisks how many risks (the most influential first) get an on/off rerun for the tornado; 0 for none
 */
public record SimulationOptions(int iterations, long seed, int threads, boolean latinHypercube, boolean postMitigation,
        double convergenceTolerance, int tornadoRisks) {

    public SimulationOptions {
        if (iterations < 1) {
            throw new SimulationSetupException("iterations must be at least 1, got " + iterations);
        }
        if (threads < 1) {
            throw new SimulationSetupException("threads must be at least 1, got " + threads);
        }
        if (!(convergenceTolerance >= 0)) {
            throw new SimulationSetupException("convergenceTolerance must be >= 0, got " + convergenceTolerance);
        }
        if (tornadoRisks < 0) {
            throw new SimulationSetupException("tornadoRisks must be >= 0, got " + tornadoRisks);
        }
    }

    /** Every iteration, plain random sampling, pre-mitigation risks, tornado of the 10 strongest risks. */
    public static SimulationOptions of(int iterations, long seed) {
        return new SimulationOptions(iterations, seed, Runtime.getRuntime().availableProcessors(), false, false, 0, 10);
    }

    public SimulationOptions withThreads(int value) {
        return new SimulationOptions(iterations, seed, value, latinHypercube, postMitigation, convergenceTolerance, tornadoRisks);
    }

    public SimulationOptions withLatinHypercube(boolean value) {
        return new SimulationOptions(iterations, seed, threads, value, postMitigation, convergenceTolerance, tornadoRisks);
    }

    public SimulationOptions withPostMitigation(boolean value) {
        return new SimulationOptions(iterations, seed, threads, latinHypercube, value, convergenceTolerance, tornadoRisks);
    }

    public SimulationOptions withConvergenceTolerance(double value) {
        return new SimulationOptions(iterations, seed, threads, latinHypercube, postMitigation, value, tornadoRisks);
    }

    public SimulationOptions withTornadoRisks(int value) {
        return new SimulationOptions(iterations, seed, threads, latinHypercube, postMitigation, convergenceTolerance, value);
    }
}
