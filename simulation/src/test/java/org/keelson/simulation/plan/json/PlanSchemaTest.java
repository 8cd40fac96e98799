package org.keelson.simulation.plan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps src/schema/keelson-plan.schema.json consistent with the codec without a schema-validator dependency:
 * the schema's objects declare exactly the record components, valid corpus files use only declared properties
 * (and every required one, with allowed enumeration values), and the corpus exercises every declared property.
 */
class PlanSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonNode schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path module = Path.of(System.getProperty("basedir", "."));
        schema = MAPPER.readTree(Files.readString(module.resolve("../src/schema/keelson-plan.schema.json")));
    }

    static Stream<Path> validFiles() {
        return Corpus.valid();
    }

    @Test
    void schemaObjectsDeclareExactlyTheRecordComponents() {
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("#", PlanFields.PLAN),
                Map.entry("localizedText", List.of("zh", "en")),
                Map.entry("estimate", PlanFields.ESTIMATE),
                Map.entry("calendar", PlanFields.CALENDAR),
                Map.entry("holiday", PlanFields.HOLIDAY),
                Map.entry("phase", PlanFields.PHASE),
                Map.entry("milestone", PlanFields.MILESTONE),
                Map.entry("activity", PlanFields.ACTIVITY),
                Map.entry("relation", PlanFields.RELATION),
                Map.entry("correlation", PlanFields.CORRELATION),
                Map.entry("budget", PlanFields.BUDGET),
                Map.entry("budgetCategory", PlanFields.BUDGET_CATEGORY),
                Map.entry("budgetLine", PlanFields.BUDGET_LINE),
                Map.entry("riskMatrix", PlanFields.RISK_MATRIX),
                Map.entry("risk", PlanFields.RISK),
                Map.entry("riskQuantification", PlanFields.RISK_QUANTIFICATION),
                Map.entry("kpi", PlanFields.KPI),
                Map.entry("kpiPoint", PlanFields.KPI_POINT),
                Map.entry("benefits", PlanFields.BENEFITS),
                Map.entry("benefitLine", PlanFields.BENEFIT_LINE),
                Map.entry("baseline", PlanFields.BASELINE),
                Map.entry("baselineEntry", PlanFields.BASELINE_ENTRY),
                Map.entry("assumption", PlanFields.ASSUMPTION));
        expected.forEach((definition, fields) -> {
            JsonNode object = definition.equals("#") ? schema : schema.get("$defs").get(definition);
            assertEquals(fields, names(object.get("properties")), definition + " properties, in record order");
            assertEquals("false", object.get("additionalProperties").asText(), definition + " must be closed");
        });
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        forEachObject(schema, "#", (location, object) -> object.get("properties").fields().forEachRemaining(field -> {
            JsonNode property = field.getValue();
            boolean described = property.has("description") || property.has("$ref")
                    && resolve(property.get("$ref")).has("description");
            if (!described) {
                undescribed.add(location + "." + field.getKey());
            }
        }));
        assertEquals(List.of(), undescribed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void validFileConformsStructurally(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        check(MAPPER.readTree(Corpus.read(file)), schema, "$", problems, new TreeSet<>());
        assertEquals(List.of(), problems);
    }

    @Test
    void validCorpusUsesEveryDeclaredProperty() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path file : Corpus.files("valid", ".json")) {
            check(MAPPER.readTree(Corpus.read(file)), schema, "$", new ArrayList<>(), used);
        }
        Set<String> declared = new TreeSet<>();
        forEachObject(schema, "#", (location, object) ->
                object.get("properties").fieldNames().forEachRemaining(name -> declared.add(location + "." + name)));
        declared.removeAll(used);
        assertEquals(Set.of(), declared, "declared but never exercised by the valid corpus");
    }

    @Test
    void structuralCheckCatchesUndeclaredAndMissingProperties() throws IOException {
        List<String> problems = new ArrayList<>();
        check(MAPPER.readTree("{\"name\": {\"zh\": \"x\"}, \"currency\": \"CNY\", \"startDate\": \"2025-01-06\","
                + " \"status\": \"done\", \"wbs\": [{\"code\": \"1\", \"name\": {\"en\": \"a\"}, \"cost\": 1}]}"),
                schema, "$", problems, new TreeSet<>());
        assertEquals(List.of("$: missing required code", "$.status: \"done\" is not allowed",
                "$.wbs[0]: undeclared property cost"), problems);
    }

    /** Checks {@code value} against {@code node}: declared and required properties, enumerations, list items. */
    private static void check(JsonNode value, JsonNode node, String path, List<String> problems, Set<String> used) {
        List<JsonNode> schemas = new ArrayList<>();
        schemas.add(node);
        if (node.has("$ref")) {
            schemas.add(resolve(node.get("$ref")));
        }
        for (JsonNode applicable : schemas) {
            if (applicable.has("enum") && !contains(applicable.get("enum"), value)) {
                problems.add(path + ": " + value + " is not allowed");
            }
            if (applicable.has("items") && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), applicable.get("items"), path + "[" + i + "]", problems, used);
                }
            }
            if (applicable.has("required") && value.isObject()) {
                applicable.get("required").forEach(required -> {
                    if (!value.has(required.asText())) {
                        problems.add(path + ": missing required " + required.asText());
                    }
                });
            }
        }
        JsonNode declaring = schemas.stream().filter(s -> "false".equals(s.path("additionalProperties").asText()))
                .findFirst().orElse(null);
        if (declaring == null || !value.isObject()) {
            return;
        }
        String location = locationOf(declaring);
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = declaring.get("properties").get(field.getKey());
            if (property == null) {
                problems.add(path + ": undeclared property " + field.getKey());
                continue;
            }
            used.add(location + "." + field.getKey());
            check(field.getValue(), property, path + "." + field.getKey(), problems, used);
        }
    }

    private static JsonNode resolve(JsonNode reference) {
        String name = reference.asText().replaceFirst("^#/\\$defs/", "");
        return schema.get("$defs").get(name);
    }

    private static String locationOf(JsonNode object) {
        if (object == schema) {
            return "#";
        }
        for (Iterator<Map.Entry<String, JsonNode>> defs = schema.get("$defs").fields(); defs.hasNext(); ) {
            Map.Entry<String, JsonNode> definition = defs.next();
            if (definition.getValue() == object) {
                return definition.getKey();
            }
        }
        throw new IllegalStateException("not a schema object: " + object);
    }

    private static void forEachObject(JsonNode root, String rootLocation,
            java.util.function.BiConsumer<String, JsonNode> action) {
        action.accept(rootLocation, root);
        root.get("$defs").fields().forEachRemaining(definition -> {
            if (definition.getValue().has("properties")) {
                action.accept(definition.getKey(), definition.getValue());
            }
        });
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
