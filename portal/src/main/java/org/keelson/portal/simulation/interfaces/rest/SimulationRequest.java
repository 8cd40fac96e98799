package org.keelson.portal.simulation.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.portal.plan.interfaces.rest.ErrorsDto;
import org.keelson.portal.simulation.domain.Sampling;
import org.keelson.portal.simulation.domain.SimulationSettings;

/**
 * The body of {@code POST /api/plans/{code}/simulations}: {@code {"iterations": 10000, "seed": 42,
 * "sampling": "lhs", "postMitigation": true, "tolerance": 0.005}}, only {@code iterations} required. Reading it
 * reports every field of the wrong type at once; ranges are checked by {@link SimulationSettings#violations}.
 */
final class SimulationRequest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("iterations", "seed", "sampling", "postMitigation", "tolerance");

    /** The settings asked for, or the errors that stop them being read. */
    record Read(SimulationSettings settings, List<ErrorsDto.Error> errors) {
    }

    private SimulationRequest() {
    }

    static Read read(InputStream body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return failed("$", "the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return failed("$", "the body could not be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return failed("$", "the body must be a JSON object such as {\"iterations\": 10000}");
        }
        List<ErrorsDto.Error> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new ErrorsDto.Error(name, "unknown field; the fields are " + FIELDS));
            }
        });
        JsonNode iterations = root.get("iterations");
        if (iterations == null || iterations.isNull()) {
            errors.add(new ErrorsDto.Error("iterations", "iterations is required (1 to "
                    + SimulationSettings.MAX_ITERATIONS + ")"));
        } else if (!iterations.isIntegralNumber() || !iterations.canConvertToInt()) {
            errors.add(new ErrorsDto.Error("iterations", "iterations must be a whole number, got " + iterations));
        }
        JsonNode seed = present(root, "seed");
        if (seed != null && (!seed.isIntegralNumber() || !seed.canConvertToLong())) {
            errors.add(new ErrorsDto.Error("seed", "seed must be a whole number (a 64-bit integer), got " + seed));
        }
        JsonNode samplingNode = present(root, "sampling");
        Sampling sampling = Sampling.RANDOM;
        if (samplingNode != null) {
            sampling = samplingNode.isTextual() ? Sampling.ofId(samplingNode.asText()).orElse(null) : null;
            if (sampling == null) {
                errors.add(new ErrorsDto.Error("sampling", "sampling must be \"random\" or \"lhs\", got " + samplingNode));
            }
        }
        JsonNode postMitigation = present(root, "postMitigation");
        if (postMitigation != null && !postMitigation.isBoolean()) {
            errors.add(new ErrorsDto.Error("postMitigation", "postMitigation must be true or false, got " + postMitigation));
        }
        JsonNode tolerance = present(root, "tolerance");
        if (tolerance != null && !tolerance.isNumber()) {
            errors.add(new ErrorsDto.Error("tolerance", "tolerance must be a number, got " + tolerance));
        }
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        return new Read(new SimulationSettings(iterations.asInt(), seed == null ? null : seed.asLong(), sampling,
                postMitigation != null && postMitigation.asBoolean(), tolerance == null ? null : tolerance.asDouble()),
                List.of());
    }

    /** The field's value; null when absent or JSON null. */
    private static JsonNode present(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static Read failed(String path, String message) {
        return new Read(null, List.of(new ErrorsDto.Error(path, message)));
    }
}
