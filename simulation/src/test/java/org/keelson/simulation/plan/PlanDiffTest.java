package org.keelson.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keelson.simulation.testing.PlanFixtures.costed;
import static org.keelson.simulation.testing.PlanFixtures.fs;
import static org.keelson.simulation.testing.PlanFixtures.link;
import static org.keelson.simulation.testing.PlanFixtures.task;
import static org.keelson.simulation.testing.PlanFixtures.uncertain;
import static org.keelson.simulation.testing.PlanFixtures.withProgress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.PlanDiff.Area;
import org.keelson.simulation.plan.PlanDiff.Change;
import org.keelson.simulation.plan.PlanDiff.Kind;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.testing.PlanFixtures;
import org.keelson.simulation.text.LocalizedText;

class PlanDiffTest {

    private static final LocalDate DAY = PlanFixtures.START;

    /** Amounts and numbers marked, so that a test sees which notation wrote a value. */
    private static final PlanDiff.Notation MARKED = new PlanDiff.Notation() {
        @Override
        public String money(double amount) {
            return "¥" + PlanDiff.PLAIN.number(amount);
        }

        @Override
        public String number(double value) {
            return PlanDiff.PLAIN.number(value);
        }

        @Override
        public String label(Enum<?> value) {
            return value.name().toLowerCase(java.util.Locale.ROOT);
        }
    };

    @Test
    void aSamplePlanComparedWithItselfHasNoChange() throws IOException {
        PlanJson codec = new PlanJson();
        String json = Files.readString(Path.of("..", "sample-plans", "000-omnichannel-marketing-integration.json"));

        assertEquals(List.of(), PlanDiff.between(codec.read(json), codec.read(json), PlanDiff.PLAIN));
    }

    @Test
    void planDatesCalendarBudgetAndRoiModel() {
        Plan before = PlanFixtures.builder(List.of(task("1", 5))).deadline(DAY.plusDays(60))
                .budget(new Budget(1_000_000, 10, null, null))
                .benefits(new BenefitModel(0.08, 12, "M1", 2.5, null)).build();
        Plan after = PlanFixtures.builder(List.of(task("1", 5))).deadline(DAY.plusDays(75)).statusDate(DAY.plusDays(7))
                .budget(new Budget(1_200_000, 10, null, null))
                .benefits(new BenefitModel(0.1, 12, "M1", 2.5, null)).build();

        assertEquals(List.of(
                changed(Area.PLAN, "", "deadline", "2025-05-02", "2025-05-17"),
                changed(Area.PLAN, "", "statusDate", null, "2025-03-10"),
                changed(Area.PLAN, "", "budgetTotal", "¥1000000", "¥1200000"),
                changed(Area.PLAN, "", "discountRate", "0.08", "0.1")),
                PlanDiff.between(before, after, MARKED));
    }

    @Test
    void activitiesAddedRemovedAndChangedInEstimateLinksProgressAndCost() {
        Plan before = PlanFixtures.plan(List.of(
                uncertain("1", ThreePointEstimate.triangular(4, 5, 8)),
                task("2", 3, fs("1")),
                costed("3", 2, 1_000, 50, "IT", fs("2")),
                task("4", 1)));
        Plan after = PlanFixtures.plan(List.of(
                uncertain("1", new ThreePointEstimate(4, 6, 10, DistributionType.PERT)),
                withProgress(task("2", 3, link("1", RelationType.SS, 2)), 40, DAY.plusDays(3), null),
                costed("3", 2, 1_500, 50, "IT", fs("2")),
                task("5", 1)));

        assertEquals(List.of(
                changed(Area.ACTIVITY, "1", "duration", "5", "6"),
                changed(Area.ACTIVITY, "1", "estimate", "triangular 4 / 5 / 8", "pert 4 / 6 / 10"),
                changed(Area.ACTIVITY, "2", "relations", "1 fs", "1 ss +2"),
                changed(Area.ACTIVITY, "2", "percentComplete", "0", "40"),
                changed(Area.ACTIVITY, "2", "actualStart", null, "2025-03-06"),
                changed(Area.ACTIVITY, "3", "fixedCost", "¥1000", "¥1500"),
                new Change(Area.ACTIVITY, "5", Kind.ADDED, null, null, null),
                new Change(Area.ACTIVITY, "4", Kind.REMOVED, null, null, null)),
                PlanDiff.between(before, after, MARKED));
    }

