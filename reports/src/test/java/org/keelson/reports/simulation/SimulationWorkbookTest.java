package org.keelson.reports.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.TestSimulations;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.plan.Plan;

class SimulationWorkbookTest {

    @Test
    void summaryHistogramsAndRoiFormulasAgreeWithTheRun() throws IOException {
        Plan plan = TestPlans.chinese();
        SimulationSummary summary = TestSimulations.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SimulationWorkbook workbook = new SimulationWorkbook(plan, summary);
        workbook.write(out);
        try (Workbooks wb = new Workbooks(out.toByteArray())) {
            String s = "模拟汇总";
            assertEquals(TestSimulations.RUNS, wb.number(s, "B5"), 1e-9);
            assertEquals(summary.probabilityMeetingDeadline(), wb.number(s, "B9"), 1e-12);
            assertEquals(summary.probabilityMeetingBudget(), wb.number(s, "B10"), 1e-12);
            // P-value table: P10, P50, P80, P90 from row 13 with 万元 twins.
            for (int i = 0; i < summary.pValues().size(); i++) {
                SimulationSummary.PValue p = summary.pValues().get(i);
                int row = 13 + i;
                assertEquals("P" + p.percent(), wb.text(s, "A" + row));
                assertEquals(DateUtil.getExcelDate(p.finish()), wb.number(s, "B" + row), 1e-9);
                assertEquals(p.cost() / 10_000, wb.number(s, "D" + row), 1e-9);
            }
            // ROI block: formulas over the samples sheet agree with Java on the same samples.
            double[] npv = summary.roi().npvSamples();
            int top = workbook.roiBlockRow() + 1; // zero-based header row -> Excel row of the header is top
            assertEquals(Arrays.stream(npv).average().orElseThrow(), wb.number(s, "B" + (top + 1)), 1e-6);
            assertEquals(Percentiles.of(npv, 0.1), wb.number(s, "B" + (top + 2)), 1e-6);
            assertEquals(Percentiles.of(npv, 0.5), wb.number(s, "B" + (top + 3)), 1e-6);
            assertEquals(Percentiles.of(npv, 0.9), wb.number(s, "B" + (top + 4)), 1e-6);
            assertEquals(Arrays.stream(npv).filter(v -> v > 0).count() / (double) npv.length,
                    wb.number(s, "B" + (top + 5)), 1e-12);
            double[] roi = summary.roi().roiSamples();
            assertEquals(Arrays.stream(roi).filter(v -> v >= 2.5).count() / (double) roi.length,
                    wb.number(s, "B" + (top + 10)), 1e-12);
            assertTrue(wb.formula(s, "B" + (top + 3)).startsWith("PERCENTILE("));

            // Histogram: probabilities sum to one and the cumulative column ends at one.
            String h = "完工日期分布";
            int bins = summary.finishHistogram().size();
            assertEquals(TestSimulations.RUNS, wb.number(h, "C" + (5 + bins)), 1e-9);
            assertEquals(1.0, wb.number(h, "D" + (5 + bins)), 1e-9);
            assertEquals(1.0, wb.number(h, "E" + (4 + bins)), 1e-9);
            int count = summary.finishHistogram().get(3).count();
            assertEquals(count / (double) TestSimulations.RUNS, wb.number(h, "D8"), 1e-12);

            // Criticality sorted descending with WBS names; tornado swing by formula, widest first.
            assertEquals("3", wb.text("关键性与敏感性", "A5"));
            assertEquals("推广与培训", wb.text("关键性与敏感性", "B5"));
            assertEquals("2.2 系统配置与开发", wb.text("龙卷风图", "A5"));
            assertEquals(55, wb.number("龙卷风图", "E5"), 1e-9);
            for (String sheet : new String[]{h, "龙卷风图", "投资回报"}) {
                assertEquals(1, wb.workbook().getSheet(sheet).getDrawingPatriarch().getShapes().size(), sheet + " chart");
            }
        }
    }

    @Test
    void aSummaryIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> new SimulationWorkbook(TestPlans.english(), null));
    }
}
