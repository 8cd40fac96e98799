package org.keelson.portal.simulation.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.interfaces.rest.ChartFormat;
import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.application.SimulationService;
import org.keelson.portal.simulation.domain.RunStatus;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;
import org.keelson.simulation.montecarlo.ProgressListener;
import org.keelson.simulation.parallel.Cancellation;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanJson;
import org.keelson.simulation.roi.PlanForecast;

/** The downloads of a stored run are made again from its snapshot and settings and show its stored figures. */
class RunFilesTest {
    /** Columns of the P-value table on the workbook's summary sheet. */
    private static final int DATE_COLUMN = 1, COST_COLUMN = 3;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theReplayedWorkbookShowsTheStoredP80FinishAndCostAndNpvP50() throws IOException {
        String snapshot = Files.readString(Path.of("..", "sample-plans", "001-omnichannel-fusion.json"));
        SimulationSettings settings = new SimulationSettings(1_500, 99L, Sampling.LHS, true, null);
        SimulationRun run = storedRun(snapshot, settings,
                SimulationService.simulate(snapshot, settings, ProgressListener.NONE, threads, new Cancellation()));
        JsonNode stored = new ObjectMapper().readTree(run.resultJson());

        PlanForecast replayed = service().replay(run);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RunFiles.writeWorkbook(new PlanJson().read(snapshot), replayed, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheetAt(0);
            Row p80 = rowStartingWith(summary, "P80");
            assertEquals(LocalDate.parse(stored.get("finishDates").get("p80").asText()),
                    p80.getCell(DATE_COLUMN).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(stored.get("cost").get("p80").asDouble(), p80.getCell(COST_COLUMN).getNumericCellValue(),
                    1e-6);
            Row npvP50 = rowEndingWith(summary, " P50");
            assertEquals(stored.get("npv").get("p50").asDouble(), npvP50.getCell(1).getNumericCellValue(), 1e-6);
        }
    }

    @Test
    void chartsAreImagesAndThereIsNoNpvChartWithoutABenefitModel() throws IOException {
        String snapshot = Files.readString(Path.of("..", "sample-plans", "002-ecommerce-system-operations.json"));
        Plan plan = new PlanJson().read(snapshot);
        Plan withoutBenefits = new Plan(plan.code(), plan.name(), plan.description(), plan.currency(), plan.locale(),
                plan.status(), plan.manager(), plan.startDate(), plan.deadline(), plan.statusDate(), plan.calendar(),
                plan.phases(), plan.milestones(), plan.wbs(), plan.correlations(), plan.budget(), plan.riskMatrix(),
                plan.risks(), plan.kpis(), null, plan.baselines(), plan.assumptions());
        String noBenefits = new PlanJson().write(withoutBenefits);
        SimulationSettings settings = new SimulationSettings(300, 5L, Sampling.RANDOM, false, null);
        PlanForecast forecast = service().replay(storedRun(noBenefits, settings, null));

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        RunFiles.writeChart(RunFiles.Chart.TORNADO, withoutBenefits, forecast, ChartFormat.PNG, png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png.toByteArray(), 4));
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        RunFiles.writeChart(RunFiles.Chart.TORNADO, withoutBenefits, forecast, ChartFormat.SVG, svg);
        assertTrue(svg.toString(java.nio.charset.StandardCharsets.UTF_8).contains("<svg"));
        assertTrue(RunFiles.Chart.FINISH.drawable(forecast));
        assertTrue(!RunFiles.Chart.NPV.drawable(forecast));
        assertThrows(IllegalArgumentException.class, () -> RunFiles.writeChart(RunFiles.Chart.NPV, withoutBenefits,
                forecast, ChartFormat.PNG, new ByteArrayOutputStream()));
    }

    private SimulationService service() {
        return new SimulationService(null, null, threads, 1, 1, Clock.systemUTC());
    }

    private static SimulationRun storedRun(String snapshot, SimulationSettings settings, String resultJson) {
        return new SimulationRun(1, "KP", "sha", settings, "test", null, "pmo", null, null, null, RunStatus.DONE, 100,
                null, snapshot, resultJson);
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text);
    }

    private static Row rowEndingWith(Sheet sheet, String suffix) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).toString().endsWith(suffix)) {
                return row;
            }
        }
        throw new AssertionError("no row ending with " + suffix);
    }
}
