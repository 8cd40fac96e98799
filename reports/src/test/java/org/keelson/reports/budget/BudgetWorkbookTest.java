package org.keelson.reports.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.plan.edit.BudgetEdits;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.reports.CachedValues;
import org.keelson.simulation.plan.Plan;

class BudgetWorkbookTest {

    private static byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BudgetWorkbook(plan).write(out);
        return out.toByteArray();
    }

    private static double planned(Plan plan, String category) {
        return plan.budget().lines().stream().filter(l -> l.category().equals(category)).mapToDouble(BudgetLine::planned).sum();
    }

    private static double plannedToDate(Plan plan, String category) {
        return plan.budget().lines().stream()
                .filter(l -> category == null || l.category().equals(category))
                .filter(l -> !l.quarter().lastDay().isAfter(plan.statusDate()))
                .mapToDouble(BudgetLine::planned).sum();
    }

    private static double actual(Plan plan, String category) {
        return plan.budget().lines().stream().filter(l -> category == null || l.category().equals(category))
                .mapToDouble(BudgetLine::actual).sum();
    }

    @Test
    void reserveDrawnIsAuthorisedForTheWorkAndLeavesTheReserve() throws IOException {
        // 7.5 M authorised, 10 % reserve: 300,000 drawn to HW in 2025-Q2
        Plan plan = BudgetEdits.drawReserve(TestPlans.chinese(), "HW", Quarter.parse("2025-Q2"), 300_000, "涨价",
                "finance", LocalDate.of(2025, 4, 2));
        try (Workbooks wb = new Workbooks(export(plan))) {
            assertEquals("批准预算（含已动用储备）", wb.text("汇总", "A5"));
            assertEquals(7_800_000, wb.number("汇总", "B5"), 1e-6);
            assertEquals("剩余应急储备", wb.text("汇总", "A7"));
            assertEquals(450_000, wb.number("汇总", "B7"), 1e-6, "the formula gives the stored value");
            assertEquals(8_250_000, wb.number("汇总", "B8"), 1e-6, "the envelope stays as agreed");
            double plannedAll = plan.budget().plannedTotal();
            assertEquals(7_800_000 - plannedAll, wb.number("汇总", "B10"), 1e-6, "as the budget page's unallocated");
            assertEquals(450_000, wb.number("按类别", "D10"), 1e-6);
        }
    }

    @Test
    void chineseWorkbookFormulasAgreeWithTheBudget() throws IOException {
        Plan plan = TestPlans.chinese();
        try (Workbooks wb = new Workbooks(export(plan))) {
            assertEquals(List.of("汇总", "按类别", "按季度", "类别×季度", "按WBS", "预算明细"),
                    List.of(wb.workbook().getSheetName(0), wb.workbook().getSheetName(1), wb.workbook().getSheetName(2),
                            wb.workbook().getSheetName(3), wb.workbook().getSheetName(4), wb.workbook().getSheetName(5)));
            // Summary: reserve, planned, to-date figures and forecast.
            assertEquals(750_000, wb.number("汇总", "B7"), 1e-6);
            assertEquals(8_250_000, wb.number("汇总", "B8"), 1e-6);
            double plannedAll = plan.budget().lines().stream().mapToDouble(BudgetLine::planned).sum();
            assertEquals(plannedAll, wb.number("汇总", "B9"), 1e-6);
            assertEquals(plannedToDate(plan, null), wb.number("汇总", "B12"), 1e-6);
            assertEquals(actual(plan, null), wb.number("汇总", "B13"), 1e-6);
            double forecast = actual(plan, null) + plannedAll - plannedToDate(plan, null);
            assertEquals(forecast, wb.number("汇总", "B16"), 1e-6);
            assertEquals(750_000 - Math.max(0, forecast - 7_500_000), wb.number("汇总", "B18"), 1e-6);
            assertTrue(wb.formula("汇总", "B16").contains("B13"));
            // 万元 twin column: value divided by 10,000 and shown with the unit.
            assertEquals(750.0, wb.number("汇总", "C5"), 1e-9);
            assertEquals("750.00万元", wb.shown("汇总", "C5"));
            assertEquals("7,500,000.00", wb.shown("汇总", "B5"));
            assertEquals(1, wb.workbook().getSheet("汇总").getDrawingPatriarch().getShapes().size(), "budget chart");

            // By category: rows in plan order, each a SUMIFS over the lines.
            String[] codes = {"HW", "SW", "STAFF", "SVC"};
            for (int i = 0; i < codes.length; i++) {
                int row = 5 + i;
                assertEquals(codes[i], wb.text("按类别", "A" + row));
                assertEquals(planned(plan, codes[i]), wb.number("按类别", "D" + row), 1e-6);
                assertEquals(plannedToDate(plan, codes[i]), wb.number("按类别", "E" + row), 1e-6);
                assertEquals(actual(plan, codes[i]), wb.number("按类别", "F" + row), 1e-6);
                assertEquals(plannedToDate(plan, codes[i]) - actual(plan, codes[i]), wb.number("按类别", "G" + row), 1e-6);
                assertTrue(wb.formula("按类别", "D" + row).startsWith("SUMIFS("));
            }
            assertEquals("硬件", wb.text("按类别", "B5"));
            assertEquals("合计", wb.text("按类别", "B9"));
            assertEquals(plannedAll, wb.number("按类别", "D9"), 1e-6);
            assertEquals(plannedAll + 750_000, wb.number("按类别", "D11"), 1e-6);
            assertTrue(wb.formula("按类别", "D9").startsWith("SUM("));
            // SW overran in 2025-Q2 (655,000 against 600,000): the quarter's variance is negative.
            assertEquals("2025-Q2", wb.text("按季度", "A6"));
            double q2Planned = 200_000 + 600_000 + 450_000 + 150_000;
            double q2Actual = 190_000 + 655_000 + 430_000 + 149_000;
            assertEquals(q2Planned - q2Actual, wb.number("按季度", "F6"), 1e-6);
            assertEquals("", wb.cell("按季度", "F8").getStringCellValue(), "no variance before the quarter starts");

            // Category x quarter: blocks of title + 4 categories + total + spacer, planned block titled on row 7.
            assertEquals("2025-Q2", wb.text("类别×季度", "D4"));
            int plannedTitle = 7, actualTitle = plannedTitle + 7, varianceTitle = actualTitle + 7;
            assertEquals("SW", wb.text("类别×季度", "A" + (plannedTitle + 2)));
            assertEquals(600_000, wb.number("类别×季度", "D" + (plannedTitle + 2)), 1e-6);
            assertEquals(655_000, wb.number("类别×季度", "D" + (actualTitle + 2)), 1e-6);
            assertEquals(-55_000, wb.number("类别×季度", "D" + (varianceTitle + 2)), 1e-6);
            assertEquals(plannedAll, wb.number("类别×季度", "I" + (plannedTitle + 5)), 1e-6);

            // By WBS: leaf cost = fixed + per day x duration; summaries roll up; EV = BAC x % complete.
            Wbs wbs = new Wbs(plan.wbs());
            double implementation = wbs.cost(plan.wbs().get(3));
            assertEquals("2", wb.text("按WBS", "A8"));
            assertEquals(implementation, wb.number("按WBS", "I8"), 1e-6);
            double earned = new EarnedValue(plan).total().ev();
            double earnedTopLevel = wb.number("按WBS", "N5") + wb.number("按WBS", "N8") + wb.number("按WBS", "N16");
            assertEquals(earned, earnedTopLevel, 1e-6);
            // Latest baseline (BL0, not the older draft) gives 2.2's baseline cost.
            assertEquals("2.2", wb.text("按WBS", "A12"));
            assertEquals(1_500_000, wb.number("按WBS", "J12"), 1e-6);
        }
    }

    @Test
    void sheetsAreReadyForPrintingFilteringAndHighlightOverruns() throws IOException {
        try (Workbooks wb = new Workbooks(export(TestPlans.english()))) {
            for (String name : new BudgetWorkbook(TestPlans.english()).sheetNames()) {
                XSSFSheet sheet = (XSSFSheet) wb.sheet(name);
                assertTrue(sheet.getPrintSetup().getLandscape(), name + " landscape");
                assertEquals(1, sheet.getPrintSetup().getFitWidth(), name + " fit to width");
                assertTrue(sheet.getFitToPage(), name);
                assertTrue(sheet.getHeader().getLeft().contains("ERP upgrade && rollout"), name + " header");
                assertTrue(sheet.getHeader().getRight().contains("2025-08-15"), name + " status date in header");
                assertNotNull(sheet.getPaneInformation(), name + " frozen header");
                assertTrue(sheet.getSheetConditionalFormatting().getNumConditionalFormattings() > 0, name);
            }
            Sheet byCategory = wb.sheet("By category");
            assertTrue(((XSSFSheet) byCategory).getCTWorksheet().isSetAutoFilter());
            assertEquals(4, byCategory.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("Hardware", wb.text("By category", "B5"));
            assertEquals("Planned (CNY)", wb.text("By category", "D4"));
            // English CNY reports have no 万元 columns.
            assertEquals(null, wb.sheet("Summary").getRow(4).getCell(2));
        }
    }

    @Test
    void largeBudgetsStreamEveryLineAndStillTotalByFormula() throws IOException {
        Plan plan = TestPlans.withCategoriesAndQuarters("en", 25, 12); // 300 lines, beyond the 200-row streaming window
        try (Workbooks wb = new Workbooks(export(plan))) {
            Sheet lines = wb.sheet("Budget lines");
            assertEquals(4 + 300 - 1, lines.getLastRowNum(), "every line written after the header rows");
            double plannedAll = plan.budget().lines().stream().mapToDouble(BudgetLine::planned).sum();
            assertEquals(plannedAll, wb.number("Summary", "B9"), 1e-6);
            assertEquals(planned(plan, "SVC"), wb.number("By category", "D8"), 1e-6);
            assertEquals(actual(plan, null), wb.number("By quarter", "E" + (5 + 12)), 1e-6, "total row after 12 quarters");
        }
    }

    @Test
    void sixtyCategoriesStreamRowByRowAcrossTheCategoryByQuarterBlocks() throws IOException {
        Plan plan = TestPlans.withCategoriesAndQuarters("zh-CN", 60, 4);
        try (Workbooks wb = new Workbooks(export(plan))) {
            // Four blocks of 60 categories + total, each after a title row: the variance block's total row is 4
            // blocks down, well past the 200-row streaming window.
            int plannedTitle = 7, blockHeight = 60 + 2 + 1;
            int actualTitle = plannedTitle + blockHeight, varianceTitle = actualTitle + blockHeight;
            for (int k : new int[]{0, 37, 59}) {
                String code = plan.budget().categories().get(k).code();
                assertEquals(code, wb.text("类别×季度", "A" + (plannedTitle + 1 + k)));
                assertEquals(planned(plan, code), wb.number("类别×季度", "G" + (plannedTitle + 1 + k)), 1e-6, code);
                assertEquals(actual(plan, code), wb.number("类别×季度", "G" + (actualTitle + 1 + k)), 1e-6, code);
                assertEquals(plannedToDate(plan, code) - actual(plan, code),
                        wb.number("类别×季度", "G" + (varianceTitle + 1 + k)), 1e-6, code);
                assertEquals(planned(plan, code), wb.number("按类别", "D" + (5 + k)), 1e-6, code);
            }
            assertEquals(plannedToDate(plan, null) - actual(plan, null),
                    wb.number("类别×季度", "G" + (varianceTitle + 61)), 1e-6, "variance to date of all categories");
        }
    }

    @Test
    void everyFormulaStoresItsComputedValue() throws IOException {
        for (Plan plan : List.of(TestPlans.chinese(), TestPlans.english(), TestPlans.withCategoriesAndQuarters("zh-CN", 60, 8))) {
            byte[] bytes = export(plan);
            int formulas = CachedValues.assertCachedEqualEvaluated(bytes);
            assertTrue(formulas > 100, "formulas found: " + formulas);
        }
    }

    @Test
    void varianceIsPlannedToDateMinusActualToDateOnEverySheet() throws IOException {
        Plan plan = TestPlans.english();
        BudgetBreakdown breakdown = BudgetBreakdown.of(plan.budget(), plan.statusDate());
        double varianceToDate = plannedToDate(plan, null) - actual(plan, null);
        assertEquals(varianceToDate, breakdown.total().variance(), 1e-6);
        try (Workbooks wb = new Workbooks(export(plan))) {
            assertEquals(varianceToDate, wb.number("Summary", "B14"), 1e-6);
            assertEquals(varianceToDate, wb.number("By category", "G9"), 1e-6);
            assertEquals(varianceToDate, wb.number("By quarter", "F11"), 1e-6, "total of the quarters' variances");
            assertEquals(varianceToDate, wb.number("Category x quarter", "I" + (7 + 7 + 7 + 5)), 1e-6);
            // 2025-Q3 is running on 2025-08-15: its plan does not count yet, its spend does.
            assertEquals("2025-Q3", wb.text("By quarter", "A7"));
            assertEquals(0, wb.number("By quarter", "D7"), 1e-6);
            assertEquals(-(40_000 + 100_000 + 260_000 + 60_000), wb.number("By quarter", "F7"), 1e-6);
            assertEquals("", wb.cell("By quarter", "F8").getStringCellValue(), "no variance before a quarter starts");
            double lineVariances = 0;
            for (int row = 5; row < 5 + plan.budget().lines().size(); row++) {
                org.apache.poi.ss.usermodel.Cell cell = wb.cell("Budget lines", "H" + row);
                lineVariances += cell.getCachedFormulaResultType() == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
            }
            assertEquals(varianceToDate, lineVariances, 1e-6, "the lines' variances add up to the variance to date");
            assertTrue(wb.text("Summary", "A2").contains("Variance = planned to date − actual to date"));
        }
    }

    @Test
    void bacEvAndTheForecastsAreTheEarnedValueFiguresLabelledByMethod() throws IOException {
        Plan plan = TestPlans.chinese();
        Measures measures = new EarnedValue(plan).total();
        try (Workbooks wb = new Workbooks(export(plan))) {
            assertEquals("完工预算 BAC（绩效测量基线）", wb.text("汇总", "A21"));
            assertEquals(measures.bac(), wb.number("汇总", "B21"), 1e-6);
            assertEquals(measures.pv(), wb.number("汇总", "B22"), 1e-6);
            assertEquals(measures.ev(), wb.number("汇总", "B23"), 1e-6);
            assertEquals(measures.ac(), wb.number("汇总", "B24"), 1e-6);
            assertEquals(measures.spi(), wb.number("汇总", "B25"), 1e-9);
            assertEquals(measures.cpi(), wb.number("汇总", "B26"), 1e-9);
            assertEquals(measures.eac(), wb.number("汇总", "B27"), 1e-6);
            assertEquals(measures.eacCpiSpi(), wb.number("汇总", "B28"), 1e-6);
            assertEquals(measures.tcpi(), wb.number("汇总", "B29"), 1e-9);
            assertTrue(wb.text("汇总", "A16").contains("支出计划法"));
            assertTrue(wb.text("汇总", "A27").contains("CPI 法"));
            assertTrue(wb.text("汇总", "A28").contains("CPI × SPI 法"));
            assertTrue(wb.text("汇总", "A31").startsWith("口径：BAC 为绩效测量基线"));
            // The 2.2 leaf is baselined at 1.5 M (its current estimate differs): BAC is the baseline, EV = BAC x 70 %.
            assertEquals("2.2", wb.text("按WBS", "A12"));
            assertEquals(1_500_000, wb.number("按WBS", "J12"), 1e-6);
            assertEquals(1_500_000 * 0.7, wb.number("按WBS", "N12"), 1e-6);
            assertEquals(600_000 + 12_000 * 80, wb.number("按WBS", "I12"), 1e-6);
        }
    }

    @Test
    void equalAmountsGiveZeroNotANegativeResidue() throws IOException {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point: the differences with 0.3 are residues, not overruns.
        Quarter q1 = new Quarter(2025, 1);
        Budget budget = new Budget(0.3, 0, List.of(new BudgetCategory("HW", null, null)),
                List.of(new BudgetLine("HW", q1, 0.1, 0.3), new BudgetLine("HW", q1.next(), 0.2, 0)));
        try (Workbooks wb = new Workbooks(export(TestPlans.withBudget("en", budget)))) {
            assertEquals("0.00", wb.shown("Summary", "B10"), "unallocated");
            assertEquals("0.00", wb.shown("Summary", "B14"), "variance to date");
            assertEquals("0.00", wb.shown("By category", "G5"));
            assertEquals(0, wb.number("Summary", "B14"));
        }
    }

    @Test
    void groupsSubtotalTheCategoriesUnderTheirTranslatedNames() throws IOException {
        Plan plan = TestPlans.chinese();
        try (Workbooks wb = new Workbooks(export(plan))) {
            assertEquals("资本性支出", wb.text("按类别", "C5"));
            // Categories on rows 5-8, total 9, reserve 10, grand total 11, group title 13, groups from 14.
            assertEquals("分组小计", wb.text("按类别", "B13"));
            assertEquals("资本性支出", wb.text("按类别", "B14"));
            assertEquals("费用性支出", wb.text("按类别", "B15"));
            double capex = planned(plan, "HW") + planned(plan, "SW");
            assertEquals(capex, wb.number("按类别", "D14"), 1e-6);
            assertEquals(planned(plan, "STAFF") + planned(plan, "SVC"), wb.number("按类别", "D15"), 1e-6);
            assertEquals(capex / (capex + planned(plan, "STAFF") + planned(plan, "SVC")), wb.number("按类别", "I14"), 1e-9);
            assertEquals(actual(plan, "HW") + actual(plan, "SW"), wb.number("按类别", "F14"), 1e-6);
        }
    }
}
