package org.keelson.simulation.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.text.LocalizedText;

/**
 * Synthetic plans for benchmarks: a layered network of {@code size} leaf activities with about two predecessors
 * each (mostly FS, some SS/FF with lags), mixed duration shapes, costs in five categories, risk drivers on 5% of
 * the activities (or as many as asked), milestones every fifth of the way and a benefit model that starts at the last
 * milestone. Every one is a valid interchange document, so the portal imports it (the HTTP benchmark does).
 */
public final class GeneratedPlans {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate DEADLINE = START.plusYears(3);

    private GeneratedPlans() {
    }

    public static Plan network(int size, long seed) {
        return network(size, Math.max(1, size / 20), seed);
    }

    /** A network of {@code size} activities with {@code riskCount} risk drivers, each on two activities. */
    public static Plan network(int size, int riskCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Activity> wbs = new ArrayList<>(size);
        String[] categories = {"hardware", "software", "staff", "services", "training"};
        DistributionType[] shapes = {DistributionType.TRIANGULAR, DistributionType.PERT, DistributionType.TRIANGULAR,
            DistributionType.UNIFORM, DistributionType.LOGNORMAL};
        int width = Math.max(4, (int) Math.sqrt(size));
        for (int i = 0; i < size; i++) {
            List<Relation> relations = new ArrayList<>(2);
            if (i >= width) {
                int layerStart = (i / width - 1) * width;
                int first = layerStart + random.nextInt(width);
                int second = Math.max(0, i - width - random.nextInt(2 * width));
                relations.add(new Relation(code(first), RelationType.FS, random.nextInt(5) == 0 ? random.nextInt(5) - 1 : 0));
                if (second != first) {
                    RelationType type = random.nextInt(4) == 0 ? (random.nextBoolean() ? RelationType.SS : RelationType.FF)
                            : RelationType.FS;
                    relations.add(new Relation(code(second), type, random.nextInt(3)));
                }
            }
            boolean milestone = i == size - 1 || (i + 1) % Math.max(1, size / 5) == 0;
            double ml = milestone ? 0 : 2 + random.nextInt(15);
            ThreePointEstimate estimate = milestone ? null
                    : new ThreePointEstimate(ml * 0.8, ml, ml * (1.3 + random.nextDouble()), shapes[random.nextInt(shapes.length)]);
            wbs.add(new Activity(code(i), LocalizedText.of("活动 " + code(i), "Activity " + code(i)), null, null, milestone, ml, estimate, null, null, 0, null, null,
                    milestone ? 0 : 5_000 + random.nextInt(20_000), milestone ? 0 : 1_000 + random.nextInt(3_000),
                    categories[i % categories.length], relations));
        }
        List<Risk> risks = new ArrayList<>();
        for (int r = 0; r < riskCount; r++) {
            risks.add(new Risk("R" + r, LocalizedText.of("风险 " + r, "Risk " + r), "technical", null, 3, 3, null, null, RiskStatus.OPEN, null, null, null, null,
                    null, new RiskQuantification(0.1 + 0.4 * random.nextDouble(), new ThreePointEstimate(1.05, 1.2, 1.6,
                            DistributionType.TRIANGULAR), new ThreePointEstimate(10_000, 30_000, 90_000, DistributionType.PERT)),
                    new RiskQuantification(0.05 + 0.1 * random.nextDouble(), new ThreePointEstimate(1.0, 1.1, 1.3,
                            DistributionType.TRIANGULAR), null),
                    List.of(code(random.nextInt(size)), code(random.nextInt(size)))));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Activity a : wbs) {
            if (a.milestone()) {
                String code = "M" + milestones.size();
                milestones.add(new Milestone(code, LocalizedText.of("里程碑 " + code, "Milestone " + code), null, a.code(),
                        DEADLINE, null, null, null, null, null));
            }
        }
        List<BudgetCategory> budgetCategories = new ArrayList<>();
        for (String c : categories) {
            budgetCategories.add(new BudgetCategory(c, LocalizedText.of(c, c), "capex"));
        }
        double plannedCost = wbs.stream().mapToDouble(a -> a.fixedCost() + a.costPerDay() * a.duration()).sum();
        BenefitModel benefits = new BenefitModel(0.08, 28, milestones.get(milestones.size() - 1).code(), 1.5, List.of(
                new BenefitLine("savings", LocalizedText.of("节约", "Savings"),
                        scaled(plannedCost, 0.04, 0.06, 0.1, DistributionType.PERT), 4),
                new BenefitLine("revenue", LocalizedText.of("收入", "Revenue"),
                        scaled(plannedCost, 0.0, 0.03, 0.08, DistributionType.TRIANGULAR), 6),
                new BenefitLine("running", LocalizedText.of("运行成本", "Running cost"),
                        scaled(plannedCost, -0.01, -0.008, -0.005, DistributionType.UNIFORM), 0)));
        return new Plan("BENCH-" + size, LocalizedText.of("生成的计划 " + size, "Generated plan " + size), null, "CNY", "en",
                PlanStatus.ACTIVE, null, START, DEADLINE, null,
                null, null, milestones, wbs, List.of(), new Budget(plannedCost * 1.1, 10, budgetCategories, List.of()), null,
                risks, null, benefits, null, null);
    }

    private static ThreePointEstimate scaled(double factor, double min, double ml, double max, DistributionType type) {
        return new ThreePointEstimate(min * factor, ml * factor, max * factor, type);
    }

    /** Top-level WBS codes 1, 2, 3, ... as the interchange format wants them. */
    private static String code(int i) {
        return String.valueOf(i + 1);
    }
}
