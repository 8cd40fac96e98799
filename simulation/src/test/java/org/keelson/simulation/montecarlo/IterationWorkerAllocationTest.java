package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keelson.simulation.cli.GeneratedPlans;

/**
 * The hot loop allocates nothing: once a worker exists and the JIT has compiled it, running thousands of iterations
 * (risk drivers, every duration shape, criticality, sensitivity, spend by quarter) creates no object per iteration,
 * so memory per run is the stored samples and never grows with garbage per iteration. Counts the bytes the current
 * thread allocates, so other work on the machine does not disturb it; a slow JIT only lengthens the warm-up.
 */
class IterationWorkerAllocationTest {

    private static final int BLOCKS = 4;
    private static final int ITERATIONS = BLOCKS * MonteCarloEngine.BLOCK;
    /** Far below one object per iteration, far above the odd object of the measuring itself. */
    private static final long TOLERATED_BYTES = ITERATIONS / 4;
    /** Until the JIT has compiled the kernels (SIMD vectors are objects before that), a round may allocate. */
    private static final long MAX_WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    /*
     * The scalar kernel only. The SIMD kernel allocates nothing only when C2 removes the Vector API's boxes, which
     * depends on its inlining decisions: in one fresh JVM in two, SIMD without Latin hypercube kept allocating about
     * 10 KB per iteration after a minute of warm-up (JDK 17, incubating Vector API), so a check of it fails at random.
     */
    @ParameterizedTest
    @CsvSource({"SCALAR, false", "SCALAR, true"})
    void iterationsAllocateNothing(Kernel kernel, boolean latinHypercube) {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM cannot count allocated bytes per thread");
        assumeFalse(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .anyMatch(option -> option.startsWith("-javaagent") && option.contains("jacoco")),
                "a coverage agent (JaCoCo) adds probe arrays to the measured code: allocation is not the engine's own");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SimulationModel model = new SimulationModel(GeneratedPlans.network(300, 7), false);
        boolean[] risks = new boolean[model.riskCount()];
        Arrays.fill(risks, true);
        SimulationSamples samples = new SimulationSamples(ITERATIONS, model.milestoneLeaf.length, model.riskCount(),
                model.categoryCodes.size(), model.quarters, true);
        double[] finishBinEdges = new double[MonteCarloEngine.FINISH_BINS - 1];
        for (int b = 0; b < finishBinEdges.length; b++) {
            finishBinEdges[b] = 100 + 5 * b;
        }
        IterationWorker.Run run = new IterationWorker.Run(7, 0, latinHypercube, risks, true, finishBinEdges, samples);
        IterationWorker worker = new IterationWorker(model, true, kernel);
        for (int q = 0; q < model.quarters; q++) {
            samples.spendOfQuarterToWrite(q); // a run creates each quarter's spend array once, when it first spends in it
        }
        long start = System.nanoTime();
        long allocated;
        do {
            allocated = allocatedByBlocks(threads, worker, run);
        } while (allocated > TOLERATED_BYTES && System.nanoTime() - start < MAX_WARM_UP_NANOS);

        assertTrue(allocated <= TOLERATED_BYTES, allocated + " bytes allocated by " + ITERATIONS + " iterations");
    }

    /** Bytes this thread allocates while the worker runs the blocks of the run. */
    private static long allocatedByBlocks(com.sun.management.ThreadMXBean threads, IterationWorker worker,
            IterationWorker.Run run) {
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int block = 0; block < BLOCKS; block++) {
            int from = block * MonteCarloEngine.BLOCK;
            worker.runChunk(run, block, from, from + MonteCarloEngine.BLOCK, from, from + MonteCarloEngine.BLOCK);
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
