package org.keelson.portal.simulation.interfaces.rest;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.portal.simulation.application.SimulationRun;
import org.keelson.portal.simulation.domain.RunStatus;

/**
 * A run in the REST API: its settings as run (the seed drawn when none was given), provenance, live status and
 * progress, and, once done and when asked for, {@code result}: the command line's {@code simulate} document.
 */
final class SimulationRunJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulationRunJson() {
    }

    static String one(SimulationRun run) {
        ObjectNode node = summary(run);
        if (run.status() == RunStatus.DONE) {
            try {
                node.set("result", JSON.readTree(run.resultJson()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored result of run " + run.id() + " is not JSON", e);
            }
        }
        return node.toString();
    }

    static String list(Iterable<SimulationRun> runs) {
        ArrayNode array = JSON.createArrayNode();
        runs.forEach(run -> array.add(summary(run)));
        return array.toString();
    }

    private static ObjectNode summary(SimulationRun run) {
        ObjectNode node = JSON.createObjectNode().put("id", run.id()).put("planCode", run.planCode())
                .put("status", run.status().id()).put("progress", run.progress())
                .put("iterations", run.settings().iterations()).put("seed", run.settings().seed())
                .put("sampling", run.settings().sampling().id()).put("postMitigation", run.settings().postMitigation())
                .put("tolerance", run.settings().tolerance()).put("planSha256", run.planSha256())
                .put("engineVersion", run.engineVersion()).put("kernel", run.kernel())
                .put("createdBy", run.createdBy()).put("createdAt", text(run.createdAt()))
                .put("startedAt", text(run.startedAt())).put("finishedAt", text(run.finishedAt()));
        node.put("error", run.errorMessage());
        return node;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
