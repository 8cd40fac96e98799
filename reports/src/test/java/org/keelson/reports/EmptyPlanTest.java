package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.FinishHistogramChart;
import org.keelson.reports.chart.NpvChart;
import org.keelson.reports.chart.TornadoChart;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.simulation.SimulationSummary;
import org.keelson.reports.simulation.SimulationWorkbook;
import org.keelson.reports.chart.Charts;
import org.keelson.reports.chart.GanttChart;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.simulation.plan.LocalizedText;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.PlanStatus;

/** A plan that has just been created — no WBS, budget, risks or KPIs — still gives workbooks without formula errors. */
class EmptyPlanTest {

    private static Plan empty(LocalDate start) {
        return new Plan("NEW", LocalizedText.of("新项目", "New project"), null, "CNY", "zh-CN", PlanStatus.PROPOSED, null,
                start, null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                null, List.of(), List.of());
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
        Charts.png(GanttChart.create(plan, null), 600, 400);
        Charts.png(BudgetChart.create(plan), 600, 400);
        Charts.png(RiskHeatMapChart.create(plan), 600, 400);
    }

    @Test
    void aSimulationWithoutHistogramsOrBenefitsStillGivesAWorkbookAndCharts() throws IOException {
        Plan plan = empty(LocalDate.of(2026, 1, 5));
        SimulationSummary bare = new SimulationSummary(100, 1, LocalDate.of(2026, 6, 30), 0, 0.5, 0.5, List.of(),
                List.of(), List.of(), List.of(), 0, "days", List.of(), null);
        opensCleanly(out -> new SimulationWorkbook(plan, bare).write(out));
        ReportContext context = ReportContext.of(plan);
        Charts.png(FinishHistogramChart.create(bare, context), 600, 400);
        Charts.png(TornadoChart.create(bare, context), 600, 400);
        assertThrows(IllegalArgumentException.class, () -> NpvChart.create(new double[0], context));
    }

    @Test
    void earnedValueNeedsAtLeastOneDate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EvmWorkbook(empty(null)));
        assertEquals("plan NEW has no dates to measure earned value against", e.getMessage());
    }
}
