package org.keelson.portal.kpi.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;

class KpiStatusTest {

    @Test
    void latestActualIsTheLatestDatedMeasurement() {
        Kpi leadTime = kpi(KpiDirection.LOWER_IS_BETTER, 12.0, 4, List.of(
                new KpiPoint(LocalDate.of(2025, 6, 30), 8), new KpiPoint(LocalDate.of(2025, 3, 31), 10)));

        KpiStatus status = KpiStatus.of(leadTime);

        assertEquals(8, status.latestActual().value());
        assertEquals(50.0, status.progressPercent(), 1e-9); // 12 -> 8 of 12 -> 4
        assertFalse(status.targetMet());
    }

    @Test
    void targetMetFollowsDirection() {
        assertTrue(KpiStatus.of(kpi(KpiDirection.LOWER_IS_BETTER, 12.0, 4,
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 3.5)))).targetMet());
        assertTrue(KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, 1.0, 3,
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 3)))).targetMet());
    }

    @Test
    void noMeasurementOrNoBaselineMeansNoProgress() {
        KpiStatus unmeasured = KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, 1.0, 3, List.of()));
        assertNull(unmeasured.latestActual());
        assertNull(unmeasured.progressPercent());
        assertFalse(unmeasured.targetMet());

        assertNull(KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, null, 3,
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 2)))).progressPercent());
    }

    private static Kpi kpi(KpiDirection direction, Double baseline, double target, List<KpiPoint> actuals) {
        return new Kpi("K", null, "天", null, direction, baseline, target, null, null, actuals);
    }
}
