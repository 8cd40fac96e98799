package org.keelson.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void jointSampleTakesEveryStrideThIterationUpToTheBound() throws Exception {
        Plan plan = GeneratedPlans.network(30, 2);
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model, SimulationOptions.of(5000, 11), null);
        JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(ResultJson.of(schedule, null)));
        JsonNode joint = json.get("jointSample");
        assertEquals(3, joint.get("stride").asInt());
        assertEquals(1667, joint.get("pairs").size());
        JsonNode last = joint.get("pairs").get(1666);
        assertEquals(schedule.samples().finish(4998), last.get(0).asDouble());
        assertEquals(schedule.samples().cost(4998), last.get(1).asDouble());
        assertEquals(schedule.samples().cost(3), joint.get("pairs").get(1).get(1).asDouble());

        int within = 0;
        for (int g = 0; g < 5000; g++) {
            if (schedule.samples().finish(g) <= schedule.finish().offsets().p80()
                    && schedule.samples().cost(g) <= schedule.cost().p80()) {
                within++;
            }
        }
        assertEquals(within / 5000.0, json.get("cost").get("jointConfidenceP80Box").asDouble());
        assertTrue(within > 2500 && within < 4000, "a P80 box holds between 60% and 80% of the iterations: " + within);
        assertFalse(json.has("npv"), "no ROI figures without an ROI result");
    }

    @Test
    void smallRunsKeepEveryIterationAndRoiDistributionsHaveHistograms() throws Exception {
        Plan plan = GeneratedPlans.network(60, 3);
        SimulationModel model = new SimulationModel(plan, false);
        SimulationResult schedule = MonteCarloEngine.run(model, SimulationOptions.of(1500, 7), null);
        RoiResult roi = RoiEngine.run(model, schedule, 7, 2);
        JsonNode json = new ObjectMapper().readTree(ResultJson.toJson(ResultJson.of(schedule, roi)));
        assertEquals(1, json.get("jointSample").get("stride").asInt());
        assertEquals(1500, json.get("jointSample").get("pairs").size());
        assertEquals(schedule.samples().finish(1499), json.get("jointSample").get("pairs").get(1499).get(0).asDouble());
        assertHistogramOf(roi.npv().count(), json.get("npv"));
        assertHistogramOf(roi.roi().count(), json.get("roi"));
        if (roi.irr() != null) {
            assertHistogramOf(roi.irr().count(), json.get("irr"));
        }
        if (roi.payback() != null) {
            assertHistogramOf(roi.payback().count(), json.get("paybackQuarters"));
        }
    }

    private static void assertHistogramOf(int count, JsonNode distribution) {
        int counted = 0;
        for (JsonNode bin : distribution.get("histogram")) {
            counted += bin.get("count").asInt();
            assertTrue(bin.get("from").asDouble() <= bin.get("to").asDouble());
        }
        assertEquals(count, counted);
    }
}
