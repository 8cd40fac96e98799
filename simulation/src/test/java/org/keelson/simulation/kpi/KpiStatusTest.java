package org.keelson.simulation.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.kpi.KpiStatus.Rag;

class KpiStatusTest {

    private static final LocalDate STATUS = LocalDate.of(2025, 6, 30);

    @Test
    void latestActualIsTheLastMeasurementOnOrBeforeTheStatusDate() {
        Kpi leadTime = kpi(KpiDirection.LOWER_IS_BETTER, 12.0, 4, List.of(), List.of(
                new KpiPoint(LocalDate.of(2025, 9, 30), 5), new KpiPoint(STATUS, 8),
                new KpiPoint(LocalDate.of(2025, 3, 31), 10)));

        KpiStatus status = KpiStatus.of(leadTime, STATUS);

        assertEquals(8, status.latestActual().value());
        assertEquals(50.0, status.progressPercent(), 1e-9); // 12 -> 8 of 12 -> 4
        assertFalse(status.targetMet());
        assertNull(KpiStatus.of(leadTime, LocalDate.of(2025, 3, 30)).latestActual());
    }

    @Test
    void plannedValueIsInterpolatedBetweenTrajectoryPointsAndHeldOutsideThem() {
        // 100 on 1 Jan, 200 on 11 Jan: 10 a day
        List<KpiPoint> trajectory = List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 100),
                new KpiPoint(LocalDate.of(2025, 1, 11), 200));
        Kpi orders = kpi(KpiDirection.HIGHER_IS_BETTER, 100.0, 300, trajectory, List.of());

        assertEquals(140, KpiStatus.of(orders, LocalDate.of(2025, 1, 5)).plannedAtStatus(), 1e-9);
        assertEquals(20, KpiStatus.of(orders, LocalDate.of(2025, 1, 5)).plannedProgressPercent(), 1e-9);
        assertEquals(100, KpiStatus.of(orders, LocalDate.of(2024, 12, 1)).plannedAtStatus(), 1e-9);
        assertEquals(200, KpiStatus.of(orders, LocalDate.of(2025, 2, 1)).plannedAtStatus(), 1e-9);
        assertNull(KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, 1.0, 3, List.of(), List.of()), STATUS)
                .plannedAtStatus());
    }

    @Test
    void withoutABaselineProgressStartsFromTheFirstTrajectoryPoint() {
        List<KpiPoint> trajectory = List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 40),
                new KpiPoint(LocalDate.of(2025, 12, 31), 80));
        Kpi conversion = kpi(KpiDirection.HIGHER_IS_BETTER, null, 80, trajectory,
                List.of(new KpiPoint(LocalDate.of(2025, 6, 1), 50)));

        KpiStatus status = KpiStatus.of(conversion, STATUS);

        assertEquals(40, status.baseline(), 1e-9);
        assertEquals(25, status.progressPercent(), 1e-9);
    }

    @Test
    void withoutBaselineOrTrajectoryThereIsNoProgressButTheTargetIsStillJudged() {
        KpiStatus status = KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, null, 3, List.of(),
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 3))), STATUS);
        assertNull(status.baseline());
        assertNull(status.progressPercent());
        assertNull(status.rag());
        assertTrue(status.targetMet());
    }

    @Test
    void targetMetFollowsDirection() {
        assertTrue(KpiStatus.of(kpi(KpiDirection.LOWER_IS_BETTER, 12.0, 4, List.of(),
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 3.5))), STATUS).targetMet());
        assertTrue(KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, 1.0, 3, List.of(),
                List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 3))), STATUS).targetMet());
        KpiStatus unmeasured = KpiStatus.of(kpi(KpiDirection.HIGHER_IS_BETTER, 1.0, 3, List.of(), List.of()), STATUS);
        assertNull(unmeasured.latestActual());
        assertNull(unmeasured.progressPercent());
        assertFalse(unmeasured.targetMet());
    }

    @Test
    void ragComparesAttainmentWithPlannedAttainment() {
        // planned: 0 -> 100 over 100 days from 1 Jan; status 21 Feb = day 51, so 51 % is planned
        List<KpiPoint> trajectory = List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 0),
                new KpiPoint(LocalDate.of(2025, 4, 11), 100));
        LocalDate status = LocalDate.of(2025, 2, 21);
        assertEquals(Rag.GREEN, rag(trajectory, status, 60));
        assertEquals(Rag.GREEN, rag(trajectory, status, 46.5));
        assertEquals(Rag.AMBER, rag(trajectory, status, 45.5));
        assertEquals(Rag.AMBER, rag(trajectory, status, 36.5));
        assertEquals(Rag.RED, rag(trajectory, status, 35.5));
    }

    private static Rag rag(List<KpiPoint> trajectory, LocalDate status, double actual) {
        Kpi kpi = kpi(KpiDirection.HIGHER_IS_BETTER, 0.0, 100, trajectory, List.of(new KpiPoint(status, actual)));
        return KpiStatus.of(kpi, status).rag();
    }

    private static Kpi kpi(KpiDirection direction, Double baseline, double target, List<KpiPoint> trajectory,
            List<KpiPoint> actuals) {
        return new Kpi("K", null, "天", null, direction, baseline, target, null, trajectory, actuals);
    }
}
