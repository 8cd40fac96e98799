package org.keelson.simulation.plan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Assumption;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.risk.ResponseStrategy;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.benefit.BenefitModel;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;

/**
 * Property: for randomly generated valid plans, import(export(plan)) equals the plan and a second export gives
 * the same bytes. Amounts are arbitrary doubles, so every number must be written in a form that reads back
 * exactly; texts mix Chinese, quotes, backslashes, line breaks and characters outside the BMP.
 */
class PlanJsonPropertyTest {

    private static final String[] FRAGMENTS = {"会员", "补货", "试点上线", "\"引号\"", "back\\slash", "换\n行", "tab\t",
        "😀", "CRM", " 空格 ", "万元"};

    private final PlanJson codec = new PlanJson();

    @Test
    void randomPlansRoundTripExactly() {
        Random random = new Random(20250106L);
        for (int i = 0; i < 150; i++) {
            Plan plan = randomPlan(random, i);

            String json = codec.write(plan);
            Plan read = codec.read(json);

            assertEquals(plan, read, () -> "plan " + plan.code() + ":\n" + json);
            assertEquals(json, codec.write(read));
        }
    }

    private static Plan randomPlan(Random random, int index) {
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        List<Activity> wbs = new ArrayList<>();
        wbs.add(activity("1", random, List.of(), true, false));
        int leaves = 1 + random.nextInt(8);
        List<String> leafCodes = new ArrayList<>();
        for (int i = 1; i <= leaves; i++) {
            String code = "1." + i;
            List<Relation> relations = new ArrayList<>();
            for (String earlier : leafCodes) {
                if (random.nextInt(3) == 0) {
                    RelationType type = RelationType.values()[random.nextInt(4)];
                    relations.add(new Relation(earlier, type, random.nextBoolean() ? 0 : amount(random, 10) - 5));
                }
            }
            wbs.add(activity(code, random, relations, false, false));
            leafCodes.add(code);
        }
        wbs.add(activity("2", random, List.of(new Relation(leafCodes.get(leafCodes.size() - 1), RelationType.FS, 0)),
                false, true));
        List<Milestone> milestones = List.of(new Milestone("M1", text(random), null, "2", start.plusDays(90),
                null, start.plusDays(random.nextInt(200)), null, text(random), null));
        List<Correlation> correlations = leaves < 2 ? List.of()
                : List.of(new Correlation("1.1", "1.2", random.nextDouble() * 2 - 1));
        List<BudgetCategory> categories = List.of(new BudgetCategory("C1", text(random), "capex"),
                new BudgetCategory("C2", text(random), null));
        List<BudgetLine> lines = new ArrayList<>();
        Quarter quarter = Quarter.of(start);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            lines.add(new BudgetLine(random.nextBoolean() ? "C1" : "C2", quarter, amount(random, 1e7),
                    random.nextBoolean() ? 0 : amount(random, 1e7)));
            quarter = quarter.next();
        }
        List<Risk> risks = List.of(new Risk("R1", text(random), null, "张三", 1 + random.nextInt(5),
                1 + random.nextInt(5), random.nextBoolean() ? null : 1 + random.nextInt(5), null,
                RiskStatus.values()[random.nextInt(4)], ResponseStrategy.values()[random.nextInt(4)], text(random), null,
                null, null, new RiskQuantification(random.nextDouble(), estimate(random, 1, 2), estimate(random, -5e5, 100)),
                random.nextBoolean() ? null : new RiskQuantification(random.nextDouble(), null, null),
                List.of("1.1")));
        List<KpiPoint> trajectory = new ArrayList<>();
        LocalDate date = start;
        for (int i = 0; i < random.nextInt(5); i++) {
            date = date.plusDays(1 + random.nextInt(120));
            trajectory.add(new KpiPoint(date, amount(random, 100)));
        }
        List<Kpi> kpis = List.of(new Kpi("K1", text(random), "%", null, KpiDirection.values()[random.nextInt(2)],
                random.nextBoolean() ? null : amount(random, 50), amount(random, 100), null, trajectory, List.of()));
        BenefitModel benefits = new BenefitModel(random.nextDouble() * 0.2, 1 + random.nextInt(40), "M1",
                random.nextBoolean() ? null : 1 + random.nextDouble() * 3,
                List.of(new BenefitLine("B1", text(random), estimate(random, -1e6, 100), random.nextInt(6))));
        WorkCalendar calendar = random.nextBoolean() ? WorkCalendar.standard()
                : new WorkCalendar(List.of(DayOfWeek.FRIDAY), List.of(new Holiday("春节", start, start.plusDays(6))), null);
        return new Plan("P-" + index, text(random), random.nextBoolean() ? null : text(random), "CNY",
                random.nextBoolean() ? "zh-CN" : "en", PlanStatus.values()[random.nextInt(5)], "王芳", start,
                start.plusDays(365), null, calendar, List.of(), milestones, wbs, correlations,
                new Budget(amount(random, 1e8), random.nextDouble() * 100, categories, lines),
                new RiskMatrix(2 + random.nextInt(10), 13 + random.nextInt(13)), risks, kpis, benefits, List.of(),
                List.of(new Assumption("wbs", text(random).zh())));
    }

    private static Activity activity(String code, Random random, List<Relation> relations, boolean summary,
            boolean milestone) {
        boolean leaf = !summary && !milestone;
        return new Activity(code, text(random), random.nextBoolean() ? "李强" : null, null, milestone,
                leaf ? amount(random, 100) : 0, leaf && random.nextBoolean() ? estimate(random, 0.5, 100) : null,
                null, null, leaf ? random.nextInt(101) : 0, null, null,
                leaf ? amount(random, 1e6) : 0, leaf ? amount(random, 1e4) : 0, leaf ? "C1" : null, relations);
    }

    /** A sorted random triple from {@code floor} to {@code floor + spread}; lognormal only when the floor is positive. */
    private static ThreePointEstimate estimate(Random random, double floor, double spread) {
        double[] points = {floor + amount(random, spread), floor + amount(random, spread), floor + amount(random, spread)};
        java.util.Arrays.sort(points);
        if (points[0] == points[2]) {
            return ThreePointEstimate.fixed(points[1]);
        }
        List<DistributionType> shapes = floor > 0
                ? List.of(DistributionType.TRIANGULAR, DistributionType.PERT, DistributionType.UNIFORM, DistributionType.LOGNORMAL)
                : List.of(DistributionType.TRIANGULAR, DistributionType.PERT, DistributionType.UNIFORM);
        return new ThreePointEstimate(points[0], points[1], points[2], shapes.get(random.nextInt(shapes.size())));
    }

    /** Whole, two-decimal or full-precision amounts up to {@code scale}. */
    private static double amount(Random random, double scale) {
        double value = random.nextDouble() * scale;
        return switch (random.nextInt(3)) {
            case 0 -> Math.rint(value);
            case 1 -> Math.rint(value * 100) / 100;
            default -> value;
        };
    }

    private static LocalizedText text(Random random) {
        String zh = FRAGMENTS[random.nextInt(FRAGMENTS.length)] + FRAGMENTS[random.nextInt(FRAGMENTS.length)];
        return random.nextInt(4) == 0 ? new LocalizedText(zh, null) : new LocalizedText(zh, "text " + random.nextInt(1000));
    }
}
