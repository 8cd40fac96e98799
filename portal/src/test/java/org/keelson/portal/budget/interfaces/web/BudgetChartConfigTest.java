package org.keelson.portal.budget.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.portal.plan.PlanFixtures;

class BudgetChartConfigTest {

    @Test
    void barChartOfPlannedAndActualPerQuarterInWan() throws Exception {
        BudgetBreakdown breakdown = BudgetBreakdown.of(PlanFixtures.fullPlan("KP-001").budget(), PlanFixtures.STATUS_DATE);

        JsonNode config = new ObjectMapper().readTree(BudgetChartConfig.quarterlyBars(breakdown, "CNY",
                Locale.SIMPLIFIED_CHINESE, new BudgetChartConfig.Labels("计划", "实际", "各季度")));

        assertEquals("bar", config.path("type").asText());
        assertEquals("[\"2025-Q1\",\"2025-Q2\"]", config.path("data").path("labels").toString());
        JsonNode planned = config.path("data").path("datasets").get(0);
        assertEquals("计划", planned.path("label").asText());
        assertEquals("[150.0,200.0]", planned.path("data").toString());
        assertEquals("[95.0,210.0]", config.path("data").path("datasets").get(1).path("data").toString());
        assertEquals("万元", config.path("options").path("scales").path("y").path("title").path("text").asText());
    }
}
