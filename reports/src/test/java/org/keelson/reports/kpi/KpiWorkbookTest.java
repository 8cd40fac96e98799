package org.keelson.reports.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiPoint;
import org.keelson.simulation.plan.Plan;

class KpiWorkbookTest {

    /** Independent of the workbook: linear interpolation on the trajectory at the status date. */
    private static double plannedAt(Kpi kpi, LocalDate date) {
        List<KpiPoint> t = kpi.trajectory();
        if (!date.isAfter(t.get(0).date())) {
            return t.get(0).value();
        }
        for (int i = 1; i < t.size(); i++) {
            if (!date.isAfter(t.get(i).date())) {
                double span = ChronoUnit.DAYS.between(t.get(i - 1).date(), t.get(i).date());
                double into = ChronoUnit.DAYS.between(t.get(i - 1).date(), date);
                return t.get(i - 1).value() + into / span * (t.get(i).value() - t.get(i - 1).value());
            }
        }
        return t.get(t.size() - 1).value();
    }

    @Test
    void theFiguresFollowAnEditedStatusDate() throws IOException {
        Plan plan = TestPlans.chinese();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KpiWorkbook(plan).write(out);
        String sheet = "指标";
        for (LocalDate edited : List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 10), LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 9, 1))) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
                         new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
                wb.getSheet(sheet).getRow(2).getCell(1).setCellValue(edited);
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                for (int k = 0; k < plan.kpis().size(); k++) {
                    Kpi kpi = plan.kpis().get(k);
                    org.apache.poi.ss.usermodel.Row row = wb.getSheet(sheet).getRow(4 + k);
                    String what = kpi.code() + " at " + edited;
                    if (!kpi.trajectory().isEmpty()) {
                        assertEquals(plannedAt(kpi, edited), row.getCell(8).getNumericCellValue(), 1e-9, what);
                    }
                    KpiPoint latest = kpi.actuals().stream().filter(p -> !p.date().isAfter(edited))
                            .reduce((a, b) -> b).orElse(null);
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(9);
                    if (latest == null) {
                        assertTrue(cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK
                                || cell.getStringCellValue().isEmpty(), what + ": no actual yet");
                    } else {
                        assertEquals(latest.value(), cell.getNumericCellValue(), 1e-9, what);
                        assertEquals(latest.date(), row.getCell(10).getLocalDateTimeCellValue().toLocalDate(), what);
                    }
                }
            }
        }
    }

    @Test
    void attainmentIsDirectionAwareAndRagFollowsThePlan() throws IOException {
        Plan plan = TestPlans.chinese();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KpiWorkbook(plan).write(out);
        try (Workbooks wb = new Workbooks(out.toByteArray())) {
            String sheet = "指标";
            // K1, higher is better: baseline 40, target 90, latest actual 49 (2025-07-31), planned 50 -> 60 Jul..Oct.
            Kpi k1 = plan.kpis().get(0);
            double planned1 = plannedAt(k1, TestPlans.STATUS);
            assertEquals(planned1, wb.number(sheet, "I5"), 1e-9);
            assertTrue(wb.formula(sheet, "I5").contains("$B$3"), "interpolates at the status date cell");
            assertEquals(49, wb.number(sheet, "J5"), 1e-9);
            assertEquals((49 - 40) / 50.0, wb.number(sheet, "M5"), 1e-9);
            assertEquals((planned1 - 40) / 50.0, wb.number(sheet, "L5"), 1e-9);
            double gap1 = (49 - 40) / 50.0 - (planned1 - 40) / 50.0;
            assertEquals(gap1 >= -0.05 ? "绿" : gap1 >= -0.15 ? "黄" : "红", wb.text(sheet, "N5"));

            // K2, lower is better: baseline 10, target 4, latest 9.5 -> attainment (9.5-10)/(4-10) = 8.3 %.
            Kpi k2 = plan.kpis().get(1);
            double planned2 = plannedAt(k2, TestPlans.STATUS);
            assertEquals(planned2, wb.number(sheet, "I6"), 1e-9);
            assertEquals((9.5 - 10) / (4 - 10.0), wb.number(sheet, "M6"), 1e-9);
            assertTrue(wb.number(sheet, "M6") > 0, "an improvement reads as positive attainment");
            double gap2 = (9.5 - 10) / -6.0 - (planned2 - 10) / -6.0;
            assertEquals(gap2 >= -0.05 ? "绿" : gap2 >= -0.15 ? "黄" : "红", wb.text(sheet, "N6"));
            assertEquals("越低越好", wb.text(sheet, "E6"));

            // K3 has no baseline: the first trajectory value stands in; no actual yet, so no attainment or RAG.
            assertEquals(70, wb.number(sheet, "F7"), 1e-9);
            assertEquals(70, wb.number(sheet, "I7"), 1e-9, "status date before the trajectory starts");
            assertEquals("", wb.text(sheet, "M7"));
            assertEquals("", wb.text(sheet, "N7"));

            // One chart picture per KPI on the charts sheet.
            XSSFSheet charts = (XSSFSheet) wb.sheet("图表");
            assertEquals(3, charts.getDrawingPatriarch().getShapes().size());
            assertEquals(3, wb.workbook().getAllPictures().size());
        }
    }
}
