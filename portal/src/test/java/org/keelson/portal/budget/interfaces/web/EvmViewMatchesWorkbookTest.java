package org.keelson.portal.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanFacts;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.reports.evm.EvmWorkbook;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;

/**
 * For every sample plan, the figures of the earned value page (EvmView's numbers) are the EVM workbook's cells, its
 * formulas evaluated by POI: the summary, the cumulative figures of every quarter (and of the months that end them),
 * and each WBS leaf's budget, PV, EV and SV.
 */
class EvmViewMatchesWorkbookTest {
    private static final Path SAMPLES = Path.of("..", "sample-plans");
    /** The workbook's data rows start at row index 4 (Excel row 5). */
    private static final int FIRST_ROW = 4;
    private static final double CENT = 0.005;
    private static final double RATIO = 1e-9;

    static Stream<Path> samplePlans() throws IOException {
        List<Path> plans;
        try (Stream<Path> files = Files.list(SAMPLES)) {
            plans = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(plans.isEmpty(), "no sample plans in " + SAMPLES.toAbsolutePath());
        return plans.stream();
    }

    @ParameterizedTest
    @MethodSource("samplePlans")
    void pageFiguresAreTheWorkbooksCells(Path sample) throws IOException {
        Plan plan;
        try (InputStream in = Files.newInputStream(sample)) {
            plan = new PlanJson().read(in);
        }
        EvmView view = viewOf(plan);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new EvmWorkbook(plan).write(written);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Cells cells = new Cells(evaluator);

            Measures total = view.getRows().get(0).measures();
            assertEquals(0, view.getRows().get(0).level());
            Sheet summary = workbook.getSheetAt(0);
            Double[] figures = {total.bac(), total.pv(), total.ev(), total.ac(), total.sv(), total.cv(), total.spi(),
                total.cpi(), total.eac(), total.eacCpiSpi(), total.etc(), total.vac(), total.tcpi()};
            int[] rows = {0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
            for (int i = 0; i < rows.length; i++) {
                cells.assertAmount(figures[i], summary, FIRST_ROW + rows[i], 1, i >= 6 && i <= 7 || i == 12);
            }

            view.setBy("quarter");
            List<EarnedValue.Period> quarters = view.getPeriods();
            Sheet periods = workbook.getSheetAt(1);
            for (int i = 0; i < quarters.size(); i++) {
                Measures cumulative = quarters.get(i).cumulative();
                int row = FIRST_ROW + i;
                assertEquals(quarters.get(i).label(), periods.getRow(row).getCell(0).getStringCellValue());
                cells.assertAmount(cumulative.pv(), periods, row, 6, false);
                cells.assertAmount(cumulative.ev(), periods, row, 7, false);
                cells.assertAmount(cumulative.ac(), periods, row, 8, false);
                cells.assertAmount(cumulative.spi(), periods, row, 11, true);
                cells.assertAmount(cumulative.cpi(), periods, row, 12, true);
            }

            view.setBy("month");
            List<EarnedValue.Period> months = view.getPeriods();
            assertEquals(3 * quarters.size(), months.size());
            for (int i = 0; i < quarters.size(); i++) {
                Measures quarterEnd = months.get(3 * i + 2).cumulative();
                int row = FIRST_ROW + i;
                assertEquals(quarters.get(i).end(), months.get(3 * i + 2).end());
                cells.assertAmount(quarterEnd.pv(), periods, row, 6, false);
                cells.assertAmount(quarterEnd.ev(), periods, row, 7, false);
                cells.assertAmount(quarterEnd.ac(), periods, row, 8, false);
            }

            Sheet activities = workbook.getSheetAt(2);
            int leaves = 0;
            for (int row = FIRST_ROW; row < FIRST_ROW + view.getRows().size(); row++) {
                if (activities.getRow(row) == null || activities.getRow(row).getCell(0) == null) {
                    break;
                }
                String code = activities.getRow(row).getCell(0).getStringCellValue();
                Measures leaf = view.getRows().stream().filter(r -> r.level() > 0 && r.code().equals(code))
                        .findFirst().orElseThrow().measures();
                cells.assertAmount(leaf.bac(), activities, row, 6, false);
                cells.assertAmount(leaf.pv(), activities, row, 7, false);
                cells.assertAmount(leaf.ev(), activities, row, 9, false);
                cells.assertAmount(leaf.sv(), activities, row, 10, false);
                leaves++;
            }
            assertTrue(leaves > 0, plan.code() + " has WBS leaves in the workbook");
        }
    }

    /** The page's bean reading the plan as the service would, without a container. */
    private static EvmView viewOf(Plan plan) {
        PlanFacts facts = new PlanFacts(plan.code(), plan.name(), plan.currency(), plan.statusDate(), plan.startDate(),
                1);
        EvmView view = new EvmView() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Optional<PlanExtract<EarnedValue>> find(PlanService service, String code) {
                return Optional.of(new PlanExtract<>(facts, new EarnedValue(plan)));
            }
        };
        view.setCode(plan.code());
        return view;
    }

    /** Evaluated workbook cells compared with the view's figures; a null figure is the workbook's "". */
    private record Cells(FormulaEvaluator evaluator) {
        void assertAmount(Double expected, Sheet sheet, int row, int column, boolean ratio) {
            CellValue value = evaluator.evaluate(sheet.getRow(row).getCell(column));
            String where = sheet.getSheetName() + "!" + (char) ('A' + column) + (row + 1);
            if (expected == null) {
                assertTrue(value == null || value.getCellType() == CellType.STRING && value.getStringValue().isEmpty()
                        || value.getCellType() == CellType.BLANK, where + " is empty like the page's dash");
                return;
            }
            assertEquals(CellType.NUMERIC, value.getCellType(), where);
            assertEquals(expected, value.getNumberValue(), ratio ? RATIO : CENT, where);
        }
    }
}
