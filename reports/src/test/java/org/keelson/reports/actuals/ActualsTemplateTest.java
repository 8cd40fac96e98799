package org.keelson.reports.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.simulation.plan.Plan;

class ActualsTemplateTest {

    static byte[] template(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActualsTemplate(plan).write(out);
        return out.toByteArray();
    }

    @Test
    void hasARowPerCategoryAndQuarterWithTheLineFigures() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(TestPlans.chinese())))) {
            XSSFSheet sheet = workbook.getSheet("Actuals");

            // 4 categories x 2025-Q1..2026-Q2 (the deadline's quarter, widened to the last line's)
            assertEquals(ActualsTemplate.FIRST_ROW + 4 * 6 - 1, sheet.getLastRowNum());
            assertEquals(List.of("类别编码", "类别名称", "季度", "计划（元）", "实际（元）"), texts(sheet, 3));
            assertEquals(List.of("HW", "硬件", "2025-Q1"), texts(sheet, 4).subList(0, 3));
            assertEquals(800_000, sheet.getRow(4).getCell(3).getNumericCellValue());
            assertEquals(820_000, sheet.getRow(4).getCell(4).getNumericCellValue());
            assertEquals(List.of("SW", "软件许可", "2025-Q1"), texts(sheet, 10).subList(0, 3));
            // HW 2025-Q4 is planned, nothing spent yet: the actual is left to fill
            assertEquals("2025-Q4", texts(sheet, 7).get(2));
            assertEquals(CellType.BLANK, sheet.getRow(7).getCell(4).getCellType());
            assertTrue(sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString().contains("元"));
        }
    }

    @Test
    void theActualColumnIsTheOnlyInput() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(TestPlans.english())))) {
            XSSFSheet sheet = workbook.getSheet("Actuals");

            assertTrue(sheet.getProtect());
            for (int column = 0; column < 4; column++) {
                assertTrue(sheet.getRow(5).getCell(column).getCellStyle().getLocked(), "column " + column);
            }
            assertFalse(sheet.getRow(5).getCell(4).getCellStyle().getLocked());
            assertEquals(List.of("HW", "Hardware", "2025-Q2"), texts(sheet, 5).subList(0, 3));
            assertEquals("Actual (CNY)", texts(sheet, 3).get(4));
            List<String> validated = sheet.getDataValidations().stream()
                    .map(v -> v.getRegions().getCellRangeAddress(0).formatAsString() + " "
                            + v.getValidationConstraint().getFormula1())
                    .sorted().toList();
            assertEquals(List.of("A5:A28 KeelsonTemplate!$D$1:$D$4", "C5:C28 KeelsonTemplate!$E$1:$E$6", "E5:E28 0"),
                    validated);
            assertTrue(sheet.getDataValidations().stream().allMatch(DataValidation::getShowErrorBox));
        }
    }

    @Test
    void aVeryHiddenSheetNamesTheTemplateAndThePlan() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(TestPlans.english())))) {
            XSSFSheet template = workbook.getSheet("KeelsonTemplate");

            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(template)));
            assertEquals("keelson-actuals", template.getRow(0).getCell(1).getStringCellValue());
            assertEquals(1, template.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(TestPlans.english().code(), template.getRow(2).getCell(1).getStringCellValue());
        }
    }

    private static List<String> texts(XSSFSheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        sheet.getRow(row).forEach(c -> texts.add(c.getCellType() == CellType.STRING
                ? c.getStringCellValue() : String.valueOf(c)));
        return texts;
    }
}
