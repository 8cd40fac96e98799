package org.keelson.reports.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.keelson.reports.TestPlans;
import org.keelson.reports.Workbooks;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.risk.RiskTriggers;

class RiskWorkbookTest {

    private static byte[] export(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RiskWorkbook(plan).write(out);
        return out.toByteArray();
    }

    @Test
    void registerScoresAndLevelsAreFormulasOverTheRisks() throws IOException {
        Plan plan = TestPlans.chinese();
        try (Workbooks wb = new Workbooks(export(plan))) {
            String register = "风险登记册";
            for (int i = 0; i < plan.risks().size(); i++) {
                Risk risk = plan.risks().get(i);
                int row = 5 + i;
                assertEquals(risk.code(), wb.text(register, "A" + row));
                assertEquals(risk.title().zh(), wb.text(register, "B" + row));
                assertEquals(risk.score(), wb.number(register, "H" + row), 1e-9);
                assertEquals("F" + row + "*G" + row, wb.formula(register, "H" + row));
                String level = switch (plan.riskMatrix().levelOf(risk.score())) {
                    case HIGH -> "高";
                    case MEDIUM -> "中";
                    case LOW -> "低";
                };
                assertEquals(level, wb.text(register, "I" + row), risk.code());
                if (risk.residualProbability() != null) {
                    assertEquals(risk.residualProbability() * risk.residualImpact(), wb.number(register, "L" + row), 1e-9);
                } else {
                    assertEquals("", wb.text(register, "L" + row));
                }
                assertEquals(risk.responsePlan().zh(), wb.text(register, "O" + row));
                assertEquals(risk.stopLoss().zh(), wb.text(register, "Q" + row));
            }
            assertEquals("已关闭", wb.text(register, "E9"));
            assertEquals("减轻", wb.text(register, "N5"));
            assertEquals("1.05 / 1.10 / 1.30 (triangular)", wb.text(register, "U5"));
            assertEquals("", wb.text(register, "AI7"), "R03 has no post-response quantification");
            assertTrue(wb.sheet(register).getSheetConditionalFormatting().getNumConditionalFormattings() >= 6);
        }
    }

    @Test
    void costImpactsAreNumbersWhoseExposureAddsUpAgainstTheReserve() throws IOException {
        Plan plan = TestPlans.chinese();
        try (Workbooks wb = new Workbooks(export(plan))) {
            String register = "风险登记册";
            // R01: triangular 50,000 / 100,000 / 300,000 at probability 4/6; after response fixed 50,000 at 2/6.
            assertEquals(50_000, wb.number(register, "V5"), 1e-9);
            assertEquals(100_000, wb.number(register, "W5"), 1e-9);
            assertEquals(300_000, wb.number(register, "X5"), 1e-9);
            assertEquals("triangular", wb.text(register, "Y5"));
            assertEquals(150_000, wb.number(register, "Z5"), 1e-6, "mean of the triangular");
            assertEquals(4 / 6.0 * 150_000, wb.number(register, "AA5"), 1e-6, "exposure");
            assertEquals(50_000, wb.number(register, "AD5"), 1e-9);
            assertEquals(50_000, wb.number(register, "AH5"), 1e-9);
            assertEquals(2 / 6.0 * 50_000, wb.number(register, "AI5"), 1e-6);
            assertEquals(4 / 6.0 * 15, wb.number(register, "AN5"), 1e-9, "exposure in 万元");
            double live = 0, livePost = 0;
            for (Risk risk : plan.risks()) {
                if (risk.status() != RiskStatus.CLOSED) {
                    live += risk.preMitigation().probability() * risk.preMitigation().costImpact().mean();
                    livePost += risk.postMitigation() == null ? 0
                            : risk.postMitigation().probability() * risk.postMitigation().costImpact().mean();
                }
            }
            int totals = 5 + plan.risks().size() + 1;
            assertEquals(live, wb.number(register, "AA" + totals), 1e-6, "exposure of the risks not closed");
            assertEquals(livePost, wb.number(register, "AI" + totals), 1e-6);
            assertEquals(750_000, wb.number(register, "AA" + (totals + 1)), 1e-6, "contingency reserve");
            assertEquals(750_000 - live, wb.number(register, "AA" + (totals + 2)), 1e-6);
        }
    }

