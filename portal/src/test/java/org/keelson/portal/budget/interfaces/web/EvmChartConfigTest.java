package org.keelson.portal.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.evm.EarnedValue;
import org.keelson.simulation.evm.Measures;

class EvmChartConfigTest {
    private static final EvmChartConfig.Labels LABELS = new EvmChartConfig.Labels("累计", "PV", "EV", "AC", "BAC",
            "EAC（CPI 法）", "EAC（CPI × SPI 法）");

    /** BAC 400,000; by the second quarter PV 300,000, EV 150,000 and AC 200,000 (CPI 0.75, SPI 0.5). */
    private static final List<EarnedValue.Period> PERIODS = List.of(
            new EarnedValue.Period("2025-Q1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 100_000.0, 50_000.0,
                    80_000.0, new Measures(400_000, 100_000, 50_000.0, 80_000.0)),
            new EarnedValue.Period("2025-Q2", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), 200_000.0, 100_000.0,
                    120_000.0, new Measures(400_000, 300_000, 150_000.0, 200_000.0)),
            new EarnedValue.Period("2025-Q3", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), 100_000.0, null, null,
                    new Measures(400_000, 400_000, null, null)));

    @Test
    void cumulativeCurvesStopAtTheStatusPeriodWithBacAndBothEacsInWan() throws Exception {
        Measures total = PERIODS.get(1).cumulative();

        JsonNode config = new ObjectMapper().readTree(EvmChartConfig.sCurves(PERIODS, total, "CNY",
                Locale.SIMPLIFIED_CHINESE, LABELS));

        assertEquals("line", config.path("type").asText());
        assertEquals("[\"2025-Q1\",\"2025-Q2\",\"2025-Q3\"]", config.path("data").path("labels").toString());
        JsonNode datasets = config.path("data").path("datasets");
        assertEquals("[10.0,30.0,40.0]", datasets.get(0).path("data").toString());
        assertEquals("[5.0,15.0,null]", datasets.get(1).path("data").toString());
        assertEquals("[8.0,20.0,null]", datasets.get(2).path("data").toString());
        assertEquals("BAC", datasets.get(3).path("label").asText());
        assertEquals("[40.0,40.0,40.0]", datasets.get(3).path("data").toString());
        // EAC (CPI) = 400,000 / 0.75; EAC (CPI x SPI) = 200,000 + 250,000 / 0.375
        assertEquals("EAC（CPI 法）", datasets.get(4).path("label").asText());
        assertEquals(53.33, datasets.get(4).path("data").get(0).asDouble(), 1e-9);
        assertEquals("EAC（CPI × SPI 法）", datasets.get(5).path("label").asText());
        assertEquals(86.67, datasets.get(5).path("data").get(0).asDouble(), 1e-9);
        assertTrue(datasets.get(5).path("borderDash").isArray(), "forecast lines are dashed");
        assertEquals("万元", config.path("options").path("scales").path("y").path("title").path("text").asText());
    }

    @Test
    void withoutActualCostThereIsNoEacLineAndEnglishReadersSeeYuan() throws Exception {
        Measures noActuals = new Measures(400_000, 300_000, 150_000.0, 0.0);

        JsonNode config = new ObjectMapper().readTree(EvmChartConfig.sCurves(PERIODS, noActuals, "CNY",
                Locale.ENGLISH, LABELS));

        JsonNode datasets = config.path("data").path("datasets");
        assertEquals(4, datasets.size(), "PV, EV, AC and BAC only");
        assertEquals(400_000, datasets.get(3).path("data").get(0).asDouble(), 1e-9);
        assertEquals("CNY", config.path("options").path("scales").path("y").path("title").path("text").asText());
    }
}
