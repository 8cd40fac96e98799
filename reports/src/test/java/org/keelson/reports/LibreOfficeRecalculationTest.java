package org.keelson.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.reports.simulation.SimulationWorkbook;

/**
 * Opens every workbook in LibreOffice (headless xlsx -> xlsx round trip) after stripping all cached formula
 * results, so LibreOffice has to compute each formula itself, and compares every formula cell with POI's
 * evaluation. Runs where LibreOffice is installed and always on CI (CI=true), where its absence is a failure;
 * elsewhere it is skipped with a message.
 */
class LibreOfficeRecalculationTest {

    @TempDir
    Path dir;

    private static String soffice() {
        for (String candidate : new String[]{"/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice",
                "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"}) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void libreOfficeComputesTheSameValuesAsPoi() throws Exception {
        String soffice = soffice();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (soffice == null) {
            if (ci) {
                fail("LibreOffice is required on CI for the recalculation test: apt-get install -y libreoffice-calc");
            }
            Assumptions.abort("LibreOffice (soffice) is not installed: skipping the LibreOffice recalculation test");
        }
        Map<String, Writer> workbooks = new LinkedHashMap<>();
        workbooks.put("budget", out -> new BudgetWorkbook(TestPlans.chinese()).write(out));
        workbooks.put("evm", out -> new EvmWorkbook(TestPlans.english()).write(out));
        workbooks.put("kpi", out -> new KpiWorkbook(TestPlans.chinese()).write(out));
        workbooks.put("risks", out -> new RiskWorkbook(TestPlans.chinese()).write(out));
        workbooks.put("simulation", out -> new SimulationWorkbook(TestPlans.english(), TestForecasts.of(TestPlans.english())).write(out));
        // the Chinese workbooks' 万元 columns
        workbooks.put("evm-zh", out -> new EvmWorkbook(TestPlans.chinese()).write(out));
        workbooks.put("simulation-zh", out -> new SimulationWorkbook(TestPlans.chinese(), TestForecasts.of(TestPlans.chinese())).write(out));

        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, byte[]> originals = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out.toString()));
        for (Map.Entry<String, Writer> e : workbooks.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            e.getValue().write(bytes);
            originals.put(e.getKey(), bytes.toByteArray());
            Path file = in.resolve(e.getKey() + ".xlsx");
            Files.write(file, withoutCachedResults(bytes.toByteArray()));
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice timed out");
        assertEquals(0, process.exitValue(), log);

        for (Map.Entry<String, byte[]> e : originals.entrySet()) {
            Path converted = out.resolve(e.getKey() + ".xlsx");
            assertTrue(Files.exists(converted), "LibreOffice did not convert " + e.getKey() + ": " + log);
            try (Workbooks poi = new Workbooks(e.getValue());
                 InputStream input = Files.newInputStream(converted);
                 XSSFWorkbook office = new XSSFWorkbook(input)) {
                int compared = compare(e.getKey(), poi.workbook(), office);
                assertTrue(compared > 10, e.getKey() + ": only " + compared + " formula cells compared");
            }
        }
    }

    /** Removes every cached formula result, so a reader that does not recalculate would see empty cells. */
    private static byte[] withoutCachedResults(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        XSSFCell x = (XSSFCell) cell;
                        if (x.getCellType() == CellType.FORMULA && x.getCTCell().isSetV()) {
                            x.getCTCell().unsetV();
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int compare(String name, XSSFWorkbook poi, XSSFWorkbook office) {
        int compared = 0;
        for (Sheet sheet : poi) {
            Sheet other = office.getSheet(sheet.getSheetName());
            assertTrue(other != null, name + ": LibreOffice lost sheet " + sheet.getSheetName());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String where = name + " " + sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula();
                    Row otherRow = other.getRow(row.getRowNum());
                    Cell otherCell = otherRow == null ? null : otherRow.getCell(cell.getColumnIndex());
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertTrue(otherCell != null && otherCell.getCellType() == CellType.FORMULA
                                && otherCell.getCachedFormulaResultType() == CellType.NUMERIC, where + " not numeric");
                        double expected = cell.getNumericCellValue();
                        assertEquals(expected, otherCell.getNumericCellValue(), 1e-6 * Math.max(1, Math.abs(expected)),
                                where);
                    } else if (cell.getCachedFormulaResultType() == CellType.STRING) {
                        String actual = otherCell == null ? "" : otherCell.getCellType() == CellType.FORMULA
                                && otherCell.getCachedFormulaResultType() == CellType.STRING
                                ? otherCell.getStringCellValue() : otherCell.toString();
                        assertEquals(cell.getStringCellValue(), actual, where);
                    }
                    compared++;
                }
            }
        }
        return compared;
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
