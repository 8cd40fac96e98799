package org.keelson.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.simulation.montecarlo.ProgressListener;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /**
     * A JVM started without the Vector API module (a plain {@code java -jar}) simulates on the scalar kernel, in
     * that JVM, and prints the same figures as this one, which has the module and runs the SIMD kernel. It loads
     * none of the SIMD kernel's classes.
     */
    @Test
    void aJvmWithoutTheVectorModuleSimulatesWithTheScalarKernelAndTheSameResults(@TempDir Path dir) throws Exception {
        String plan = Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json").toString();
        String[] command = {"simulate", plan, "--iterations", "300", "--seed", "5", "--threads", "1"};
        assertEquals(0, run(command));
        String inProcess = out.toString(StandardCharsets.UTF_8);
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "tests run with the module");
        assertTrue(inProcess.contains("\"kernel\" : \"simd\""), inProcess);

        Path classLog = dir.resolve("classes.log");
        String childOut = runInChildJvm(List.of("-Xlog:class+load=info:file=" + classLog), command);
        assertTrue(childOut.contains("\"kernel\" : \"scalar\""), childOut);
        assertEquals(inProcess.replace("\"kernel\" : \"simd\"", "\"kernel\" : \"scalar\""), childOut);

        String loaded = Files.readString(classLog);
        assertTrue(loaded.contains("org.keelson.simulation.montecarlo.ScalarLaneKernel"), "the log lists the classes");
        for (String simdClass : List.of("SimdLaneKernel", "LaneForwardPass", "LaneVectors", "LaneSampler", "LaneSpecies",
                "jdk.incubator.vector")) {
            assertFalse(loaded.contains(simdClass), simdClass + " was loaded");
        }
    }

    /** Without C2 (here HotSpot's client-only mode) vector code is slow: the JVM keeps to the scalar kernel. */
    @Test
    void aJvmWithoutTheOptimisingCompilerSimulatesWithTheScalarKernel() throws Exception {
        String plan = Path.of("..", "sample-plans", "001-omnichannel-fusion.json").toString();
        String childOut = runInChildJvm(List.of("-XX:TieredStopAtLevel=1", "--add-modules", "jdk.incubator.vector"),
                "simulate", plan, "--iterations", "200", "--seed", "5", "--threads", "1");
        assertTrue(childOut.contains("\"kernel\" : \"scalar\""), childOut);
    }

    /** The standard output of {@link Main} with {@code args} in a new JVM with {@code options}; it must succeed. */
    private static String runInChildJvm(List<String> options, String... args) throws Exception {
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(options);
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        java.addAll(List.of(args));
        Process child = new ProcessBuilder(java).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        return out;
    }

    @Test
    void noArgumentsPrintsUsage() {
        assertEquals(2, run());
        assertTrue(errors().contains("usage:"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(errors().contains("unknown command \"frobnicate\""), errors());
    }

    @Test
    void simulateNeedsIterationsAndSeedAsNumbers() {
        assertEquals(2, run("simulate", "plan.json", "--seed", "1"));
        assertTrue(errors().contains("--iterations is required"), errors());
        err.reset();
        assertEquals(2, run("simulate", "plan.json", "--iterations", "many", "--seed", "1"));
        assertTrue(errors().contains("--iterations expects a whole number, got \"many\""), errors());
        err.reset();
        assertEquals(2, run("simulate", "plan.json", "--iterations"));
        assertTrue(errors().contains("--iterations needs a value"), errors());
    }

    @Test
    void missingPlanFileIsReported() {
        assertEquals(1, run("validate", "/nonexistent/plan.json"));
        assertTrue(errors().contains("no such file: /nonexistent/plan.json"), errors());
        err.reset();
        assertEquals(2, run("validate"));
        assertTrue(errors().contains("validate needs a plan file"), errors());
    }

    @Test
    void longSimulationsReportProgressInTenPercentStepsOnStandardError() {
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        ProgressListener listener = Main.progressOn(stream, 0);
        for (double done : new double[] {0.05, 0.12, 0.19, 0.5, 0.51, 0.999, 1}) {
            listener.progress(done);
        }
        assertEquals(List.of("simulating: 10%", "simulating: 50%", "simulating: 90%", "simulating: 100%"),
                errors().lines().toList());
        err.reset();
        ProgressListener quiet = Main.progressOn(stream, Main.PROGRESS_DELAY_NANOS);
        quiet.progress(1);
        assertEquals("", errors(), "a run shorter than the delay prints nothing");
    }
}
