package org.keelson.simulation.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.testing.PlanFixtures;

/** Which kernel runs: SIMD on HotSpot with C2 and the Vector API module, scalar elsewhere, the property over both. */
class KernelTest {

    @AfterEach
    void clearOverride() {
        System.clearProperty(Kernel.PROPERTY);
    }

    @Test
    void thisHotSpotJvmWithTheModuleRunsTheSimdKernel() {
        assumeTrue(System.getProperty("java.vm.name").contains("OpenJDK 64-Bit Server VM")
                && !System.getProperty("java.vm.info").contains("emulated-client"), "the build's JVM: HotSpot with C2");
        assertTrue(Kernel.SIMD.isAvailable(), "the tests run with --add-modules jdk.incubator.vector");
        assertTrue(Kernel.hotSpotWithC2());
        assertEquals(Kernel.SIMD, Kernel.selected());
        assertEquals("simd", Kernel.SIMD.id());
    }

    @Test
    void thePropertyOverridesTheChoice() {
        System.setProperty(Kernel.PROPERTY, "scalar");
        assertEquals(Kernel.SCALAR, Kernel.selected());
        System.setProperty(Kernel.PROPERTY, "simd");
        assertEquals(Kernel.SIMD, Kernel.selected());
        System.setProperty(Kernel.PROPERTY, "gpu");
        IllegalStateException e = assertThrows(IllegalStateException.class, Kernel::selected);
        assertEquals("-Dkeelson.kernel=gpu: expected scalar or simd", e.getMessage());
    }

    @Test
    void aRunReportsItsKernel() {
        System.setProperty(Kernel.PROPERTY, "scalar");
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.task("A", 3)));
        assertEquals(Kernel.SCALAR, MonteCarloEngine.run(plan, SimulationOptions.of(100, 1)).kernel());
        System.setProperty(Kernel.PROPERTY, "simd");
        assertEquals(Kernel.SIMD, MonteCarloEngine.run(plan, SimulationOptions.of(100, 1)).kernel());
    }
}
