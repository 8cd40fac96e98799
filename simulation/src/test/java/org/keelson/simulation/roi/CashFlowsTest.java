package org.keelson.simulation.roi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CashFlowsTest {

    private static final double[] FLOWS = {-100, 60, 60};

    @Test
    void npvDiscountsEachQuarterEnd() {
        assertEquals(-100 / 1.1 + 60 / 1.21 + 60 / 1.331, CashFlows.npv(FLOWS, 3, 0.1), 1e-12);
        assertEquals(20, CashFlows.npv(FLOWS, 3, 0), 1e-12);
        assertEquals(Math.pow(1.08, 0.25) - 1, CashFlows.quarterlyRate(0.08), 1e-15);
    }

    @Test
    void irrSolvesTheQuadraticByHand() {
        // v (-100 + 60 v + 60 v^2) = 0 with v = 1 / (1 + r)
        double v = (-60 + Math.sqrt(3600 + 24000)) / 120;
        assertEquals(1 / v - 1, CashFlows.irr(FLOWS, 3), 1e-10);
        assertEquals(Math.pow(1 / v, 4) - 1, CashFlows.annualRate(CashFlows.irr(FLOWS, 3)), 1e-9);
    }

    @Test
    void irrDoesNotDependOnWhereTheSearchStarts() {
        double v = (-60 + Math.sqrt(3600 + 24000)) / 120;
        for (double guess : new double[] {-0.5, 0, 0.02, 0.3, 5, 50, Double.NaN}) {
            assertEquals(1 / v - 1, CashFlows.irr(FLOWS, 3, guess), 1e-10, "guess " + guess);
        }
    }

    @Test
    void irrWithoutSignChangeIsUndefinedNotAnError() {
        assertTrue(Double.isNaN(CashFlows.irr(new double[] {100, 50, 10}, 3)));
        assertTrue(Double.isNaN(CashFlows.irr(new double[] {-100, -50}, 2)));
        assertEquals(0, CashFlows.signChanges(new double[] {0, -1, 0, -2}, 4));
    }

    @Test
    void multipleSignChangesAreCountedAndOneRootReturned() {
        // -100 + 230 v - 132 v^2 = 0 at r = 10% and r = 20%
        double[] flows = {-100, 230, -132};
        assertEquals(2, CashFlows.signChanges(flows, 3));
        double irr = CashFlows.irr(flows, 3);
        assertTrue(Math.abs(irr - 0.1) < 1e-9 || Math.abs(irr - 0.2) < 1e-9, "irr " + irr);
    }

    @Test
    void paybackInterpolatesWithinTheCrossingQuarter() {
        assertEquals(2 + 40 / 60.0, CashFlows.payback(FLOWS, 3), 1e-12);
        assertTrue(Double.isNaN(CashFlows.payback(new double[] {-100, 10, 10}, 3)));
        assertEquals(0, CashFlows.payback(new double[] {5, 10}, 2));
        assertEquals(3 + 10 / 20.0, CashFlows.payback(new double[] {-100, 120, -30, 20}, 4), 1e-12, "dips again, pays back later");
    }

    @Test
    void rampedShareIntegratesTheLinearRamp() {
        assertEquals(0, RoiEngine.rampedShare(0, 1.5, 2), 1e-12);
        assertEquals(0.0625, RoiEngine.rampedShare(1, 1.5, 2), 1e-12);
        assertEquals(0.5, RoiEngine.rampedShare(2, 1.5, 2), 1e-12);
        assertEquals(0.9375, RoiEngine.rampedShare(3, 1.5, 2), 1e-12);
        assertEquals(1, RoiEngine.rampedShare(4, 1.5, 2), 1e-12);
        assertEquals(0.5, RoiEngine.rampedShare(1, 1.5, 0), 1e-12);
    }
}
