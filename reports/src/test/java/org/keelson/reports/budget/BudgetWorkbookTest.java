package org.keelson.reports.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.budget.BudgetLine;
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
            assertEquals(q2Planned - q2Actual, wb.number("按季度", "E6"), 1e-6);
            assertEquals("", wb.cell("按季度", "E8").getStringCellValue(), "no variance after the status date");

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
            double earned = plan.wbs().stream().filter(wbs::isLeaf)
                    .mapToDouble(a -> Wbs.leafCost(a) * a.percentComplete() / 100).sum();
            double earnedTopLevel = wb.number("按WBS", "M5") + wb.number("按WBS", "M8") + wb.number("按WBS", "M16");
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
        Plan plan = TestPlans.withBudgetLines("en", 300); // beyond the 200-row streaming window
        try (Workbooks wb = new Workbooks(export(plan))) {
            Sheet lines = wb.sheet("Budget lines");
            assertEquals(4 + 300 - 1, lines.getLastRowNum(), "every line written after the header rows");
            double plannedAll = plan.budget().lines().stream().mapToDouble(BudgetLine::planned).sum();
            assertEquals(plannedAll, wb.number("Summary", "B9"), 1e-6);
            assertEquals(planned(plan, "SVC"), wb.number("By category", "D8"), 1e-6);
            assertEquals(actual(plan, null), wb.number("By quarter", "D" + (5 + 12)), 1e-6, "total row after 12 quarters");
        }
    }

    @Test
    void formulasCarryNoStaleCachedResultSoLibreOfficeComputesThem() throws IOException {
        byte[] bytes = export(TestPlans.chinese());
        int formulas = 0;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook raw =
                     new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            for (Sheet sheet : raw) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                            formulas++;
                            assertTrue(!((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().isSetV(),
                                    sheet.getSheetName() + "!" + cell.getAddress());
                        }
                    }
                }
            }
        }
        assertTrue(formulas > 100, "formulas found: " + formulas);
    }

    @Test
    void cachedValueFilterDropsOnlyValuesAfterFormulas() throws IOException {
        String xml = "<c r=\"A1\"><v>5</v></c><c r=\"B1\" t=\"n\"><f>A1&lt;/f&gt;*2</f><v>0.0</v></c>"
                + "<c r=\"C1\" t=\"str\"><f>IF(A1=0,\"\",\"x\")</f><v></v></c><c r=\"D1\"><f>A1</f></c><c><v>7</v></c>";
        String expected = "<c r=\"A1\"><v>5</v></c><c r=\"B1\" t=\"n\"><f>A1&lt;/f&gt;*2</f></c>"
                + "<c r=\"C1\" t=\"str\"><f>IF(A1=0,\"\",\"x\")</f></c><c r=\"D1\"><f>A1</f></c><c><v>7</v></c>";
        for (int chunk : new int[]{1, 2, 3, 7, 1000}) {
            java.io.StringWriter target = new java.io.StringWriter();
            try (UncachedFormulaWorkbook.CachedValueFilter filter = new UncachedFormulaWorkbook.CachedValueFilter(target)) {
                for (int i = 0; i < xml.length(); i += chunk) {
                    filter.write(xml, i, Math.min(chunk, xml.length() - i));
                }
            }
            assertEquals(expected, target.toString(), "chunks of " + chunk);
        }
    }
}
