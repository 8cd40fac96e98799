package org.keelson.portal.simulation.interfaces.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.simulation.statistics.HistogramBin;

/** Reading a run's stored result JSON (the command line's {@code simulate} document) for the pages. */
final class StoredResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredResults() {
    }

    static JsonNode json(SimulationRun run) {
        try {
            return JSON.readTree(run.resultJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored result of run " + run.id() + " is not JSON", e);
        }
    }

    /** A stored {@code histogram} array as bins. */
    static List<HistogramBin> bins(JsonNode histogram) {
        List<HistogramBin> bins = new ArrayList<>();
        histogram.forEach(b -> bins.add(new HistogramBin(b.get("from").asDouble(), b.get("to").asDouble(),
                b.get("count").asInt(), b.get("probability").asDouble())));
        return bins;
    }
}
