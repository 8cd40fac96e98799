package org.keelson.reports.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestForecasts;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.forecast.FinishDates;
import org.keelson.simulation.montecarlo.ActivityStatistics;
import org.keelson.simulation.montecarlo.RiskTornadoEntry;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.PlanForecast;
import org.keelson.simulation.roi.RoiResult;
import org.keelson.simulation.roi.RoiTornadoEntry;
import org.keelson.simulation.statistics.HistogramBin;

/** The workbook of a real engine run on the test plan: every figure is the engine's, every formula agrees with it. */
class SimulationWorkbookTest {

    private final Plan plan = TestPlans.chinese();
    private final PlanForecast forecast = TestForecasts.of(plan);
    private final SimulationResult result = forecast.schedule();
    private final RoiResult roi = forecast.roi();

    private Workbooks written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SimulationWorkbook(plan, forecast).write(out);
        return new Workbooks(out.toByteArray());
    }

    private static double excel(LocalDate date) {
        return DateUtil.getExcelDate(date);
    }

    @Test
    void forecastsAtCompletionStandSideBySideByMethodAndAP80NeedAboveTheReserveIsFlagged() throws IOException {
        org.keelson.simulation.evm.Measures measures = new org.keelson.simulation.evm.EarnedValue(plan).total();
        try (Workbooks wb = written()) {
            String s = "模拟汇总";
            assertEquals("完工预算 BAC（绩效测量基线）", wb.text(s, "G5"));
            assertEquals(measures.bac(), wb.number(s, "H5"), 1e-6);
            assertTrue(wb.text(s, "G6").contains("支出计划法"));
            assertEquals(org.keelson.simulation.budget.BudgetBreakdown.of(plan.budget(), plan.statusDate()).total()
                    .forecastAtCompletion(), wb.number(s, "H6"), 1e-6);
            assertEquals(measures.eac(), wb.number(s, "H7"), 1e-6);
            assertEquals(measures.eacCpiSpi(), wb.number(s, "H8"), 1e-6);
            assertEquals("模拟成本均值（蒙特卡洛法）", wb.text(s, "G9"));
            assertEquals(result.cost().mean(), wb.number(s, "H9"), 1e-6);
            assertEquals(result.cost().mean() / 10_000, wb.number(s, "I9"), 1e-9);
            assertEquals(result.costOutlook().contingencyNeededP80() / 10_000, wb.number(s, "C16"), 1e-9);
            // The conditional format compares the P80 need (B16) with the reserve (B11).
            org.apache.poi.ss.usermodel.SheetConditionalFormatting formats =
                    wb.sheet(s).getSheetConditionalFormatting();
            boolean flagged = false;
            for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
                org.apache.poi.ss.usermodel.ConditionalFormatting format = formats.getConditionalFormattingAt(i);
                flagged |= format.getFormattingRanges()[0].isInRange(15, 1)
                        && format.getRule(0).getFormula1().equals("$B16>$B$11");
            }
            assertTrue(flagged, "P80 contingency need above the reserve highlighted");
            // Cash flows in 万元 beside the yuan columns.
            assertEquals(wb.number("现金流", "B5") / 10_000, wb.number("现金流", "F5"), 1e-9);
            assertEquals(wb.number("现金流", "E5") / 10_000, wb.number("现金流", "I5"), 1e-9);
        }
    }

    @Test
    void summaryCarriesTheEnginesDatesCostsAndProbabilities() throws IOException {
        try (Workbooks wb = written()) {
            String s = "模拟汇总";
            assertEquals(TestForecasts.ITERATIONS, wb.number(s, "B5"), 1e-9);
            assertEquals(TestForecasts.SEED, wb.number(s, "B6"), 1e-9);
            assertEquals(excel(TestPlans.DEADLINE), wb.number(s, "B7"), 1e-9);
            assertEquals(excel(result.finish().deterministicDate()), wb.number(s, "B8"), 1e-9);
            assertEquals(result.probabilityOnTime(), wb.number(s, "B9"), 1e-12);
            assertEquals(7_500_000, wb.number(s, "B10"), 1e-6);
            assertEquals(8_250_000, wb.number(s, "B12"), 1e-6, "budget + reserve by formula");
            assertEquals(result.costOutlook().probabilityWithinBudget(), wb.number(s, "B14"), 1e-12);
            assertEquals(result.costOutlook().jointConfidence(), wb.number(s, "B15"), 1e-12);
            assertEquals(result.costOutlook().contingencyNeededP80(), wb.number(s, "B16"), 1e-6,
                    "P80 cost - budget by formula agrees with the engine's contingency need");
            assertTrue(wb.formula(s, "B16").contains("D23"));

            // P-value table from row 21: P10, P50, P80, P90, mean
            assertEquals("P50", wb.text(s, "A22"));
            assertEquals(excel(result.finish().p50()), wb.number(s, "B22"), 1e-9);
            assertEquals(excel(result.finish().p80()), wb.number(s, "B23"), 1e-9);
            assertEquals(result.finish().offsets().p80(), wb.number(s, "C23"), 1e-9);
            assertEquals(result.cost().p50(), wb.number(s, "D22"), 1e-6);
            assertEquals(result.cost().p80(), wb.number(s, "D23"), 1e-6);
            assertEquals(result.cost().p80() / 10_000, wb.number(s, "E23"), 1e-9);
            assertEquals(result.cost().mean(), wb.number(s, "D25"), 1e-6);

            // ROI block from row 27
            assertEquals(roi.npv().mean(), wb.number(s, "B28"), 1e-6);
            assertEquals(roi.npv().p10(), wb.number(s, "B29"), 1e-6);
            assertEquals(roi.npv().p50(), wb.number(s, "B30"), 1e-6);
            assertEquals(roi.npv().p90(), wb.number(s, "B31"), 1e-6);
            assertEquals(roi.probabilityNpvNegative(), wb.number(s, "B32"), 1e-12);
            assertEquals(roi.irr().p50(), wb.number(s, "B33"), 1e-12);
            assertEquals(roi.probabilityRoiMeetsTarget(), wb.number(s, "B38"), 1e-12);
        }
    }

    @Test
    void finishHistogramCountsEveryRunAndItsCdfCrossesEightyPercentAtTheEnginesP80() throws IOException {
        List<FinishDates.Bin> bins = FinishDates.histogram(plan, result);
        try (Workbooks wb = written()) {
            String h = "完工日期分布";
            int totalRow = 5 + bins.size();
            assertEquals(TestForecasts.ITERATIONS, wb.number(h, "C" + totalRow), 1e-9);
            assertEquals(1.0, wb.number(h, "D" + totalRow), 1e-9);
            assertEquals(1.0, wb.number(h, "E" + (totalRow - 1)), 1e-9);
            LocalDate p80 = result.finish().p80();
            int bin = 0;
            while (bins.get(bin).to().isBefore(p80)) {
                bin++;
            }
            int row = 5 + bin;
            assertEquals(excel(bins.get(bin).from()), wb.number(h, "A" + row), 1e-9);
            assertTrue(wb.number(h, "E" + row) >= 0.8, "the P80 date's bin reaches 80 %");
            assertTrue(wb.number(h, "E" + (row - 1)) < 0.8, "the bin before it does not");
            assertEquals(bins.get(bin).count() / (double) TestForecasts.ITERATIONS, wb.number(h, "D" + row), 1e-12);
        }
    }

    @Test
    void costAndNpvHistogramsAreTheEnginesBins() throws IOException {
        try (Workbooks wb = written()) {
            List<HistogramBin> cost = result.cost().histogram();
            assertEquals(cost.get(0).from(), wb.number("成本分布", "A5"), 1e-6);
            assertEquals(cost.get(0).from() / 10_000, wb.number("成本分布", "C5"), 1e-9);
            assertEquals(cost.get(3).count(), wb.number("成本分布", "E8"), 1e-9);
            assertEquals(cost.get(3).probability(), wb.number("成本分布", "F8"), 1e-12);
            assertEquals(TestForecasts.ITERATIONS, wb.number("成本分布", "E" + (5 + cost.size())), 1e-9);
            List<HistogramBin> npv = roi.npv().histogram();
            assertEquals(npv.get(npv.size() - 1).to(), wb.number("NPV 分布", "B" + (4 + npv.size())), 1e-6);
            assertEquals(1.0, wb.number("NPV 分布", "G" + (4 + npv.size())), 1e-9);
        }
    }

    @Test
    void criticalityTornadoAndNpvDriversFollowTheEngine() throws IOException {
        try (Workbooks wb = written()) {
            ActivityStatistics most = result.activities().stream()
                    .max(java.util.Comparator.comparingDouble(ActivityStatistics::criticality)).orElseThrow();
            assertEquals(most.criticality(), wb.number("关键性与敏感性", "C5"), 1e-12);
            assertEquals(result.activities().size() + 3, wb.sheet("关键性与敏感性").getLastRowNum());

            List<RiskTornadoEntry> risks = result.riskTornado();
            assertTrue(risks.size() >= 3, "the test plan's quantified risks reach the tornado");
            for (int i = 0; i < risks.size(); i++) {
                int row = 5 + i;
                assertEquals(risks.get(i).risk(), wb.text("龙卷风图", "A" + row), "engine's ranking, row " + row);
                assertEquals(risks.get(i).p80FinishImpact(), wb.number("龙卷风图", "D" + row), 1e-9);
                assertEquals(risks.get(i).p80CostImpact(), wb.number("龙卷风图", "E" + row), 1e-6);
            }
            assertEquals("数据迁移质量差", wb.text("龙卷风图", "B5"), "R02 ranks first in this run");

            List<RoiTornadoEntry> drivers = roi.tornado();
            assertEquals("B1 库存降低", wb.text("NPV 敏感性", "A5"));
            for (int i = 0; i < drivers.size(); i++) {
                int row = 5 + i;
                assertEquals(drivers.get(i).npvWhenLow(), wb.number("NPV 敏感性", "B" + row), 1e-6);
                assertEquals(drivers.get(i).swing(), wb.number("NPV 敏感性", "D" + row), 1e-6);
            }
            assertTrue(drivers.stream().map(RoiTornadoEntry::driver).toList().contains("investment"));
            assertTrue(List.of(wb.text("NPV 敏感性", "A6"), wb.text("NPV 敏感性", "A7")).contains("总投资"));

            int quarters = roi.cashFlows().size();
            double net = roi.cashFlows().stream().mapToDouble(f -> f.benefit() - f.investment()).sum();
            assertEquals(net, wb.number("现金流", "D" + (5 + quarters)), 1e-3);
            assertEquals(net, wb.number("现金流", "E" + (4 + quarters)), 1e-3, "cumulative net ends at the total");

            for (String sheet : new String[]{"完工日期分布", "龙卷风图", "NPV 分布", "NPV 敏感性"}) {
                assertNotNull(wb.workbook().getSheet(sheet).getDrawingPatriarch(), sheet + " chart");
                assertEquals(1, wb.workbook().getSheet(sheet).getDrawingPatriarch().getShapes().size(), sheet + " chart");
            }
        }
    }

    @Test
    void aForecastIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new SimulationWorkbook(TestPlans.english(), null));
    }
}
