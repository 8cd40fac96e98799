package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.FinishHistogramChart;
import org.keelson.reports.chart.TornadoChart;
import org.keelson.reports.simulation.SimulationWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.GanttChart;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Schedule;

/** A plan that has just been created — no WBS, budget, risks or KPIs — still gives workbooks without formula errors. */
class EmptyPlanTest {

    private static Plan empty(LocalDate start) {
        return TestPlans.empty(start);
    }

    /** One activity and nothing else: no deadline, budget, risks or benefit model. */
    private static Plan singleActivity() {
        Activity work = new Activity("1", LocalizedText.of("工作", "Work"), null, null, false, 10,
                ThreePointEstimate.triangular(8, 10, 15), null, null, 0, null, null, 0, 0, null, List.of());
        return new Plan("ONE", LocalizedText.of("单一活动", "Single activity"), null, "CNY", "zh-CN", PlanStatus.PROPOSED,
                null, LocalDate.of(2026, 1, 5), null, null, WorkCalendar.standard(), List.of(), List.of(), List.of(work),
                List.of(), null, null, List.of(), List.of(), null, List.of(), List.of());
    }

    private interface Export {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static void opensCleanly(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(out);
        try (Workbooks wb = new Workbooks(out.toByteArray())) {
            assertEquals(true, wb.workbook().getNumberOfSheets() >= 2);
        }
    }

    @Test
    void everyWorkbookOfAnEmptyPlanOpensWithoutFormulaErrors() throws IOException {
        Plan plan = empty(LocalDate.of(2026, 1, 5));
        opensCleanly(out -> new BudgetWorkbook(plan).write(out));
        opensCleanly(out -> new EvmWorkbook(plan).write(out));
        opensCleanly(out -> new KpiWorkbook(plan).write(out));
        opensCleanly(out -> new RiskWorkbook(plan).write(out));
        Charts.png(GanttChart.create(plan, new Schedule(0, null, List.of(), List.of())), 600, 400);
        Charts.png(BudgetChart.create(plan), 600, 400);
        Charts.png(RiskHeatMapChart.create(plan), 600, 400);
    }

    @Test
    void aSimulationWithoutDeadlineBudgetRisksOrBenefitsStillGivesAWorkbookAndCharts() throws IOException {
        Plan plan = singleActivity();
        PlanForecast forecast = PlanForecast.run(plan, SimulationOptions.of(200, 1), ProgressListener.NONE);
        SimulationWorkbook workbook = new SimulationWorkbook(plan, forecast);
        assertEquals(5, workbook.sheetNames().size(), "no ROI sheets without a benefit model");
        opensCleanly(workbook::write);
        Charts.png(FinishHistogramChart.create(plan, forecast.schedule()), 600, 400);
        Charts.png(TornadoChart.risks(plan, forecast.schedule()), 600, 400);
        Charts.png(GanttChart.create(plan, CriticalPathScheduler.schedule(plan)), 600, 400);
    }

    @Test
    void aSingleIterationLeavesUndefinedStandardErrorsEmptyRatherThanErrors() throws IOException {
        Plan plan = singleActivity();
        PlanForecast forecast = PlanForecast.run(plan, SimulationOptions.of(1, 1), ProgressListener.NONE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SimulationWorkbook(plan, forecast).write(out);
        try (Workbooks wb = new Workbooks(out.toByteArray())) {
            for (org.apache.poi.ss.usermodel.Row row : wb.sheet("模拟汇总")) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    assertNotEquals(org.apache.poi.ss.usermodel.CellType.ERROR, cell.getCellType(),
                            cell.getAddress().toString());
                }
            }
            assertEquals(org.apache.poi.ss.usermodel.CellType.BLANK, wb.cell("模拟汇总", "B17").getCellType());
        }
    }

    @Test
    void earnedValueNeedsAtLeastOneDate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvmWorkbook(empty(null)));
        assertEquals("plan NEW has no dates to measure earned value against", e.getMessage());
    }
}
