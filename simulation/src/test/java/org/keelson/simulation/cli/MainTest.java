package org.keelson.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /**
     * Plans at the edges of the limits: half a century on a seven-day week, amounts of 10^15 either way, a
     * discount rate of -50 % over 200 quarters, risks that may save more than the plan costs; a plan that
     * invests nothing, whose ROI is undefined in every iteration; and one whose finish never varies, with a zero
     * budget, a risk that never occurs and two perfectly correlated activities.
     */
    @Test
    void simulatingExtremeButValidPlansPrintsNoInfinityOrNaN(@TempDir Path directory) throws IOException {
        Path extreme = directory.resolve("extreme.json");
        Files.writeString(extreme, """
                {"code": "X", "name": {"en": "Extreme"}, "currency": "CNY", "startDate": "2150-01-06",
                 "deadline": "2199-12-31", "calendar": {"weekendDays": []},
                 "milestones": [{"code": "M", "name": {"en": "Go-live"}, "activity": "3", "due": "2199-12-31"}],
                 "wbs": [{"code": "1", "name": {"en": "a"}, "duration": 1000, "fixedCost": 1e13, "costPerDay": 1e11,
                          "estimate": {"min": 900, "mostLikely": 1000, "max": 1800, "distribution": "pert"}},
                         {"code": "2", "name": {"en": "b"}, "duration": 8000, "costPerDay": 1e10,
                          "relations": [{"predecessor": "1", "lag": 100}]},
                         {"code": "3", "name": {"en": "c"}, "milestone": true, "duration": 0,
                          "relations": [{"predecessor": "2", "lag": -18250}]}],
                 "risks": [{"code": "R", "title": {"en": "r"}, "probability": 3, "impact": 3, "activities": ["1"],
                            "preMitigation": {"probability": 0.5,
                              "scheduleImpact": {"min": 1, "mostLikely": 2, "max": 5, "distribution": "triangular"},
                              "costImpact": {"min": -1e15, "mostLikely": 0, "max": 1e13, "distribution": "uniform"}}}],
                 "budget": {"total": 1e15, "contingencyPercent": 100},
                 "benefits": {"discountRate": -0.5, "horizonQuarters": 200, "goLiveMilestone": "M",
                              "lines": [{"code": "B", "name": {"en": "b"}, "rampUpQuarters": 200,
                                "quarterlyAmount": {"min": -1e15, "mostLikely": 0, "max": 1e15, "distribution": "uniform"}}]}}
                """);
        Path investsNothing = directory.resolve("free.json");
        Files.writeString(investsNothing, """
                {"code": "F", "name": {"en": "Free"}, "currency": "CNY", "startDate": "2025-02-15",
                 "milestones": [{"code": "M", "name": {"en": "Go-live"}, "activity": "2", "due": "2025-12-31"}],
                 "wbs": [{"code": "1", "name": {"en": "a"}, "duration": 10},
                         {"code": "2", "name": {"en": "b"}, "milestone": true, "duration": 0, "relations": [{"predecessor": "1"}]}],
                 "benefits": {"discountRate": 0.08, "horizonQuarters": 4, "goLiveMilestone": "M",
                              "lines": [{"code": "B", "name": {"en": "b"},
                                "quarterlyAmount": {"min": 100, "mostLikely": 100, "max": 100, "distribution": "fixed"}}]}}
                """);
        Path constant = directory.resolve("constant.json");
        Files.writeString(constant, """
                {"code": "C", "name": {"en": "Constant"}, "currency": "CNY", "startDate": "2025-01-06", "deadline": "2025-02-01",
                 "wbs": [{"code": "1", "name": {"en": "a"}, "duration": 100},
                         {"code": "2", "name": {"en": "b"}, "duration": 3,
                          "estimate": {"min": 1, "mostLikely": 3, "max": 5, "distribution": "triangular"}},
                         {"code": "3", "name": {"en": "c"}, "duration": 3,
                          "estimate": {"min": 1, "mostLikely": 3, "max": 5, "distribution": "lognormal"}}],
                 "correlations": [{"first": "2", "second": "3", "coefficient": 1}],
                 "risks": [{"code": "R", "title": {"en": "r"}, "probability": 3, "impact": 3, "activities": ["2"],
                            "preMitigation": {"probability": 0}}],
                 "budget": {"total": 0}}
                """);
        for (Path plan : List.of(extreme, investsNothing, constant)) {
            out.reset();
            assertEquals(0, run("simulate", plan.toString(), "--iterations", "1000", "--seed", "9"), errors());
            List<String> notFinite = new ArrayList<>();
            collectNotFinite(new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)), "$", notFinite);
            assertEquals(List.of(), notFinite, plan.getFileName().toString());
        }
    }

    /** Paths of values Jackson wrote for non-finite doubles: "NaN", "Infinity", "-Infinity" (as strings or bare). */
    private static void collectNotFinite(JsonNode node, String path, List<String> found) {
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(field -> collectNotFinite(field.getValue(), path + "." + field.getKey(), found));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                collectNotFinite(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isNumber() ? !Double.isFinite(node.asDouble()) : node.asText().matches("-?Infinity|NaN")) {
            found.add(path + " = " + node.asText());
        }
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
    void wrongOptionValuesAreUsageErrorsNamingTheOptionAsTyped() {
        String plan = samplePlan();
        Map<List<String>, String> expected = new LinkedHashMap<>();
        expected.put(List.of("--iterations", "0", "--seed", "1"), "--iterations must be at least 1, got 0");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--threads", "0"), "--threads must be at least 1, got 0");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tolerance", "-0.5"),
                "--tolerance must be a number of at least 0, got -0.5");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tolerance", "NaN"),
                "--tolerance must be a number of at least 0, got NaN");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tornado"), "--tornado needs a value");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tornado", "--lhs"), "--tornado needs a value");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tornado", "-1"), "--tornado must be at least 0, got -1");
        expected.put(List.of("--iterations", "10", "--seed", "1", "--tornado", "ten"),
                "--tornado expects a whole number, got \"ten\"");
        expected.put(List.of("--iteration", "10", "--seed", "1"), "unknown option --iteration for simulate");
        expected.forEach((options, message) -> {
            err.reset();
            List<String> command = new ArrayList<>(List.of("simulate", plan));
            command.addAll(options);
            assertEquals(2, run(command.toArray(String[]::new)), errors());
            assertEquals(message, errors().lines().findFirst().orElseThrow(), String.join(" ", options));
            assertFalse(errors().contains("convergenceTolerance") || errors().contains("tornadoRisks"), errors());
        });
        err.reset();
        assertEquals(2, run("bench", "--threads", "0"));
        assertEquals("--threads must be at least 1, got 0", errors().lines().findFirst().orElseThrow());
    }

    @Test
    void malformedPlansAreReportedWithLineAndColumnInPlainWords(@TempDir Path directory) throws IOException {
        Path plan = directory.resolve("plan.json");
        Files.writeString(plan, "{\"code\": \"A\",\n \"name\": {\"en\": NaN}}");

        assertEquals(1, run("validate", plan.toString()));
        assertEquals(List.of("invalid plan:", "  $: malformed JSON at line 2, column 20: NaN is not a number in JSON"),
                errors().lines().toList());
    }

    @Test
    void validatePrintsWorkingDaysAsPeopleWriteThem(@TempDir Path directory) throws IOException {
        // 0.1 + 0.2 working days add up to 0.30000000000000004 in binary floating point
        Path plan = directory.resolve("plan.json");
        Files.writeString(plan, """
                {"code": "D", "name": {"en": "Days"}, "currency": "CNY", "startDate": "2025-01-06",
                 "wbs": [{"code": "1", "name": {"en": "a"}, "duration": 0.1},
                         {"code": "2", "name": {"en": "b"}, "duration": 0.2, "relations": [{"predecessor": "1"}]}]}
                """);

        assertEquals(0, run("validate", plan.toString()), errors());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("(0.3 working days)"), out.toString(StandardCharsets.UTF_8));
        assertEquals("395", Main.workingDays(395.000000000003));
        assertEquals("12.5", Main.workingDays(12.5));
    }

    @Test
    void plansInUtf16OrWithAByteOrderMarkAreRead(@TempDir Path directory) throws IOException {
        String json = Files.readString(Path.of(samplePlan()));
        Path utf16 = directory.resolve("utf16.json");
        Files.write(utf16, json.getBytes(StandardCharsets.UTF_16));
        Path marked = directory.resolve("marked.json");
        Files.writeString(marked, "\uFEFF" + json);

        for (Path plan : List.of(utf16, marked)) {
            out.reset();
            assertEquals(0, run("validate", plan.toString()), errors());
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("valid: plan KP-000,"), out.toString(StandardCharsets.UTF_8));
        }
    }

    private static String samplePlan() {
        return Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json").toString();
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
