package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.keelson.simulation.cli.GeneratedPlans;

/**
 * The hot loop allocates nothing: once a worker exists and the JIT has compiled it, running thousands of iterations (risk drivers, every
 * duration shape, criticality, sensitivity, spend by quarter) creates no object at all, so memory per run is the
 * stored samples and never grows with garbage per iteration.
 */
class IterationWorkerAllocationTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void iterationsAllocateNothing(boolean latinHypercube) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes per thread");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SimulationModel model = new SimulationModel(GeneratedPlans.network(300, 7), false);
        boolean[] risks = new boolean[model.riskCount()];
        Arrays.fill(risks, true);
        int iterations = 4 * MonteCarloEngine.BLOCK;
        SimulationSamples samples = new SimulationSamples(iterations, model.milestoneLeaf.length, model.riskCount(),
                model.categoryCodes.size(), model.quarters, true);
        double[] finishBinEdges = new double[MonteCarloEngine.FINISH_BINS - 1];
        for (int b = 0; b < finishBinEdges.length; b++) {
            finishBinEdges[b] = 100 + 5 * b;
        }
        IterationWorker.Run run = new IterationWorker.Run(7, 0, latinHypercube, risks, true, finishBinEdges, samples);
        IterationWorker worker = new IterationWorker(model, true);
        for (int q = 0; q < model.quarters; q++) {
            samples.spendOfQuarterToWrite(q); // a run creates each quarter's spend array once, when it first spends in it
        }
        // until the JIT has compiled the kernels their SIMD vectors are objects: a real run gets past that in its
        // first blocks, so the test runs rounds until one allocates nothing, or fails after many
        long allocated;
        int rounds = 0;
        do {
            allocated = allocatedByBlocks(threads, worker, run);
        } while (allocated > 0 && ++rounds < WARM_UP_ROUNDS);

        assertEquals(0, allocated, "bytes allocated by " + 4 * MonteCarloEngine.BLOCK + " iterations");
    }

    private static final int WARM_UP_ROUNDS = 100;

    /** Bytes this thread allocates while the worker runs blocks 0..3 of the run. */
    private static long allocatedByBlocks(com.sun.management.ThreadMXBean threads, IterationWorker worker,
            IterationWorker.Run run) {
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int block = 0; block < 4; block++) {
            int from = block * MonteCarloEngine.BLOCK;
            worker.runChunk(run, block, from, from + MonteCarloEngine.BLOCK, from, from + MonteCarloEngine.BLOCK);
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
