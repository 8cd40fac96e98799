package org.keelson.portal.simulation.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;

class SimulationRequestTest {

    @Test
    void readsEverySetting() {
        SimulationRequest.Read read = read("{\"iterations\": 5000, \"seed\": 9007199254740991, \"sampling\": \"lhs\","
                + " \"postMitigation\": true, \"tolerance\": 0.005}");

        assertEquals(List.of(), read.errors());
        assertEquals(new SimulationSettings(5000, 9007199254740991L, Sampling.LHS, true, 0.005), read.settings());
    }

    @Test
    void onlyIterationsIsRequired() {
        assertEquals(new SimulationSettings(10, null, Sampling.RANDOM, false, null),
                read("{\"iterations\": 10, \"seed\": null}").settings());
    }

    @Test
    void everyFieldOfTheWrongTypeIsReportedWithItsPath() {
        SimulationRequest.Read read = read("{\"iterations\": 1.5, \"seed\": \"x\", \"sampling\": \"sobol\","
                + " \"postMitigation\": \"yes\", \"tolerance\": \"small\", \"threads\": 8}");

        assertNull(read.settings());
        assertEquals(List.of("threads", "iterations", "seed", "sampling", "postMitigation", "tolerance"),
                read.errors().stream().map(ErrorsDto.Error::path).toList());
        assertTrue(read.errors().get(3).message().contains("\"random\" or \"lhs\""), read.errors().toString());
    }

    @Test
    void aMissingOrMalformedBodyIsReportedAtTheRoot() {
        assertEquals("iterations", read("{}").errors().get(0).path());
        assertEquals("$", read("").errors().get(0).path());
        assertEquals("$", read("[1]").errors().get(0).path());
        assertEquals("$", read("{\"iterations\": ").errors().get(0).path());
        assertEquals("iterations", read("{\"iterations\": 3000000000}").errors().get(0).path(), "beyond int");
    }

    private static SimulationRequest.Read read(String json) {
        return SimulationRequest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
