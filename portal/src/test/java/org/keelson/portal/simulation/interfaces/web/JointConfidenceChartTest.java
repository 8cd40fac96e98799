package org.keelson.portal.simulation.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class JointConfidenceChartTest {

    @Test
    void pointsInTheCostUnitAndTheP80BoxFromTheLowestPointToTheP80Corner() throws Exception {
        List<double[]> pairs = List.of(new double[] {100, 2_000_000}, new double[] {90, 2_500_000},
                new double[] {120, 1_500_000});
        JsonNode config = new ObjectMapper().readTree(JointConfidenceChart.of(pairs, 110, 2_200_000,
                offset -> "day " + (int) offset, amount -> (long) amount + " CNY", amount -> amount / 10_000,
                new JointConfidenceChart.Labels("Joint", "Runs", "P80 box", "Working days", "万元"), Locale.ENGLISH));

        assertEquals("scatter", config.at("/type").asText());
        JsonNode points = config.at("/data/datasets/0/data");
        assertEquals(3, points.size());
        assertEquals(90.0, points.get(1).get("x").asDouble());
        assertEquals(250.0, points.get(1).get("y").asDouble());
        assertEquals("day 90 · 2500000 CNY", config.at("/data/datasets/0/kpTooltips/1").asText());
        JsonNode box = config.at("/data/datasets/1/data");
        assertEquals("[{\"x\":90.0,\"y\":220.0},{\"x\":110.0,\"y\":220.0},{\"x\":110.0,\"y\":150.0}]", box.toString());
        assertEquals("P80 day 110 · 2200000 CNY", config.at("/data/datasets/1/kpTooltips/0").asText());
        assertEquals("Working days", config.at("/options/scales/x/title/text").asText());
    }
}
