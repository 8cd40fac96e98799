package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.statistics.HistogramBin;

class HistogramChartTest {
    private static final List<HistogramBin> COST = List.of(new HistogramBin(1_000_000, 1_500_000, 125, 0.125),
            new HistogramBin(1_500_000, 2_000_000, 625, 0.625), new HistogramBin(2_000_000, 2_500_000, 250, 0.25));
    private static final HistogramChart.Labels LABELS = new HistogramChart.Labels("Cost", "Share", "At most", "Budget", "CNY");

    private static JsonNode chart(Double marker, Locale locale) throws Exception {
        return new ObjectMapper().readTree(HistogramChart.of(COST, marker, to -> String.valueOf((long) to),
                v -> "¥" + (long) v, LABELS, locale));
    }

    @Test
    void sharesCumulativeAndTheMarkerWithTooltipsInTheReadersLanguage() throws Exception {
        JsonNode config = chart(1_800_000.0, Locale.SIMPLIFIED_CHINESE);

        assertEquals("zh-CN", config.at("/options/locale").asText());
        assertEquals("[\"1500000\",\"2000000\",\"2500000\"]", config.at("/data/labels").toString());
        assertEquals("[12.5,62.5,25.0]", config.at("/data/datasets/0/data").toString());
        assertEquals("12.5 % · ¥1000000 – ¥1500000", config.at("/data/datasets/0/kpTooltips/0").asText());
        assertEquals("[12.5,75.0,100.0]", config.at("/data/datasets/1/data").toString());
        assertEquals("75.0 % ≤ ¥2000000", config.at("/data/datasets/1/kpTooltips/1").asText());
        assertEquals("[null,100.0,null]", config.at("/data/datasets/2/data").toString());
        assertEquals("¥1800000", config.at("/data/datasets/2/kpTooltips/1").asText());
        assertEquals("Budget", config.at("/data/datasets/2/label").asText());
        assertEquals("CNY", config.at("/options/scales/x/title/text").asText());
    }

    @Test
    void withoutAMarkerThereIsNoMarkerSeriesAndNoAddedBin() throws Exception {
        JsonNode config = chart(null, Locale.ENGLISH);

        assertEquals(2, config.at("/data/datasets").size());
        assertEquals(3, config.at("/data/labels").size());
    }

    @Test
    void aMarkerBelowTheSimulatedRangeGetsEmptyBinsDownToIt() throws Exception {
        JsonNode config = chart(200_000.0, Locale.ENGLISH);

        assertEquals("[\"500000\",\"1000000\",\"1500000\",\"2000000\",\"2500000\"]", config.at("/data/labels").toString());
        assertEquals("[100.0,null,null,null,null]", config.at("/data/datasets/2/data").toString());
    }

    @Test
    void aDistributionOfOneValueIsNotPadded() {
        List<HistogramBin> constant = List.of(new HistogramBin(3, 3, 10, 1));
        assertEquals(constant, HistogramChart.withMarker(constant, 10.0));
    }
}
