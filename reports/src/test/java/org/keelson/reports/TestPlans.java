package org.keelson.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Phase;
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
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;

/**
 * Plans built in Java for the report tests: an ERP rollout with Chinese and English names, a budget over six
 * quarters with overruns in some cells, a WBS with summaries, milestones and a baseline, six risks, two KPIs
 * (one higher-is-better, one lower-is-better) and a benefit model.
 */
public final class TestPlans {

    public static final LocalDate START = LocalDate.of(2025, 1, 6);
    public static final LocalDate STATUS = LocalDate.of(2025, 8, 15);
    public static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);

    private TestPlans() {
    }

    public static Plan chinese() {
        return plan("zh-CN", budgetLines());
    }

    public static Plan english() {
        return plan("en", budgetLines());
    }

    /**
     * A plan with {@code categories} budget categories (in three groups) and one line per category and quarter over
     * {@code quarters} quarters from 2025-Q1, as the plan format allows (one line per category and quarter). The
     * first four are the categories the WBS is charged to.
     */
    public static Plan withCategoriesAndQuarters(String locale, int categories, int quarters) {
        List<BudgetCategory> declared = new ArrayList<>(categories);
        List<BudgetLine> lines = new ArrayList<>(categories * quarters);
        String[] groups = {"technology", "human-resources", "operating"};
        String[] charged = {"HW", "SW", "STAFF", "SVC"};
        for (int c = 0; c < categories; c++) {
            String code = c < charged.length ? charged[c] : String.format("C%03d", c + 1);
            declared.add(new BudgetCategory(code, t("类别 " + (c + 1), "Category " + (c + 1)), groups[c % groups.length]));
            Quarter quarter = new Quarter(2025, 1);
            for (int q = 0; q < quarters; q++) {
                double planned = 10_000 + ((c * 31 + q * 7) % 97) * 250.0;
                double actual = quarter.firstDay().isAfter(STATUS) ? 0 : planned * (0.9 + ((c + q) % 7) * 0.04);
                lines.add(new BudgetLine(code, quarter, planned, actual));
                quarter = quarter.next();
            }
        }
        return plan(locale, new Budget(lines.stream().mapToDouble(BudgetLine::planned).sum(), 10, declared, lines));
    }

    /** The test plan with {@code budget} for its budget. */
    public static Plan withBudget(String locale, Budget budget) {
        return plan(locale, budget);
    }

    /** A plan that has just been created: no WBS, budget, risks, KPIs or benefits. */
    public static Plan empty(LocalDate start) {
        return new Plan("NEW", LocalizedText.of("新项目", "New project"), null, "CNY", "zh-CN", PlanStatus.PROPOSED, null,
                start, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                null, List.of(), List.of());
    }

    private static LocalizedText t(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    static List<BudgetLine> budgetLines() {
        List<BudgetLine> lines = new ArrayList<>();
        Quarter q = new Quarter(2025, 1);
        double[][] plannedActual = {
                // HW, SW, STAFF, SVC planned & actual by quarter (actual 0 after the status quarter)
                {800_000, 820_000, 300_000, 280_000, 450_000, 470_500, 120_000, 110_000},
                {200_000, 190_000, 600_000, 655_000, 450_000, 430_000, 150_000, 149_000},
                {100_000, 40_000, 250_000, 100_000, 500_000, 260_000, 180_000, 60_000},
                {0, 0, 150_000, 0, 500_000, 0, 220_000, 0},
                {50_000, 0, 100_000, 0, 400_000, 0, 200_000, 0},
                {0, 0, 50_000, 0, 300_000, 0, 150_000, 0}};
        String[] codes = {"HW", "SW", "STAFF", "SVC"};
        for (double[] quarter : plannedActual) {
            for (int c = 0; c < codes.length; c++) {
                lines.add(new BudgetLine(codes[c], q, quarter[2 * c], quarter[2 * c + 1]));
            }
            q = q.next();
        }
        return lines;
    }

    private static Plan plan(String locale, List<BudgetLine> lines) {
        List<BudgetCategory> categories = List.of(
                new BudgetCategory("HW", t("硬件", "Hardware"), "capex"),
                new BudgetCategory("SW", t("软件许可", "Software licences"), "capex"),
                new BudgetCategory("STAFF", t("内部人员", "Internal staff"), "opex"),
                new BudgetCategory("SVC", t("外部服务", "External services"), "opex"));
        return plan(locale, new Budget(7_500_000, 10, categories, lines));
    }

    private static Plan plan(String locale, Budget budget) {

        List<Activity> wbs = List.of(
                summary("1", t("项目管理", "Project management")),
                leaf("1.1", t("项目启动", "Kick-off"), 5, START, LocalDate.of(2025, 1, 10), 100, 20_000, 2_000, "STAFF",
                        START, LocalDate.of(2025, 1, 10), List.of()),
                leaf("1.2", t("项目管控", "Project control"), 300, LocalDate.of(2025, 1, 13), LocalDate.of(2026, 3, 6), 50,
                        0, 3_000, "STAFF", LocalDate.of(2025, 1, 13), null, List.of(fs("1.1"))),
                summary("2", t("系统实施", "Implementation")),
                summary("2.1", t("蓝图设计", "Blueprint")),
                leaf("2.1.1", t("业务调研", "Business survey"), 20, LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 14), 100,
                        50_000, 8_000, "SVC", LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 20), List.of(fs("1.1"))),
                leaf("2.1.2", t("方案设计", "Solution design"), 30, LocalDate.of(2025, 2, 17), LocalDate.of(2025, 3, 28), 100,
                        100_000, 10_000, "SVC", LocalDate.of(2025, 2, 21), LocalDate.of(2025, 4, 8), List.of(fs("2.1.1"))),
                leaf("2.2", t("系统配置与开发", "Configuration and build"), 80, LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 7, 18), 70, 600_000, 12_000, "SW", LocalDate.of(2025, 4, 9), null,
                        List.of(fs("2.1.2"))),
                leaf("2.3", t("硬件部署", "Hardware installation"), 15, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 21), 100,
                        1_000_000, 5_000, "HW", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 25), List.of(fs("2.1.1"))),
                leaf("2.4", t("集成测试", "Integration test"), 40, LocalDate.of(2025, 7, 21), LocalDate.of(2025, 9, 12), 20,
                        50_000, 9_000, "SVC", LocalDate.of(2025, 8, 4), null, List.of(fs("2.2"), fs("2.3"))),
                leaf("2.5", t("上线", "Go-live"), 0, LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 10), 0, 0, 0, null,
                        null, null, List.of(fs("2.4"))),
                leaf("3", t("推广与培训", "Rollout and training"), 100, LocalDate.of(2025, 10, 13), LocalDate.of(2026, 3, 6), 0,
                        200_000, 6_000, "STAFF", null, null, List.of(fs("2.5"))));
        List<Activity> flagged = wbs.stream().map(a -> a.code().equals("2.5") ? milestone(a) : a).toList();

        Baseline baseline = new Baseline("BL0", LocalDate.of(2025, 1, 3), List.of(
                new BaselineEntry("1.1", START, LocalDate.of(2025, 1, 10), 30_000),
                new BaselineEntry("1.2", LocalDate.of(2025, 1, 13), LocalDate.of(2026, 2, 27), 880_000),
                new BaselineEntry("2.1.1", LocalDate.of(2025, 1, 13), LocalDate.of(2025, 2, 7), 200_000),
                new BaselineEntry("2.1.2", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 21), 400_000),
                new BaselineEntry("2.2", LocalDate.of(2025, 3, 24), LocalDate.of(2025, 7, 4), 1_500_000),
                new BaselineEntry("2.3", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 21), 1_075_000),
                new BaselineEntry("2.4", LocalDate.of(2025, 7, 7), LocalDate.of(2025, 8, 29), 410_000),
                new BaselineEntry("2.5", LocalDate.of(2025, 9, 26), LocalDate.of(2025, 9, 26), 0),
                new BaselineEntry("3", LocalDate.of(2025, 9, 29), LocalDate.of(2026, 2, 20), 800_000)));
        Baseline older = new Baseline("BL-draft", LocalDate.of(2024, 12, 1), List.of(
                new BaselineEntry("2.2", LocalDate.of(2025, 3, 24), LocalDate.of(2025, 7, 4), 9_999_999)));

        List<Milestone> milestones = List.of(new Milestone("M1", t("系统上线", "System go-live"), "P2", "2.5",
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 10), null,
                t("生产系统", "Production system"), t("关键用户验收通过", "Key users accept")));

        List<Risk> risks = List.of(
                risk("R01", t("关键用户投入不足", "Key users unavailable"), 4, 4, 2, 3, RiskStatus.OPEN,
                        ResponseStrategy.MITIGATE, "2.1.1"),
                risk("R02", t("数据迁移质量差", "Poor data migration quality"), 3, 5, 2, 4, RiskStatus.MITIGATING,
                        ResponseStrategy.MITIGATE, "2.4"),
                risk("R03", t("硬件交付延迟", "Late hardware delivery"), 2, 3, null, null, RiskStatus.OPEN,
                        ResponseStrategy.TRANSFER, "2.3"),
                risk("R04", t("需求蔓延", "Scope creep"), 4, 4, 3, 3, RiskStatus.OPEN, ResponseStrategy.AVOID, "2.2"),
                risk("R05", t("汇率波动", "Exchange rate swing"), 1, 2, null, null, RiskStatus.CLOSED,
                        ResponseStrategy.ACCEPT, null),
                risk("R06", t("供应商人员流失", "Vendor staff turnover"), 5, 3, 3, 3, RiskStatus.OCCURRED,
                        ResponseStrategy.MITIGATE, "2.2"));

        List<Kpi> kpis = List.of(
                new Kpi("K1", t("订单自动化率", "Order automation rate"), "%", "efficiency", KpiDirection.HIGHER_IS_BETTER,
                        40.0, 90, LocalDate.of(2026, 6, 30),
                        List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 40), new KpiPoint(LocalDate.of(2025, 7, 1), 50),
                                new KpiPoint(LocalDate.of(2025, 10, 1), 60), new KpiPoint(LocalDate.of(2026, 6, 30), 90)),
                        List.of(new KpiPoint(LocalDate.of(2025, 3, 31), 42), new KpiPoint(LocalDate.of(2025, 6, 30), 47),
                                new KpiPoint(LocalDate.of(2025, 7, 31), 49))),
                new Kpi("K2", t("订单交付周期", "Order lead time"), "天", "service", KpiDirection.LOWER_IS_BETTER,
                        10.0, 4, LocalDate.of(2026, 6, 30),
                        List.of(new KpiPoint(LocalDate.of(2025, 1, 1), 10), new KpiPoint(LocalDate.of(2025, 9, 1), 8),
                                new KpiPoint(LocalDate.of(2026, 6, 30), 4)),
                        List.of(new KpiPoint(LocalDate.of(2025, 4, 30), 10), new KpiPoint(LocalDate.of(2025, 8, 1), 9.5))),
                new Kpi("K3", t("用户满意度", "User satisfaction"), "分", "quality", KpiDirection.HIGHER_IS_BETTER,
                        null, 85, LocalDate.of(2026, 3, 31),
                        List.of(new KpiPoint(LocalDate.of(2025, 10, 1), 70), new KpiPoint(LocalDate.of(2026, 3, 31), 85)),
                        List.of()));

        BenefitModel benefits = new BenefitModel(0.08, 20, "M1", 2.5, List.of(
                new BenefitLine("B1", t("库存降低", "Lower inventory"), ThreePointEstimate.triangular(600_000, 800_000, 1_000_000), 4),
                new BenefitLine("B2", t("运维成本", "Running cost"), ThreePointEstimate.fixed(-150_000), 0)));

        return new Plan("ERP-2025", t("ERP 系统升级 & 推广", "ERP upgrade & rollout"), t("集团 ERP 升级", "Group ERP upgrade"),
                "CNY", locale, PlanStatus.ACTIVE, "张伟", START, DEADLINE, STATUS, WorkCalendar.standard(),
                List.of(new Phase("P1", t("基础", "Foundation"), START, LocalDate.of(2025, 3, 31), null),
                        new Phase("P2", t("实施", "Implementation"), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 10), null)),
                milestones, flagged, List.of(), budget, RiskMatrix.standard(), risks, kpis, benefits,
                List.of(older, baseline), List.of());
    }

    private static Risk risk(String code, LocalizedText title, int p, int i, Integer rp, Integer ri, RiskStatus status,
                             ResponseStrategy response, String activity) {
        return new Risk(code, title, "technical", "李娜", p, i, rp, ri, status, response,
                t("每周跟踪" + code, "Track " + code + " weekly"), t("连续两周延迟", "Two weeks late in a row"),
                t("升级至指导委员会", "Escalate to steering committee"), t("启用备选方案", "Switch to fallback"),
                new RiskQuantification(p / 6.0, ThreePointEstimate.triangular(1.05, 1.1, 1.3),
                        ThreePointEstimate.triangular(50_000, 100_000, 300_000)),
                rp == null ? null : new RiskQuantification(rp / 6.0, null, ThreePointEstimate.fixed(50_000)),
                activity == null ? List.of() : List.of(activity));
    }

    private static Activity summary(String code, LocalizedText name) {
        return new Activity(code, name, null, null, false, 0, null, null, null, 0, null, null, 0, 0, null, List.of());
    }

    private static Activity leaf(String code, LocalizedText name, double duration, LocalDate start, LocalDate finish,
                                 double percent, double fixed, double perDay, String category, LocalDate actualStart,
                                 LocalDate actualFinish, List<Relation> relations) {
        return new Activity(code, name, "王芳", "P2", false, duration,
                ThreePointEstimate.triangular(duration * 0.9, duration, duration * 1.4), start, finish, percent,
                actualStart, actualFinish, fixed, perDay, category, relations);
    }

    private static Activity milestone(Activity a) {
        return new Activity(a.code(), a.name(), a.owner(), a.phase(), true, 0, null, a.plannedStart(), a.plannedFinish(),
                a.percentComplete(), a.actualStart(), a.actualFinish(), 0, 0, null, a.relations());
    }

    private static Relation fs(String predecessor) {
        return new Relation(predecessor, RelationType.FS, 0);
    }
}