    @Test
    void risksPreAndPostMitigationStatusResponseAndScores() {
        Risk open = risk("R1", 3, RiskStatus.OPEN, ResponseStrategy.ACCEPT, null);
        Risk mitigated = risk("R1", 2, RiskStatus.MITIGATING, ResponseStrategy.MITIGATE,
                new RiskQuantification(0.2, null, ThreePointEstimate.triangular(10_000, 20_000, 40_000)));
        Plan before = PlanFixtures.builder(List.of(task("1", 5))).risk(open).build();
        Plan after = PlanFixtures.builder(List.of(task("1", 5))).risk(mitigated)
                .risk(risk("R2", 1, RiskStatus.OPEN, ResponseStrategy.ACCEPT, null)).build();

        assertEquals(List.of(
                changed(Area.RISK, "R1", "probability", "3", "2"),
                changed(Area.RISK, "R1", "status", "open", "mitigating"),
                changed(Area.RISK, "R1", "response", "accept", "mitigate"),
                changed(Area.RISK, "R1", "postProbability", null, "0.2"),
                changed(Area.RISK, "R1", "postCostImpact", null, "triangular ¥10000 / ¥20000 / ¥40000"),
                new Change(Area.RISK, "R2", Kind.ADDED, null, null, null)),
                PlanDiff.between(before, after, MARKED));
    }

    @Test
    void milestonesCorrelationsBudgetLinesAndBenefitLines() {
        Quarter q1 = new Quarter(2025, 1);
        Plan before = PlanFixtures.builder(List.of(task("1", 5), task("2", 5))).milestone("M1", "1")
                .correlation("1", "2", 0.5)
                .budget(new Budget(100, 0, null, List.of(new BudgetLine("IT", q1, 60, 10),
                        new BudgetLine("OPS", q1, 40, 0))))
                .benefits(new BenefitModel(0.08, 12, "M1", null, List.of(
                        new BenefitLine("B1", null, ThreePointEstimate.fixed(500), 2)))).build();
        Plan after = PlanFixtures.builder(List.of(task("1", 5), task("2", 5))).milestone("M1", "2")
                .correlation("1", "2", 0.7)
                .budget(new Budget(100, 0, null, List.of(new BudgetLine("IT", q1, 60, 25))))
                .benefits(new BenefitModel(0.08, 12, "M1", null, List.of(
                        new BenefitLine("B1", new LocalizedText("收益", "Benefit"), ThreePointEstimate.fixed(500), 3))))
                .build();

        assertEquals(List.of(
                changed(Area.MILESTONE, "M1", "activity", "1", "2"),
                changed(Area.CORRELATION, "1 ~ 2", "coefficient", "0.5", "0.7"),
                changed(Area.BUDGET_LINE, "IT 2025-Q1", "actual", "¥10", "¥25"),
                new Change(Area.BUDGET_LINE, "OPS 2025-Q1", Kind.REMOVED, null, null, null),
                changed(Area.BENEFIT_LINE, "B1", "rampUpQuarters", "2", "3")),
                PlanDiff.between(before, after, MARKED));
    }

    private static Change changed(Area area, String key, String field, String before, String after) {
        return new Change(area, key, Kind.CHANGED, field, before, after);
    }

    private static Risk risk(String code, int probability, RiskStatus status, ResponseStrategy response,
            RiskQuantification post) {
        return new Risk(code, null, "technical", "owner", probability, 4, null, null, status, response, null, null,
                null, null, new RiskQuantification(0.3, null, null), post, List.of("1"));
    }
}
