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
            assertEquals("50,000.00 / 50,000.00 / 50,000.00 (fixed)", wb.text(register, "Y5"), "post-response cost impact");
            assertEquals("", wb.text(register, "Y7"), "R03 has no post-response quantification");
            assertTrue(wb.sheet(register).getSheetConditionalFormatting().getNumConditionalFormattings() >= 6);
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
            assertEquals("2026-12-31", wb.text(register, "Z5"));
            assertEquals(50_000, wb.number(register, "AA5"), 1e-9);
            assertEquals("9 / 16 / -", wb.text(register, "AB5"));
            assertEquals("Stop-loss", wb.text(register, "AC5"), "score 16 reached the stop-loss trigger");
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
