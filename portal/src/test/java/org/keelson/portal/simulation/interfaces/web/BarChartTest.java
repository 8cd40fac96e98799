package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void horizontalBarsPutTheValuesOnTheXAxisWithOneTooltipPerBar() throws Exception {
        JsonNode config = new ObjectMapper().readTree(BarChart.of("Risks", List.of("R-1 Supplier late", "R-2 Scope"),
                List.of(new BarChart.Series("Impact", "#000000", List.of(12.5, -3.0), List.of("+12.5", "-3"))),
                "Working days", true, Locale.ENGLISH));

        assertEquals("y", config.at("/options/indexAxis").asText());
        assertEquals("Working days", config.at("/options/scales/x/title/text").asText());
        assertEquals("[\"R-1 Supplier late\",\"R-2 Scope\"]", config.at("/data/labels").toString());
        assertEquals("[12.5,-3.0]", config.at("/data/datasets/0/data").toString());
        assertEquals("[\"+12.5\",\"-3\"]", config.at("/data/datasets/0/kpTooltips").toString());
        assertEquals("Risks", config.at("/options/plugins/title/text").asText());
    }

    @Test
    void groupedVerticalBarsKeepAMissingValueEmpty() throws Exception {
        JsonNode config = new ObjectMapper().readTree(BarChart.of("Spend", List.of("Q1", "Q2"),
                List.of(new BarChart.Series("P50", "#111111", List.of(1.0, 2.0), List.of("1", "2")),
                        new BarChart.Series("Budget", "#222222", Arrays.asList(3.0, null), List.of("3", "—"))),
                "万元", false, Locale.SIMPLIFIED_CHINESE));

        assertFalse(config.at("/options").has("indexAxis"));
        assertEquals("万元", config.at("/options/scales/y/title/text").asText());
        assertEquals("[3.0,null]", config.at("/data/datasets/1/data").toString());
        assertEquals("Budget", config.at("/data/datasets/1/label").asText());
    }
}
