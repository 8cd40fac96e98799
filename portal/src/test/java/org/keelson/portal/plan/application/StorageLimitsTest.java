package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.PlanFixtures;
import org.keelson.portal.plan.domain.PlanEntity;
import org.keelson.portal.plan.domain.RiskEntity;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.schedule.Activity;

class StorageLimitsTest {

    @Test
    void fullFixtureFits() {
        assertEquals(List.of(), StorageLimits.check(PlanFixtures.fullPlan("KP-001")));
    }

    @Test
    void reportsEachOverlongValueWithItsPath() {
        Plan plan = PlanFixtures.fullPlan("KP-001");
        List<Activity> wbs = new ArrayList<>(plan.wbs());
        Activity a = wbs.get(1);
        wbs.set(1, new Activity(a.code(), LocalizedText.of("名".repeat(1001), "ok"), a.owner(), a.phase(),
                a.milestone(), a.duration(), a.estimate(), a.plannedStart(), a.plannedFinish(), a.percentComplete(),
                a.actualStart(), a.actualFinish(), a.fixedCost(), a.costPerDay(), a.budgetCategory(), a.relations()));
        List<Risk> risks = new ArrayList<>(plan.risks());
        Risk r = risks.get(0);
        risks.set(0, new Risk(r.code(), r.title(), r.category(), r.owner(), r.probability(), r.impact(),
                r.residualProbability(), r.residualImpact(), r.status(), r.response(), r.responsePlan(),
                r.warningTrigger(), r.stopLoss(), r.recoveryPlan(), r.preMitigation(), r.postMitigation(),
                List.of("1.2", "9".repeat(65))));

        List<PlanNotStorableException.Violation> violations = StorageLimits.check(copy(plan, wbs, risks));

        assertEquals(List.of("wbs[1].name.zh", "risks[0].activities[1]"),
                violations.stream().map(PlanNotStorableException.Violation::path).toList());
        assertEquals("is 1001 characters long; at most 1000 can be stored", violations.get(0).message());
    }

    @Test
    void countsCharactersOutsideTheBasicMultilingualPlaneTwiceAsH2Does() {
        assertEquals(List.of(), StorageLimits.check(PlanFixtures.minimalPlan("😀".repeat(32)))); // 64 UTF-16 units

        List<PlanNotStorableException.Violation> violations =
                StorageLimits.check(PlanFixtures.minimalPlan("计" + "😀".repeat(32)));

        assertEquals("code", violations.get(0).path());
        assertEquals("is 65 characters long, counting each of its 32 emoji or other characters outside the Basic "
                + "Multilingual Plane as two; at most 64 can be stored", violations.get(0).message());
    }

    @Test
    void everyColumnSizeComesFromAnAtSizeOnTheEntities() throws NoSuchFieldException {
        assertEquals(64, StorageLimits.maxLength(PlanEntity.class.getDeclaredField("code")));
        assertEquals(64, StorageLimits.maxLength(RiskEntity.class.getDeclaredField("activityCodes")));
        IllegalStateException unannotated = assertThrows(IllegalStateException.class,
                () -> StorageLimits.maxLength(PlanEntity.class.getDeclaredField("startDate")));
        assertEquals("PlanEntity.startDate has no @Size: the length of its column is unknown",
                unannotated.getMessage());
    }

    @Test
    void blankCodeIsRefused() {
        assertEquals("code", StorageLimits.check(PlanFixtures.minimalPlan(" ")).get(0).path());
    }

    private static Plan copy(Plan p, List<Activity> wbs, List<Risk> risks) {
        return new Plan(p.code(), p.name(), p.description(), p.currency(), p.locale(), p.status(), p.manager(),
                p.startDate(), p.deadline(), p.statusDate(), p.calendar(), p.phases(), p.milestones(), wbs,
                p.correlations(), p.budget(), p.riskMatrix(), risks, p.kpis(), p.benefits(), p.baselines(),
                p.assumptions());
    }
}
