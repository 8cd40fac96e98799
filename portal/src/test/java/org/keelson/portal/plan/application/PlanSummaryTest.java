package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.MilestoneWarning;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.risk.RiskTriggers;

class PlanSummaryTest {
    @Test
    void summarisesBudgetSpendProgressMilestoneAndRisks() {
        PlanSummary summary = PlanSummary.of(PlanFixtures.fullPlan("KP-001"));

        assertEquals(12_000_000, summary.budget());
        assertEquals(950_000.25 + 0 + 2_100_000, summary.spend(), 1e-6);
        // leaves 1.1 (20 d, 100 %) and 1.2 (40 d, 55.5 %); milestone 1.3 carries no weight
        assertEquals((20 * 100 + 40 * 55.5) / 60, summary.progressPercent(), 1e-9);
        // M0 is met; M1 is due 2025-09-30, 92 days after the status date 2025-06-30, but forecast for 2025-10-10
        assertEquals("M1", summary.nextMilestone().code());
        assertEquals(MilestoneWarning.FORECAST_LATE, summary.nextMilestone().warning());
        // R1 scores 16 against highFrom 16; R2 scores 2
        assertEquals(1, summary.highRiskCount());
    }

    @Test
    void closedRisksAreNotCountedAndThresholdsArePerPlan() {
        Plan base = PlanFixtures.fullPlan("KP-001");
        Risk closed = risk("R3", 5, 5, RiskStatus.CLOSED);
        Risk occurred = risk("R4", 3, 3, RiskStatus.OCCURRED);
        Plan plan = withRisks(base, List.of(closed, occurred), new RiskMatrix(4, 9));

        assertEquals(1, PlanSummary.of(plan).highRiskCount());
    }

    @Test
    void liveRisksWhoseScoreReachedATriggerAreCounted() {
        Plan base = PlanFixtures.fullPlan("KP-001");
        RiskTriggers warnAtTwelve = new RiskTriggers(12, null, null);
        List<Risk> risks = List.of(triggered("R1", 3, 4, RiskStatus.OPEN, warnAtTwelve),
                triggered("R2", 3, 3, RiskStatus.OPEN, warnAtTwelve),
                triggered("R3", 5, 5, RiskStatus.CLOSED, warnAtTwelve), risk("R4", 5, 5, RiskStatus.OPEN));

        assertEquals(1, PlanSummary.of(withRisks(base, risks, RiskMatrix.standard())).triggeredRiskCount(),
                "R1 reached 12; R2 is below, R3 closed, R4 has no triggers");
    }

    private static Risk triggered(String code, int probability, int impact, RiskStatus status,
            RiskTriggers triggers) {
        return new Risk(code, null, null, null, probability, impact, null, null, status, ResponseStrategy.MITIGATE,
                null, null, null, null, null, null, List.of(), null, null, triggers, List.of(), null);
    }

    @Test
    void missingStatusDateFallsBackToThePlanStart() {
        Plan base = PlanFixtures.fullPlan("KP-001");
        LocalDate start = LocalDate.of(2025, 3, 3);
        Plan plan = new Plan(base.code(), base.name(), null, "CNY", "zh-CN", base.status(), null, start, null, null,
                null, null, List.of(new Milestone("M9", null, null, null, start.plusDays(5), null, null, null, null,
                        null)), null, null, null, null, null, null, null, null, null);

        PlanSummary summary = PlanSummary.of(plan);

        assertEquals(MilestoneWarning.DUE_IN_7_DAYS, summary.nextMilestone().warning());
        assertNull(summary.budget());
        assertEquals(0, summary.spend());
        assertEquals(0, summary.progressPercent());
    }

    @Test
    void allMilestonesMetMeansNoNextMilestone() {
        assertNull(PlanSummary.of(PlanFixtures.minimalPlan("KP-002")).nextMilestone());
    }

    private static Risk risk(String code, int probability, int impact, RiskStatus status) {
        return new Risk(code, null, null, null, probability, impact, null, null, status, ResponseStrategy.ACCEPT,
                null, null, null, null, null, null, null);
    }

    private static Plan withRisks(Plan p, List<Risk> risks, RiskMatrix matrix) {
        return new Plan(p.code(), p.name(), p.description(), p.currency(), p.locale(), p.status(), p.manager(),
                p.startDate(), p.deadline(), p.statusDate(), p.calendar(), p.phases(), p.milestones(), p.wbs(),
                p.correlations(), p.budget(), matrix, risks, p.kpis(), p.benefits(), p.baselines(), p.assumptions());
    }
}
