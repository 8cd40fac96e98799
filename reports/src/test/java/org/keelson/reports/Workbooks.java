package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Re-opens a generated workbook with POI, evaluates every formula and reads cells by sheet and A1 reference. */
public final class Workbooks implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final XSSFFormulaEvaluator evaluator;

    public Workbooks(byte[] bytes) throws IOException {
        workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.evaluateAll();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR) {
                        fail("formula error in " + sheet.getSheetName() + "!" + cell.getAddress() + ": "
                                + cell.getCellFormula());
                    }
                }
            }
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public Sheet sheet(String name) {
        Sheet sheet = workbook.getSheet(name);
        assertNotNull(sheet, "sheet " + name);
        return sheet;
    }

    public Cell cell(String sheet, String a1) {
        CellReference ref = new CellReference(a1);
        Row row = sheet(sheet).getRow(ref.getRow());
        assertNotNull(row, sheet + "!" + a1 + " row");
        Cell cell = row.getCell(ref.getCol());
        assertNotNull(cell, sheet + "!" + a1);
        return cell;
    }

    /** The evaluated number of a formula cell or the number of a value cell. */
    public double number(String sheet, String a1) {
        return cell(sheet, a1).getNumericCellValue();
    }

    public String text(String sheet, String a1) {
        Cell cell = cell(sheet, a1);
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() != CellType.STRING) {
            fail(sheet + "!" + a1 + " is not text");
        }
        return cell.getStringCellValue();
    }

    public String formula(String sheet, String a1) {
        Cell cell = cell(sheet, a1);
        assertEquals(CellType.FORMULA, cell.getCellType(), sheet + "!" + a1 + " must be a live formula");
        return cell.getCellFormula();
    }

    /** What a reader sees: the value formatted with the cell's number format. */
    public String shown(String sheet, String a1) {
        return new DataFormatter().formatCellValue(cell(sheet, a1), evaluator);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
