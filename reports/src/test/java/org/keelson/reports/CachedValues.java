package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook's formula cells as a previewer or script does, from the values stored with them, without
 * evaluating, and compares each with what POI computes for the formula in a second copy.
 */
public final class CachedValues {

    private CachedValues() {
    }

    /** Asserts every formula stores the value it computes (nothing for ""); returns the number of formulas. */
    public static int assertCachedEqualEvaluated(byte[] bytes) throws IOException {
        int formulas = 0;
        try (XSSFWorkbook stored = new XSSFWorkbook(new ByteArrayInputStream(bytes));
             XSSFWorkbook evaluated = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            evaluated.getCreationHelper().createFormulaEvaluator().evaluateAll();
            for (Sheet sheet : stored) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        String where = sheet.getSheetName() + "!" + cell.getAddress() + " (" + cell.getCellFormula() + ")";
                        Cell expected = evaluated.getSheet(sheet.getSheetName()).getRow(row.getRowNum())
                                .getCell(cell.getColumnIndex());
                        boolean hasValue = ((XSSFCell) cell).getCTCell().isSetV();
                        switch (expected.getCachedFormulaResultType()) {
                            case NUMERIC -> {
                                assertTrue(hasValue, where + " stores no value");
                                assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
                                double value = expected.getNumericCellValue();
                                assertEquals(value, cell.getNumericCellValue(), 1e-6 + Math.abs(value) * 1e-12, where);
                            }
                            case STRING -> {
                                String value = expected.getStringCellValue();
                                if (value.isEmpty()) {
                                    assertTrue(!hasValue || cell.getStringCellValue().isEmpty(), where + " is not empty");
                                } else {
                                    assertTrue(hasValue, where + " stores no value");
                                    assertEquals(value, cell.getStringCellValue(), where);
                                }
                            }
                            case BOOLEAN -> {
                                assertTrue(hasValue, where + " stores no value");
                                assertEquals(expected.getBooleanCellValue(), cell.getBooleanCellValue(), where);
                            }
                            default -> throw new AssertionError(where + " evaluates to " + expected.getCachedFormulaResultType());
                        }
                    }
                }
            }
        }
        return formulas;
    }
}
