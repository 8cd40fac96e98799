package org.keelson.portal.plan.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keelson.reports.budget.BudgetWorkbook;
import org.keelson.reports.chart.BudgetChart;
import org.keelson.reports.chart.RiskHeatMapChart;
import org.keelson.reports.chart.SCurveChart;
import org.keelson.reports.common.Label;
import org.keelson.reports.common.ReportContext;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.reports.kpi.KpiWorkbook;
import org.keelson.reports.risk.RiskWorkbook;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.kpi.KpiStatus;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.risk.RiskHeatMap;
import org.keelson.simulation.risk.RiskMatrix.RiskLevel;

/**
 * For a sample plan, the figures the portal shows (its portfolio row and the core figures its plan page shows), the
 * cells of the workbooks (formulas evaluated by POI) and the datasets of the charts are the same numbers.
 */
class DerivedFiguresAgreeTest {

    private static final Path SAMPLE = Path.of("..", "sample-plans", "001-omnichannel-fusion.json");
    /** Workbook data rows start at Excel row 5. */
    private static final int FIRST_ROW = 5;

    private static Plan plan;
    private static ReportContext context;

    @BeforeAll
    static void readSample() throws IOException {
        assumeTrue(Files.exists(SAMPLE), "no sample plan at " + SAMPLE.toAbsolutePath());
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            plan = new PlanJson().read(in);
        }
        context = ReportContext.of(plan);
    }

    @Test
    void riskHeatMapAndHighRiskCount() throws IOException {
        RiskHeatMap heatMap = RiskHeatMap.of(plan.risks(), plan.riskMatrix());
        RiskWorkbook workbook = new RiskWorkbook(plan);
        Evaluated cells = Evaluated.of(workbook::write);
        String matrix = workbook.sheetNames().get(1);
        Map<String, String> chartLabels = annotations(RiskHeatMapChart.create(plan));

        int highInWorkbook = 0;
        for (int probability = 5; probability >= 1; probability--) {
            for (int impact = 1; impact <= 5; impact++) {
                String a1 = "BCDEF".charAt(impact - 1) + String.valueOf(6 + 5 - probability);
                int count = heatMap.cell(probability, impact).count();
                assertEquals(count, cells.number(matrix, a1), 0, a1);
                assertEquals(String.valueOf(count), chartLabels.get(impact + "," + probability), a1 + " on the chart");
                if (heatMap.cell(probability, impact).level() == RiskLevel.HIGH) {
                    highInWorkbook += (int) cells.number(matrix, a1);
                }
            }
        }
        assertEquals(PlanSummary.of(plan).highRiskCount(), highInWorkbook);
        assertTrue(highInWorkbook > 0, "the sample has high risks to compare");
    }

    @Test
    void budgetByCategoryAndSpend() throws IOException {
        BudgetBreakdown breakdown = BudgetBreakdown.of(plan.budget(), plan.effectiveStatusDate());
        BudgetWorkbook workbook = new BudgetWorkbook(plan);
        Evaluated cells = Evaluated.of(workbook::write);
        String summary = workbook.sheetNames().get(0);
        String byCategory = workbook.sheetNames().get(1);
        CategoryDataset chart = BudgetChart.create(plan).getCategoryPlot().getDataset();
        double chartUnit = context.showsWan() ? 10_000 : 1;

        List<BudgetBreakdown.CategoryRow> rows = breakdown.rows();
        assertTrue(rows.size() > 1, "the sample has budget categories to compare");
        for (int i = 0; i < rows.size(); i++) {
            BudgetBreakdown.CategoryRow row = rows.get(i);
            int excelRow = FIRST_ROW + i;
            assertEquals(row.code(), cells.text(byCategory, "A" + excelRow));
            assertEquals(row.total().planned(), cells.number(byCategory, "D" + excelRow), 1e-6, row.code());
            assertEquals(row.total().plannedToDate(), cells.number(byCategory, "E" + excelRow), 1e-6, row.code());
            assertEquals(row.total().actual(), cells.number(byCategory, "F" + excelRow), 1e-6, row.code());
            assertEquals(row.total().variance(), cells.number(byCategory, "G" + excelRow), 1e-6, row.code());
            assertEquals(row.total().plannedToDate() / chartUnit, chart.getValue(0, i).doubleValue(), 1e-9, row.code());
            assertEquals(row.total().actual() / chartUnit, chart.getValue(1, i).doubleValue(), 1e-9, row.code());
        }
        double spend = PlanSummary.of(plan).spend();
        assertEquals(breakdown.total().actual(), spend, 1e-6);
        assertEquals(spend, cells.number(summary, "B13"), 1e-6, "actual to date");
        assertEquals(breakdown.total().plannedToDate(), cells.number(summary, "B12"), 1e-6, "planned to date");
        assertEquals(breakdown.total().forecastAtCompletion(), cells.number(summary, "B16"), 1e-6, "forecast");
    }

    @Test
    void kpiStatus() throws IOException {
        KpiWorkbook workbook = new KpiWorkbook(plan);
        Evaluated cells = Evaluated.of(workbook::write);
        String sheet = workbook.sheetNames().get(0);
        assertTrue(!plan.kpis().isEmpty(), "the sample has KPIs to compare");

        for (int k = 0; k < plan.kpis().size(); k++) {
            KpiStatus status = KpiStatus.of(plan.kpis().get(k), plan.effectiveStatusDate());
            int row = FIRST_ROW + k;
            String code = status.kpi().code();
            assertEquals(code, cells.text(sheet, "A" + row));
            assertSame(status.baseline(), cells.numberOrNull(sheet, "F" + row), 1e-9, code + " baseline");
            assertSame(status.plannedAtStatus(), cells.numberOrNull(sheet, "I" + row), 1e-9, code + " planned");
            assertSame(status.latestActual() == null ? null : status.latestActual().value(),
                    cells.numberOrNull(sheet, "J" + row), 1e-9, code + " latest");
            assertSame(status.plannedProgressPercent(), percent(cells.numberOrNull(sheet, "L" + row)), 1e-9,
                    code + " planned attainment");
            assertSame(status.progressPercent(), percent(cells.numberOrNull(sheet, "M" + row)), 1e-9,
                    code + " attainment");
            String rag = status.rag() == null ? "" : context.label(switch (status.rag()) {
                case GREEN -> Label.GREEN;
                case AMBER -> Label.AMBER;
                case RED -> Label.RED;
            });
            assertEquals(rag, cells.text(sheet, "N" + row), code + " RAG");
        }
    }

    @Test
    void earnedValue() throws IOException {
        EarnedValue values = new EarnedValue(plan);
        Measures total = values.total();
        EvmWorkbook workbook = new EvmWorkbook(plan);
        Evaluated cells = Evaluated.of(workbook::write);
        String summary = workbook.sheetNames().get(0);

        Object[][] expected = {{"B5", total.bac()}, {"B7", total.pv()}, {"B8", total.ev()}, {"B9", total.ac()},
                {"B10", total.sv()}, {"B11", total.cv()}, {"B12", total.spi()}, {"B13", total.cpi()},
                {"B14", total.eac()}, {"B15", total.eacCpiSpi()}, {"B16", total.etc()}, {"B17", total.vac()},
                {"B18", total.tcpi()}};
        for (Object[] cell : expected) {
            assertSame((Double) cell[1], cells.numberOrNull(summary, (String) cell[0]), 1e-6, (String) cell[0]);
        }
        assertNotNull(total.spi(), "the sample has progress to compare");

        XYDataset curve = SCurveChart.create(values, context).getXYPlot().getDataset();
        int evSeries = 1;
        int last = curve.getItemCount(evSeries) - 1;
        assertEquals(total.ev(), curve.getYValue(evSeries, last), 1e-6, "EV to date on the S-curve");
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100;
    }

    private static void assertSame(Double expected, Double actual, double delta, String what) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, what);
        } else {
            assertEquals(expected, actual, delta, what);
        }
    }

    /** The count labels of the heat-map chart by "impact,probability". */
    private static Map<String, String> annotations(JFreeChart chart) {
        return chart.getXYPlot().getAnnotations().stream()
                .filter(XYTextAnnotation.class::isInstance).map(XYTextAnnotation.class::cast)
                .collect(Collectors.toMap(a -> (int) a.getX() + "," + (int) a.getY(), XYTextAnnotation::getText));
    }

    /** A written workbook re-opened with every formula evaluated. */
    private record Evaluated(XSSFWorkbook workbook) {

        interface Writer {
            void write(java.io.OutputStream out) throws IOException;
        }

        static Evaluated of(Writer writer) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out);
            XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return new Evaluated(workbook);
        }

        Cell cell(String sheet, String a1) {
            CellReference ref = new CellReference(a1);
            Cell cell = workbook.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
            assertNotNull(cell, sheet + "!" + a1);
            return cell;
        }

        double number(String sheet, String a1) {
            return cell(sheet, a1).getNumericCellValue();
        }

        /** Null for a blank cell or a formula that gives "". */
        Double numberOrNull(String sheet, String a1) {
            Cell cell = cell(sheet, a1);
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                    : cell.getCellType();
            return type == CellType.NUMERIC ? cell.getNumericCellValue() : null;
        }

        String text(String sheet, String a1) {
            return cell(sheet, a1).getStringCellValue();
        }
    }
}
