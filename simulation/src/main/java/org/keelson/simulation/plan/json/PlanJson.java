package org.keelson.simulation.plan.json;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.keelson.simulation.plan.Plan;

/**
 * Reads and writes whole plans in the Keelson interchange format (src/docs/plan-format.md,
 * src/schema/keelson-plan.schema.json).
 *
 * <p>Reading validates the document completely: every problem is collected with its JSON path and reported at
 * once in a {@link PlanValidationException}; no plan is returned unless the document is valid and within the
 * {@link PlanLimits}, which are checked from the numbers alone, before anything is scheduled. Writing gives
 * UTF-8 JSON indented by two spaces, fields in a fixed order, Chinese as characters, nulls left out, ending
 * with a newline; reading that output and writing it again gives the same bytes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    /**
     * Reads a plan from UTF-8 bytes; UTF-16 and UTF-32 are detected too, and a byte-order mark is skipped. Does not
     * close the stream.
     */
    public Plan read(InputStream json) {
        return parseAndValidate(() -> MAPPER.createParser(json));
    }

    /** Reads a plan from characters, skipping a leading byte-order mark; does not close the reader. */
    public Plan read(Reader json) {
        return parseAndValidate(() -> MAPPER.createParser(withoutByteOrderMark(json)));
    }

    /** Reads a plan from a JSON text. */
    public Plan read(String json) {
        return read(new StringReader(json));
    }

    /**
     * The problems of a document, empty when it is a valid plan: what {@link #read(String)} would report,
     * for callers that want to show them rather than catch them.
     */
    public List<ValidationError> validate(String json) {
        try {
            read(json);
            return List.of();
        } catch (PlanValidationException e) {
            return e.errors();
        }
    }

    /**
     * The problems a reader would find in {@code plan} once written, empty when none: a check for plans built in
     * code (e.g. from database entities) before they are exported or simulated.
     */
    public List<ValidationError> validate(Plan plan) {
        return validate(write(plan));
    }

    /** The plan as pretty-printed JSON, ending with a newline. Writing does not validate; see {@link #validate(Plan)}. */
    public String write(Plan plan) {
        try {
            return WRITER.writeValueAsString(new PlanWriter().plan(plan)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plan " + plan.code(), e);
        }
    }

    /** Writes the plan as UTF-8 JSON to {@code out}, which is flushed but not closed. */
    public void write(Plan plan, OutputStream out) {
        try {
            out.write(write(plan).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of one element of a list of the plan (an activity, a milestone, a risk), as {@link #write} has it. */
    public String writeElement(Plan plan, PlanSection section, String code) {
        try {
            return WRITER.writeValueAsString(element(new PlanWriter().plan(plan), section, code)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + section.field() + " " + code, e);
        }
    }

    /**
     * {@code plan} with one element changed by a JSON merge patch (RFC 7396) in the interchange format's field
     * names, validated like a whole document: problems carry the path of the changed plan (e.g.
     * {@code wbs[12].duration}). The element's code names it and cannot be patched.
     *
     * @throws PlanValidationException when the patch is not a JSON object, changes the code or leaves the plan
     *                                 invalid
     * @throws IllegalArgumentException when no element of {@code section} has {@code code}
     */
    public Plan mergePatch(Plan plan, PlanSection section, String code, String patch) {
        JsonNode patchTree = parse(() -> MAPPER.createParser(new StringReader(patch)));
        if (patchTree == null || !patchTree.isObject()) {
            throw new PlanValidationException(List.of(new ValidationError("$", "a merge patch is a JSON object")));
        }
        JsonNode newCode = patchTree.get("code");
        if (newCode != null && !newCode.asText().equals(code)) {
            throw new PlanValidationException(List.of(new ValidationError("code",
                    "the code names the element and cannot be changed by a patch")));
        }
        ObjectNode document = new PlanWriter().plan(plan);
        ObjectNode target = element(document, section, code);
        patchTree.properties().forEach(field -> merge(target, field.getKey(), field.getValue()));
        return readTree(document);
    }

    /**
     * {@code plan} with one more element at the end of {@code section}, given as a JSON object in the interchange
     * format's field names, validated like a whole document: problems carry the path of the new element (e.g.
     * {@code milestones[7].due}).
     *
     * @throws PlanValidationException when {@code element} is not a JSON object or leaves the plan invalid
     */
    public Plan addElement(Plan plan, PlanSection section, String element) {
        JsonNode tree = parse(() -> MAPPER.createParser(new StringReader(element)));
        if (tree == null || !tree.isObject()) {
            throw new PlanValidationException(List.of(new ValidationError("$", "an element is a JSON object")));
        }
        ObjectNode document = new PlanWriter().plan(plan);
        JsonNode list = document.get(section.field());
        ArrayNode array = list instanceof ArrayNode existing ? existing : document.putArray(section.field());
        array.add(tree);
        return readTree(document);
    }

    private static ObjectNode element(ObjectNode document, PlanSection section, String code) {
        JsonNode list = document.get(section.field());
        if (list instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (item instanceof ObjectNode object && code.equals(object.path("code").asText(null))) {
                    return object;
                }
            }
        }
        throw new IllegalArgumentException("no element of " + section.field() + " has the code " + code);
    }

    private static void merge(ObjectNode target, String field, JsonNode patch) {
        if (patch.isNull()) {
            target.remove(field);
        } else if (patch.isObject() && target.get(field) instanceof ObjectNode nested) {
            patch.properties().forEach(entry -> merge(nested, entry.getKey(), entry.getValue()));
        } else if (patch.isObject()) {
            ObjectNode fresh = target.putObject(field);
            patch.properties().forEach(entry -> merge(fresh, entry.getKey(), entry.getValue()));
        } else {
            target.set(field, patch.deepCopy());
        }
    }

    private static Reader withoutByteOrderMark(Reader json) throws IOException {
        PushbackReader reader = new PushbackReader(json, 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    /** The document's tree; a syntax error is reported where the parser stands when it finds it. */
    private static JsonNode parse(ParserSource source) {
        try (JsonParser parser = source.open()) {
            try {
                JsonNode root = MAPPER.readTree(parser);
                if (root != null && parser.nextToken() != null) {
                    throw new PlanValidationException(List.of(SyntaxErrors.at(parser.currentTokenLocation(),
                            "unexpected content after the plan object")));
                }
                return root;
            } catch (JsonProcessingException | CharConversionException e) {
                throw new PlanValidationException(List.of(SyntaxErrors.of(e, parser.currentLocation())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Plan parseAndValidate(ParserSource source) {
        return readTree(parse(source));
    }

    private static Plan readTree(JsonNode root) {
        Problems problems = new Problems();
        if (root == null || root.isMissingNode()) {
            problems.add("", "the document is empty; expected a plan object");
            throw new PlanValidationException(problems.list());
        }
        PlanReader reader = new PlanReader(problems);
        Plan plan = reader.read(root);
        if (plan != null) {
            new PlanChecker(plan, reader, problems).check();
        }
        if (problems.isEmpty()) {
            new LimitChecker(plan, reader.paths(), problems).check();
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems.list());
        }
        return plan;
    }

    /** Two-space indentation for objects and lists alike, "field": value, "\n" line ends on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
