package org.keelson.simulation.plan.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.keelson.simulation.text.LocalizedText;

/**
 * Typed access to the fields of one JSON object. Every accessor reports a problem at the field's path and
 * returns null when the value is missing (and required) or malformed, so that reading can go on and find the
 * remaining problems. Explicit JSON nulls count as missing.
 */
final class ObjectReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_QUOTED = 40;

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private ObjectReader(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * A reader over {@code node}, which must be an object whose field names are all among {@code fields};
     * null (after reporting) when it is not an object. Unknown fields are reported, as they are usually typos.
     */
    static ObjectReader of(JsonNode node, String path, Problems problems, List<String> fields) {
        if (node == null || !node.isObject()) {
            problems.add(path, "expected an object, got " + describe(node));
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                problems.add(Problems.field(path, name), "unknown field" + suggestion(name, fields));
            }
        }
        return new ObjectReader(node, path, problems);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return Problems.field(path, field);
    }

    Problems problems() {
        return problems;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The value of {@code field}, or null when absent or JSON null (reported when required). */
    private JsonNode value(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path(field), "missing required field");
            }
            return null;
        }
        return value;
    }

    String text(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(path(field), "expected a string, got " + describe(value));
            return null;
        }
        if (value.asText().isBlank()) {
            if (required) {
                problems.add(path(field), "must not be blank");
            }
            return required ? null : value.asText();
        }
        return value.asText();
    }

    Double number(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(path(field), "expected a number, got " + describe(value));
            return null;
        }
        double number = value.asDouble();
        if (!(Math.abs(number) <= PlanLimits.MAX_NUMBER)) {
            String shown = Double.isFinite(number) ? Problems.format(number) : "the number";
            problems.add(path(field), shown + " is beyond the limit of " + Problems.format(PlanLimits.MAX_NUMBER)
                    + " in magnitude");
            return null;
        }
        return number;
    }

    /** A number, defaulting to {@code fallback} when absent; null only when malformed. */
    Double number(String field, double fallback) {
        return has(field) ? number(field, false) : Double.valueOf(fallback);
    }

    Integer integer(String field, boolean required) {
        Double number = number(field, required);
        if (number == null) {
            return null;
        }
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            problems.add(path(field), "expected a whole number, got " + Problems.format(number));
            return null;
        }
        return number.intValue();
    }

    Boolean bool(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            problems.add(path(field), "expected true or false, got " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    LocalDate date(String field, boolean required) {
        JsonNode value = value(field, required);
        return value == null ? null : date(value, path(field), problems);
    }

    /** A date value found anywhere (also as a list element), within the dates a plan may mention. */
    static LocalDate date(JsonNode value, String path, Problems problems) {
        if (value.isTextual() && ISO_DATE.matcher(value.asText()).matches()) {
            try {
                LocalDate date = LocalDate.parse(value.asText());
                return withinPlanDates(path, date.toString(), date, date, problems) ? date : null;
            } catch (DateTimeParseException e) {
                // falls through to the common message: the pattern matched but the day does not exist
            }
        }
        problems.add(path, describeValue(value) + " is not a valid date like 2025-03-31");
        return null;
    }

    /** Whether {@code first..last} (shown as {@code shown}) lies within the dates a plan may mention; reports it if not. */
    static boolean withinPlanDates(String path, String shown, LocalDate first, LocalDate last, Problems problems) {
        if (first.isBefore(PlanLimits.EARLIEST_DATE) || last.isAfter(PlanLimits.LATEST_DATE)) {
            problems.add(path, shown + " is outside the dates a plan may mention, " + PlanLimits.EARLIEST_DATE + ".."
                    + PlanLimits.LATEST_DATE);
            return false;
        }
        return true;
    }

    <E extends Enum<E>> E enumeration(String field, boolean required, Class<E> type) {
        JsonNode value = value(field, required);
        return value == null ? null : enumeration(value, path(field), problems, type);
    }

    static <E extends Enum<E>> E enumeration(JsonNode value, String path, Problems problems, Class<E> type) {
        E constant = value.isTextual() ? EnumNames.fromJson(type, value.asText()) : null;
        if (constant == null) {
            problems.add(path, describeValue(value) + " is not one of " + EnumNames.allowed(type));
        }
        return constant;
    }

    LocalizedText localized(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        ObjectReader text = of(value, path(field), problems, List.of("zh", "en"));
        if (text == null) {
            return null;
        }
        String zh = text.text("zh", false);
        String en = text.text("en", false);
        boolean hasZh = zh != null && !zh.isBlank();
        boolean hasEn = en != null && !en.isBlank();
        if (!hasZh && !hasEn) {
            problems.add(path(field), "needs a zh or an en text");
            return null;
        }
        return new LocalizedText(zh, en);
    }

    /** The nested object {@code field}, or null when absent (reported when required) or not an object. */
    ObjectReader object(String field, boolean required, List<String> fields) {
        JsonNode value = value(field, required);
        return value == null ? null : of(value, path(field), problems, fields);
    }

    /**
     * The elements of list {@code field} read by {@code element} (given each element and its path); elements it
     * cannot read (null results) are left out. An absent list is empty.
     */
    <T> List<T> list(String field, BiFunction<JsonNode, String, T> element) {
        JsonNode value = value(field, false);
        List<T> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!value.isArray()) {
            problems.add(path(field), "expected a list, got " + describe(value));
            return result;
        }
        for (int i = 0; i < value.size(); i++) {
            String elementPath = Problems.element(path(field), i);
            JsonNode item = value.get(i);
            if (item.isNull()) {
                problems.add(elementPath, "list elements must not be null");
                continue;
            }
            T read = element.apply(item, elementPath);
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    /** The string elements of list {@code field}; others are reported and left out. */
    List<String> textList(String field) {
        return list(field, (item, itemPath) -> {
            if (!item.isTextual() || item.asText().isBlank()) {
                problems.add(itemPath, "expected a non-blank string, got " + describe(item));
                return null;
            }
            return item.asText();
        });
    }

    /** "a string \"12万\"", "an object", "null"... for messages about a value of the wrong type. */
    static String describe(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        String kind = value.isTextual() ? "string" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "value";
        return kind + " " + describeValue(value);
    }

    /** A scalar as it appears in JSON, shortened when long: "2025-13-01" quoted, 7 bare. */
    static String describeValue(JsonNode value) {
        String text = value.isNumber() ? Problems.format(value.asDouble()) : value.toString();
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    }

    private static String suggestion(String name, List<String> fields) {
        String lower = name.toLowerCase(Locale.ROOT);
        String closest = fields.stream()
                .min(Comparator.comparingInt(candidate -> editDistance(lower, candidate.toLowerCase(Locale.ROOT))))
                .orElse(null);
        if (closest != null && editDistance(lower, closest.toLowerCase(Locale.ROOT)) <= Math.max(2, closest.length() / 4)) {
            return " (did you mean \"" + closest + "\"?)";
        }
        return "; expected one of " + String.join(", ", fields);
    }

    /** Levenshtein distance, for "did you mean" hints on misspelled field names. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
