package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.statistics.HistogramBin;

class CompareChartConfigTest {
    private static final List<HistogramBin> BINS = List.of(new HistogramBin(10, 20, 2, 0.2),
            new HistogramBin(20, 30, 5, 0.5), new HistogramBin(30, 40, 3, 0.3));

    @Test
    void theShareAtOrBelowAValueCountsWholeBinsBelowAndThePartOfTheBinHoldingIt() {
        assertEquals(0, CompareChartConfig.cumulativeShare(BINS, 5), 1e-12);
        assertEquals(0.2, CompareChartConfig.cumulativeShare(BINS, 20), 1e-12);
        assertEquals(0.2 + 0.5 * 0.4, CompareChartConfig.cumulativeShare(BINS, 24), 1e-12);
        assertEquals(1, CompareChartConfig.cumulativeShare(BINS, 40), 1e-12);
        assertEquals(1, CompareChartConfig.cumulativeShare(BINS, 99), 1e-12);
    }

    @Test
    void aStepOfZeroWidthCountsWholeOnceReached() {
        List<HistogramBin> jump = List.of(new HistogramBin(0, 10, 0, 0.5), new HistogramBin(10, 10, 0, 0.3),
                new HistogramBin(10, 20, 0, 0.2));

        assertEquals(0.45, CompareChartConfig.cumulativeShare(jump, 9), 1e-12);
        assertEquals(0.8, CompareChartConfig.cumulativeShare(jump, 10), 1e-12);
    }

    @Test
    void bothRunsAreLinesOnOneAxis() throws Exception {
        List<Double> points = CompareChartConfig.grid(10, 40, 4);
        assertEquals(List.of(10.0, 20.0, 30.0, 40.0), points);

        String config = CompareChartConfig.cdf(List.of("10", "20", "30", "40"), List.of(
                new CompareChartConfig.Series("Run 1", CompareChartConfig.percents(BINS, points, x -> x)),
                new CompareChartConfig.Series("Run 2", CompareChartConfig.percents(BINS, points, x -> x - 10))),
                new CompareChartConfig.Labels("Finish", "Date", "Share"));

        JsonNode datasets = new ObjectMapper().readTree(config).get("data").get("datasets");
        assertEquals("[0.0,20.0,70.0,100.0]", datasets.get(0).get("data").toString());
        assertEquals("[0.0,0.0,20.0,70.0]", datasets.get(1).get("data").toString(), "the second run, shifted");
        assertEquals("Run 2", datasets.get(1).get("label").asText());
    }

    @Test
    void npvCumulativeDistributionComesFromTheStoredPercentiles() throws Exception {
        JsonNode npv = new ObjectMapper().readTree("{\"min\":-50,\"p5\":0,\"p10\":10,\"p20\":20,\"p50\":50,"
                + "\"p80\":80,\"p90\":90,\"p95\":95,\"max\":100}");
        List<HistogramBin> bins = RunComparison.npvDistribution(npv);

        assertEquals(0.05, CompareChartConfig.cumulativeShare(bins, 0), 1e-12);
        assertEquals(0.35, CompareChartConfig.cumulativeShare(bins, 35), 1e-12);
        assertEquals(0.8, CompareChartConfig.cumulativeShare(bins, 80), 1e-12);
        assertEquals(1, CompareChartConfig.cumulativeShare(bins, 100), 1e-12);
    }
}
