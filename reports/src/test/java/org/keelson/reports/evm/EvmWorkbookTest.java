package org.keelson.reports.evm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

class EvmWorkbookTest {

    private final Plan plan = TestPlans.chinese();
    private final EarnedValue values = new EarnedValue(plan);

    @Test
    void spreadsPreserveEachActivityBudgetAndEarnedValue() {
        for (EarnedValue.ActivityValue a : values.activities()) {
            assertEquals(a.budget(), Arrays.stream(a.pv()).sum(), 1e-6, a.activity().code());
            assertEquals(a.budget() * a.percentComplete() / 100, Arrays.stream(a.ev()).sum(), 1e-6, a.activity().code());
        }
        // The latest baseline's cost is the budget of a baselined leaf; BAC is their sum.
        assertEquals(1_500_000, budgetOf("2.2"), 1e-9);
        double expectedBac = new Wbs(plan.wbs()).leaves().stream().mapToDouble(this::budgetOf).sum();
        assertEquals(expectedBac, values.bac(), 1e-6);
        // Nothing is earned after the status quarter.
        int status = values.statusPeriod();
        assertEquals(Quarter.of(TestPlans.STATUS), values.quarters().get(status));
        values.periods().subList(status + 1, values.periods().size()).forEach(p -> assertEquals(null, p.ev()));
    }

    private double budgetOf(Activity leaf) {
        return budgetOf(leaf.code());
    }

    private double budgetOf(String code) {
        return values.activities().stream().filter(a -> a.activity().code().equals(code)).findFirst().orElseThrow()
                .budget();
    }

    @Test
    void workbookFormulasAgreeWithTheJavaFigures() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EvmWorkbook workbook = new EvmWorkbook(plan);
        workbook.write(out);
        List<String> sheets = workbook.sheetNames();
        String summary = sheets.get(0), periods = sheets.get(1);
        assertEquals("汇总", summary);
        Measures total = values.total();
        double pv = total.pv();
        double ev = total.ev();
        double ac = total.ac();
        double bac = total.bac();
        try (Workbooks wb = new Workbooks(out.toByteArray())) {
            assertEquals(bac, wb.number(summary, "B5"), 1e-6);
            assertEquals(pv, wb.number(summary, "B7"), 1e-6);
            assertEquals(ev, wb.number(summary, "B8"), 1e-6);
            assertEquals(ac, wb.number(summary, "B9"), 1e-6);
            assertEquals(ev - pv, wb.number(summary, "B10"), 1e-6);
            assertEquals(ev - ac, wb.number(summary, "B11"), 1e-6);
            assertEquals(ev / pv, wb.number(summary, "B12"), 1e-9);
            assertEquals(ev / ac, wb.number(summary, "B13"), 1e-9);
            assertEquals(total.eac(), wb.number(summary, "B14"), 1e-6);
            assertEquals(total.eacCpiSpi(), wb.number(summary, "B15"), 1e-6);
            assertEquals(total.etc(), wb.number(summary, "B16"), 1e-6);
            assertEquals(total.vac(), wb.number(summary, "B17"), 1e-6);
            assertEquals(total.tcpi(), wb.number(summary, "B18"), 1e-9);
            assertTrue(wb.formula(summary, "B13").contains("B8/B9"));
            assertEquals(1, wb.workbook().getSheetAt(0).getDrawingPatriarch().getShapes().size(), "S-curve embedded");

            // By period: cumulative values; the status quarter's cumulative EV is the whole EV to date.
            double cumPv = 0, cumAc = 0;
            List<EarnedValue.Period> list = values.periods();
            for (int i = 0; i <= values.statusPeriod(); i++) {
                int row = 5 + i;
                cumPv += list.get(i).pv();
                cumAc += list.get(i).ac();
                assertEquals(list.get(i).label(), wb.text(periods, "A" + row));
                assertEquals(list.get(i).pv(), wb.number(periods, "D" + row), 1e-6);
                assertEquals(list.get(i).ac(), wb.number(periods, "F" + row), 1e-6);
                assertEquals(cumPv, wb.number(periods, "G" + row), 1e-6);
                assertEquals(cumAc, wb.number(periods, "I" + row), 1e-6);
            }
            int statusRow = 5 + values.statusPeriod();
            assertEquals(ev, wb.number(periods, "H" + statusRow), 1e-6);
            assertEquals(ev / cumAc, wb.number(periods, "M" + statusRow), 1e-9);
            assertEquals(bac, wb.number(periods, "G" + (5 + list.size() - 1)), 1e-6, "PV reaches BAC");
            assertEquals("", wb.shown(periods, "H" + (statusRow + 1)), "no EV after the status quarter");

            // 万元 twins in the Chinese workbook, the forecasts labelled by method, TCPI above 1 flagged.
            assertEquals(bac / 10_000, wb.number(summary, "C5"), 1e-9);
            assertEquals(total.eac() / 10_000, wb.number(summary, "C14"), 1e-9);
            assertEquals(cumAc / 10_000, wb.number(periods, "R" + statusRow), 1e-9, "cumulative AC in 万元");
            assertEquals("完工估算 EAC（CPI 法：BAC / CPI）", wb.text(summary, "A14"));
            assertTrue(wb.text(summary, "A15").startsWith("完工估算 EAC（CPI × SPI 法"));
            assertTrue(wb.text(summary, "A5").contains("绩效测量基线"));
            assertTrue(total.tcpi() > 1, "the test plan is over cost: TCPI " + total.tcpi());
            assertTrue(flagged(wb.workbook().getSheet(summary), "B18", ">1"), "TCPI above 1 flagged");
        }
    }

    /** Whether a conditional format covering {@code a1} has a formula containing {@code condition}. */
    private static boolean flagged(org.apache.poi.ss.usermodel.Sheet sheet, String a1, String condition) {
        org.apache.poi.ss.usermodel.SheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        org.apache.poi.ss.util.CellReference cell = new org.apache.poi.ss.util.CellReference(a1);
        for (int i = 0; i < formats.getNumConditionalFormattings(); i++) {
            org.apache.poi.ss.usermodel.ConditionalFormatting format = formats.getConditionalFormattingAt(i);
            boolean covers = java.util.Arrays.stream(format.getFormattingRanges())
                    .anyMatch(r -> r.isInRange(cell.getRow(), cell.getCol()));
            for (int k = 0; covers && k < format.getNumberOfRules(); k++) {
                String formula = format.getRule(k).getFormula1();
                if (formula != null && formula.contains(condition)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyFormulaStoresItsComputedValue() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvmWorkbook(plan).write(out);
        assertTrue(org.keelson.reports.CachedValues.assertCachedEqualEvaluated(out.toByteArray()) > 50);
    }
}
