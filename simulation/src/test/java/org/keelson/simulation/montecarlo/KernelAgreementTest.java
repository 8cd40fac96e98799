package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.simulation.cli.GeneratedPlans;
import org.keelson.simulation.cli.ResultJson;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.parallel.ParallelRun;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * The scalar and SIMD kernels give the same results to the last bit: whole simulations of the sample plans and of
 * a generated network, with plain random and Latin hypercube sampling, pre- and post-mitigation risks and the risk
 * tornado, compared in every printed figure and every stored sample.
 */
class KernelAgreementTest {

    private static final Executor THREADS = ParallelRun.NEW_THREAD_PER_TASK;

    static Stream<Path> plans() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("..", "sample-plans"))) {
            files = listed.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size(), "sample plans");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("plans")
    void bothKernelsSimulateTheSamplePlansAlike(Path file) throws IOException {
        Plan plan;
        try (InputStream in = Files.newInputStream(file)) {
            plan = new PlanJson().read(in);
        }
        for (boolean postMitigation : new boolean[] {false, true}) {
            SimulationModel model = new SimulationModel(plan, postMitigation);
            for (boolean lhs : new boolean[] {false, true}) {
                SimulationOptions options = SimulationOptions.of(2_100, 17).withThreads(2).withLatinHypercube(lhs)
                        .withPostMitigation(postMitigation).withTornadoRisks(3);
                assertSameResults(model, options, file.getFileName() + " lhs " + lhs + " post " + postMitigation);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void bothKernelsSimulateGeneratedNetworksAlike(int activities) {
        SimulationModel model = new SimulationModel(GeneratedPlans.network(activities, 3), false);
        assertSameResults(model, SimulationOptions.of(1_500, 5).withThreads(2).withTornadoRisks(2),
                activities + " activities");
    }

    static Stream<Integer> sizes() {
        return Stream.of(50, 400);
    }

    private static void assertSameResults(SimulationModel model, SimulationOptions options, String what) {
        SimulationResult simd = MonteCarloEngine.run(model, options, null, THREADS, new Cancellation(), Kernel.SIMD);
        SimulationResult scalar = MonteCarloEngine.run(model, options, null, THREADS, new Cancellation(), Kernel.SCALAR);
        assertEquals(Kernel.SIMD, simd.kernel());
        assertEquals(Kernel.SCALAR, scalar.kernel());

        ObjectNode simdJson = ResultJson.of(simd, null);
        ObjectNode scalarJson = ResultJson.of(scalar, null);
        assertEquals("simd", simdJson.remove("kernel").asText());
        assertEquals("scalar", scalarJson.remove("kernel").asText());
        assertEquals(simdJson, scalarJson, what);

        SimulationSamples a = simd.samples();
        SimulationSamples b = scalar.samples();
        assertArrayEquals(a.finish, b.finish, what + " finishes");
        assertArrayEquals(a.cost, b.cost, what + " costs");
        assertArrayEquals(a.milestoneFinish, b.milestoneFinish, what + " milestones");
        assertArrayEquals(a.quarterSpend, b.quarterSpend, what + " spend per quarter");
        for (int q = 0; q < model.quarters; q++) {
            assertArrayEquals(a.spendOfQuarter(q), b.spendOfQuarter(q), what + " spend by category in quarter " + q);
        }
        // the comparison is not vacuous: the runs vary
        assertNotEquals(simd.finish().offsets().p10(), simd.finish().offsets().p90(), what);
        assertTrue(a.cost[0] > 0 || model.plan().budget() == null, what);
    }
}
