package org.keelson.portal.plan;

import static java.time.LocalDate.of;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Assumption;
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
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;

/**
 * Plans built in code for tests: {@link #fullPlan} sets every field of every record, with both present and
 * absent optional values, so a mapping that drops or swaps anything shows up as an inequality.
 */
public final class PlanFixtures {
    public static final LocalDate STATUS_DATE = of(2025, 6, 30);

    private PlanFixtures() {
    }

    public static LocalizedText text(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    public static Plan fullPlan(String code) {
        WorkCalendar calendar = new WorkCalendar(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(new Holiday("国庆节", of(2025, 10, 1), of(2025, 10, 8)),
                        new Holiday("春节", of(2026, 2, 15), of(2026, 2, 23))),
                List.of(of(2025, 9, 28), of(2025, 10, 11)));
        List<Phase> phases = List.of(
                new Phase("P1", text("基础建设", "Foundation"), of(2025, 1, 6), of(2025, 6, 30),
                        text("平台与数据", null)),
                new Phase("P2", text("全面推广", "Rollout"), of(2025, 7, 1), of(2025, 12, 31), null));
        List<Activity> wbs = List.of(
                summary("1", "基础建设", "Foundation"),
                new Activity("1.1", text("需求调研", "Requirements"), "张伟", "P1", false, 20,
                        new ThreePointEstimate(15, 20, 30, DistributionType.PERT), of(2025, 1, 6), of(2025, 2, 7),
                        100, of(2025, 1, 6), of(2025, 2, 10), 50_000, 3_000.5, "SVC", List.of()),
                new Activity("1.2", text("系统集成", "Integration"), null, "P1", false, 40,
                        ThreePointEstimate.triangular(35, 40, 60), of(2025, 2, 10), of(2025, 4, 4), 55.5,
                        of(2025, 2, 12), null, 0, 4_500, "HW",
                        List.of(new Relation("1.1", RelationType.FS, 2))),
                new Activity("1.3", text("上线", "Go-live"), "李娜", "P1", true, 0, null, of(2025, 9, 30),
                        of(2025, 9, 30), 0, null, null, 0, 0, null,
                        List.of(new Relation("1.2", RelationType.FF, 0), new Relation("1.1", RelationType.SS, -3.5))));
        List<Milestone> milestones = List.of(
                new Milestone("M1", text("上线", "Go-live"), "P1", "1.3", of(2025, 9, 30), of(2025, 9, 15),
                        of(2025, 10, 10), null, text("生产系统", "Production system"), text("验收通过", null)),
                new Milestone("M0", text("启动", "Kick-off"), null, null, of(2025, 1, 6), null, null,
                        of(2025, 1, 6), null, null));
        Budget budget = new Budget(12_000_000, 10,
                List.of(new BudgetCategory("HW", text("硬件", "Hardware"), "capex"),
                        new BudgetCategory("SVC", text("服务", "Services"), null)),
                List.of(new BudgetLine("HW", Quarter.parse("2025-Q1"), 1_000_000, 950_000.25),
                        new BudgetLine("SVC", Quarter.parse("2025-Q1"), 500_000, 0),
                        new BudgetLine("HW", Quarter.parse("2025-Q2"), 2_000_000, 2_100_000)),
                List.of(new ReserveDrawdown(LocalDate.of(2025, 4, 2), "HW", Quarter.parse("2025-Q2"), 100_000,
                        "服务器涨价 server prices", "finance")));
        List<Risk> risks = List.of(
                new Risk("R1", text("数据迁移失败", "Data migration fails"), "technical", "王芳", 4, 4, 2, 3,
                        RiskStatus.MITIGATING, ResponseStrategy.MITIGATE, text("预演两次", "Two rehearsals"),
                        text("预演失败", null), text("回滚", "Roll back"), text("恢复备份", "Restore backup"),
                        new RiskQuantification(0.3, ThreePointEstimate.triangular(1.1, 1.2, 1.5),
                                new ThreePointEstimate(100_000, 200_000, 500_000, DistributionType.LOGNORMAL)),
                        new RiskQuantification(0.1, null, ThreePointEstimate.fixed(50_000)), List.of("1.2", "1.3")),
                new Risk("R2", text("供应商延期", null), null, null, 1, 2, null, null, RiskStatus.OPEN,
                        ResponseStrategy.ACCEPT, null, null, null, null,
                        new RiskQuantification(0.05, null, null), null, List.of()));
        List<Kpi> kpis = List.of(
                new Kpi("K1", text("订单交付周期", "Order lead time"), "天", "operations", KpiDirection.LOWER_IS_BETTER,
                        12.0, 5, of(2026, 6, 30),
                        List.of(new KpiPoint(of(2025, 12, 31), 9), new KpiPoint(of(2026, 6, 30), 5)),
                        List.of(new KpiPoint(of(2025, 3, 31), 11.5))),
                new Kpi("K2", text("转化率", "Conversion"), "%", null, KpiDirection.HIGHER_IS_BETTER, null, 3.5,
                        null, null, null));
        BenefitModel benefits = new BenefitModel(0.08, 20, "M1", 2.5, List.of(
                new BenefitLine("B1", text("人工节约", "Labour saving"),
                        new ThreePointEstimate(200_000, 300_000, 350_000, DistributionType.TRIANGULAR), 4),
                new BenefitLine("B2", text("运维成本", "Running cost"), ThreePointEstimate.fixed(-40_000), 0)));
        List<Baseline> baselines = List.of(new Baseline("BL0", of(2025, 1, 3), List.of(
                new BaselineEntry("1.1", of(2025, 1, 6), of(2025, 2, 7), 110_000),
                new BaselineEntry("M1", of(2025, 9, 15), of(2025, 9, 15), 0)), true));
        return new Plan(code, text("智能工厂 " + code, "Smart factory " + code), text("描述", "Description"), "CNY",
                "zh-CN", PlanStatus.ACTIVE, "陈静", of(2025, 1, 6), of(2025, 12, 31), STATUS_DATE, calendar, phases,
                milestones, wbs, List.of(new Correlation("1.1", "1.2", 0.6)), budget, new RiskMatrix(6, 16), risks,
                kpis, benefits, baselines, List.of(new Assumption("wbs durations", "按 5 天工作周估算")));
    }

    /** The smallest plan the codec accepts: code, name, currency, start; every list and optional part absent. */
    public static Plan minimalPlan(String code) {
        return minimalPlan(code, text("最小计划", null));
    }

    /** {@link #minimalPlan(String)} with another name. */
    public static Plan minimalPlan(String code, LocalizedText name) {
        return new Plan(code, name, null, "CNY", "en", PlanStatus.PROPOSED, null, of(2025, 1, 6), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Activity summary(String code, String zh, String en) {
        return new Activity(code, text(zh, en), null, null, false, 0, null, null, null, 0, null, null, 0, 0, null,
                null);
    }
}
