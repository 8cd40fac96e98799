package org.keelson.simulation.plan.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/** Reads a {@link StatusUpdate} from JSON, as the REST API receives it. */
public final class StatusUpdateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusUpdateJson() {
    }

    /**
     * A status update: {@code {"statusDate": "2025-07-31", "progress": [{"code": "1.2.1", "percentComplete": 60,
     * "actualStart": "...", "actualFinish": "...", "remainingDuration": 4}], "actualCosts": [{"category": "IT",
     * "quarter": "2025-Q3", "actual": 120000}]}}, every field optional.
     *
     * @throws PlanValidationException listing each malformed value with its path ({@code progress[0].actualStart})
     */
    public static StatusUpdate read(String json) {
        JsonNode tree = object(json, "a status update");
        List<ValidationError> problems = new ArrayList<>();
        LocalDate statusDate = date(tree, "statusDate", "statusDate", problems);
        List<StatusUpdate.Progress> progress = new ArrayList<>();
        JsonNode items = tree.path("progress");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "progress[" + i + "].";
            progress.add(new StatusUpdate.Progress(item.path("code").asText(null),
                    number(item, "percentComplete", at, problems), date(item, "actualStart", at + "actualStart", problems),
                    date(item, "actualFinish", at + "actualFinish", problems),
                    number(item, "remainingDuration", at, problems)));
        }
        List<StatusUpdate.ActualCost> costs = new ArrayList<>();
        JsonNode lines = tree.path("actualCosts");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String at = "actualCosts[" + i + "].";
            Double actual = number(line, "actual", at, problems);
            Quarter quarter = quarter(line, at + "quarter", problems);
            if (actual == null || actual < 0) {
                problems.add(new ValidationError(at + "actual", "an actual cost is a number of at least 0"));
            } else if (quarter != null) {
                costs.add(new StatusUpdate.ActualCost(line.path("category").asText(null), quarter, actual));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        return new StatusUpdate(statusDate, progress, costs);
    }

    /** The JSON object {@code json}, or a refusal naming {@code what} it should have been. */
    static JsonNode object(String json, String what) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new PlanValidationException(List.of(new ValidationError("$", "not JSON: " + e.getOriginalMessage())));
        }
        if (tree == null || !tree.isObject()) {
            throw new PlanValidationException(List.of(new ValidationError("$", what + " is a JSON object")));
        }
        return tree;
    }

    static Quarter quarter(JsonNode node, String path, List<ValidationError> problems) {
        try {
            return Quarter.parse(node.path("quarter").asText(null));
        } catch (IllegalArgumentException e) {
            problems.add(new ValidationError(path, e.getMessage()));
            return null;
        }
    }

    static LocalDate date(JsonNode node, String field, String path, List<ValidationError> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asText());
        } catch (DateTimeParseException e) {
            problems.add(new ValidationError(path, "\"" + value.asText() + "\" is not a date like 2025-07-31"));
            return null;
        }
    }

    static Double number(JsonNode node, String field, String prefix, List<ValidationError> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            problems.add(new ValidationError(prefix + field, "must be a finite number"));
            return null;
        }
        return value.asDouble();
    }

}
