package org.keelson.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
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
}