    @Test
    void theRegisterPrintsWithoutOverprintedRowsOrClippedText() throws IOException {
        Plan plan = TestPlans.chinese();
        try (Workbooks wb = new Workbooks(export(plan))) {
            org.apache.poi.xssf.usermodel.XSSFSheet register = (org.apache.poi.xssf.usermodel.XSSFSheet) wb.sheet("风险登记册");
            assertTrue(register.getPrintSetup().getLandscape());
            assertEquals(1, register.getPrintSetup().getFitWidth());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE, register.getPrintSetup().getPaperSize());
            assertEquals(3, register.getRepeatingRows().getFirstRow(), "header row repeated on every page");
            for (int r = 3; r < 4 + plan.risks().size(); r++) {
                org.apache.poi.ss.usermodel.Row row = register.getRow(r);
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                        continue;
                    }
                    String where = cell.getAddress().formatAsString();
                    assertTrue(cell.getCellStyle().getWrapText(), where + " wraps rather than being clipped");
                    int width = register.getColumnWidth(cell.getColumnIndex()) / 256;
                    // Independent estimate: two columns per Chinese character, one per other character.
                    int columns = cell.getStringCellValue().codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
                    int lines = Math.max(1, (int) Math.ceil(columns / (double) (width - 1)));
                    assertTrue(row.getHeightInPoints() >= lines * 13, where + ": " + lines + " lines need more than "
                            + row.getHeightInPoints() + " pt");
                }
            }
        }
    }

    @Test
    void registerShowsTheResponseAsTheRiskPageDoes() throws IOException {
        Plan base = TestPlans.english();
        Risk first = base.risks().get(0);
        Risk responded = new Risk(first.code(), first.title(), first.category(), "risk", 4, 4, null, null,
                RiskStatus.OPEN, first.response(), null, null, null, null, null, null, first.activities(),
                LocalDate.of(2026, 12, 31), 50_000.0, new RiskTriggers(9, 16, null), List.of(), null);
        Plan plan = new PlanBuilder(base).risks(List.of(responded)).build();
        try (Workbooks wb = new Workbooks(export(plan))) {
            String register = "Risk register";
            assertEquals("2026-12-31", wb.text(register, "AJ5"));
            assertEquals(50_000, wb.number(register, "AK5"), 1e-9);
            assertEquals("9 / 16 / -", wb.text(register, "AL5"));
            assertEquals("Stop-loss", wb.text(register, "AM5"), "score 16 reached the stop-loss trigger");
        }
    }

    @Test
    void matrixCellsCountTheOpenRisksAndAreColouredByThresholds() throws IOException {
        Plan plan = TestPlans.english();
        RiskHeatMap expected = RiskHeatMap.of(plan.risks(), plan.riskMatrix());
        RiskHeatMap residual = RiskHeatMap.afterResponse(plan.risks(), plan.riskMatrix());
        long open = plan.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED).count();
        try (Workbooks wb = new Workbooks(export(plan))) {
            String matrix = "Risk matrix";
            String[] columns = {"B", "C", "D", "E", "F"};
            for (int probability = 5; probability >= 1; probability--) {
                int row = 6 + (5 - probability);
                assertEquals(probability, wb.number(matrix, "A" + row), 1e-9);
                for (int impact = 1; impact <= 5; impact++) {
                    String cell = columns[impact - 1] + row;
                    assertEquals(expected.cell(probability, impact).count(), wb.number(matrix, cell), 1e-9, cell);
                    assertTrue(wb.formula(matrix, cell).startsWith("COUNTIFS("));
                    assertEquals(residual.cell(probability, impact).count(), wb.number(matrix, columns[impact - 1] + (row + 8)),
                            1e-9, "residual " + cell);
                }
            }
            assertEquals(open, wb.number(matrix, "G11"), 1e-9);
            // Colours: P5 x I5 = 25 is high (red), P1 x I1 = 1 low (green), P2 x I4 = 8 medium (amber) at threshold 8.
            assertEquals("FFF08080", rgb(wb, matrix, "F6"));
            assertEquals("FF8CCB7E", rgb(wb, matrix, "B10"));
            assertEquals("FFFFD966", rgb(wb, matrix, "E9"));
            assertEquals(1, wb.workbook().getSheet(matrix).getDrawingPatriarch().getShapes().size(), "heat map image");
        }
    }

    private static String rgb(Workbooks wb, String sheet, String a1) {
        return ((XSSFCellStyle) wb.cell(sheet, a1).getCellStyle()).getFillForegroundXSSFColor().getARGBHex();
    }
}
