package org.keelson.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.montecarlo.MonteCarloEngine;
import org.keelson.simulation.montecarlo.SimulationModel;
import org.keelson.simulation.montecarlo.SimulationOptions;
import org.keelson.simulation.montecarlo.SimulationResult;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.roi.RoiEngine;
import org.keelson.simulation.roi.RoiResult;

class ResultJsonTest {

    @Test
    void simulationDocumentHasTheFieldsThePortalReads() throws Exception {
        Plan plan = GeneratedPlans.network(60, 3);
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model, SimulationOptions.of(2000, 5).withTornadoRisks(2), null);
        RoiResult roi = RoiEngine.run(model, schedule, 5, 2);
        JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(ResultJson.of(schedule, roi)));
        assertEquals(2000, json.get("iterations").asInt());
        assertEquals(5, json.get("seed").asLong());
        for (String field : new String[] {"mean", "sd", "p10", "p50", "p80", "p90", "standardErrorOfMean", "standardErrorOfP80"}) {
            assertTrue(json.get("finish").get(field).isNumber(), field);
        }
        assertEquals(schedule.finish().offsets().p80(), json.get("finish").get("p80").asDouble());
        assertEquals(schedule.finish().p80().toString(), json.get("finishDates").get("p80").asText());
        assertTrue(json.get("probabilityOnTime").isNumber());
        assertEquals(roi.npv().p50(), json.get("npv").get("p50").asDouble());
        assertTrue(json.get("irr").has("p50"));
        assertEquals(roi.roi().mean(), json.get("roi").get("mean").asDouble());
        assertTrue(json.get("paybackQuarters").has("p50"));
        assertEquals(schedule.cost().p80(), json.get("cost").get("p80").asDouble());
        assertEquals(plan.milestones().size(), json.get("milestones").size());
        assertEquals(2, json.get("riskTornado").size());
        assertEquals(60, json.get("activities").size());
    }
}
