package org.keelson.simulation.plan.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.DistributionType;
import org.keelson.simulation.text.LocalizedText;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.RiskMatrix;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.RelationType;

class PlanJsonTest {

    private static final String MINIMAL = """
            {"code": "MIN", "name": {"zh": "最小计划"}, "currency": "CNY", "startDate": "2025-01-06"}
            """;

    private final PlanJson codec = new PlanJson();

    @Test
    void minimalPlanGetsTheDocumentedDefaults() {
        Plan plan = codec.read(MINIMAL);

        assertEquals("MIN", plan.code());
        assertEquals(new LocalizedText("最小计划", null), plan.name());
        assertEquals(LocalDate.of(2025, 1, 6), plan.startDate());
        assertEquals(WorkCalendar.standard(), plan.calendar());
        assertEquals(RiskMatrix.standard(), plan.riskMatrix());
        assertTrue(plan.wbs().isEmpty());
        assertNull(plan.budget());
        assertNull(plan.locale());
    }

    @Test
    void startToStartAndFinishToFinishBetweenOnePairFormALadder() {
        Plan plan = codec.read("""
                {"code": "L", "name": {"en": "Ladder"}, "currency": "CNY", "startDate": "2025-01-06",
                 "wbs": [{"code": "1", "name": {"en": "Design"}, "duration": 10},
                         {"code": "2", "name": {"en": "Build"}, "duration": 10,
                          "relations": [{"predecessor": "1", "type": "SS", "lag": 3},
                                        {"predecessor": "1", "type": "FF", "lag": 2}]}]}
                """);

        assertEquals(List.of(RelationType.SS, RelationType.FF),
                plan.wbs().get(1).relations().stream().map(r -> r.type()).toList());
    }

    @Test
    void optionalFieldsMayBeNull() {
        Plan plan = codec.read("""
                {"code": "N", "name": {"en": "Nulls"}, "currency": "CNY", "startDate": "2025-01-06",
                 "description": null, "statusDate": null, "wbs": null, "budget": null}
                """);

        assertNull(plan.description());
        assertTrue(plan.wbs().isEmpty());
    }

    @Test
    void relationTypeDefaultsToFinishToStartAndLagToZero() {
        Plan plan = codec.read("""
                {"code": "R", "name": {"en": "Relations"}, "currency": "CNY", "startDate": "2025-01-06",
                 "wbs": [{"code": "1", "name": {"en": "a"}, "duration": 1},
                         {"code": "2", "name": {"en": "b"}, "duration": 1, "relations": [{"predecessor": "1"}]}]}
                """);

        Activity second = plan.wbs().get(1);
        assertEquals(RelationType.FS, second.relations().get(0).type());
        assertEquals(0, second.relations().get(0).lag());
    }

    @Test
    void sevenDayWeekIsKeptApartFromTheDefaultWeekend() {
        Plan plan = codec.read("""
                {"code": "W", "name": {"en": "Every day"}, "currency": "CNY", "startDate": "2025-01-06",
                 "calendar": {"weekendDays": []}}
                """);

        assertEquals(List.of(), plan.calendar().weekendDays());
        assertTrue(codec.write(plan).contains("\"weekendDays\": []"));
        assertEquals(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), codec.read(MINIMAL).calendar().weekendDays());
    }

    @Test
    void writesChineseAsCharactersAndNumbersPlainly() {
        Plan plan = codec.read("""
                {"code": "Z", "name": {"zh": "会员营销", "en": "Membership"}, "currency": "CNY", "startDate": "2025-01-06",
                 "budget": {"total": 1.2E7, "contingencyPercent": 7.50}}
                """);

        String json = codec.write(plan);

        assertTrue(json.contains("\"zh\": \"会员营销\""), json);
        assertFalse(json.contains("\\u"), json);
        assertTrue(json.contains("\"total\": 12000000,"), json);
        assertTrue(json.contains("\"contingencyPercent\": 7.5\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("null"));
    }

    @Test
    void streamsAreUtf8AndLeftOpenForTheCaller() {
        String json = Corpus.read(Corpus.directory("valid").resolve("full.json"));
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        AtomicBoolean inputClosed = new AtomicBoolean();
        AtomicBoolean outputClosed = new AtomicBoolean();

        Plan fromBytes = codec.read(new ByteArrayInputStream(utf8) {
            @Override
            public void close() {
                inputClosed.set(true);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outputClosed.set(true);
            }
        };
        codec.write(fromBytes, out);

        assertArrayEquals(utf8, out.toByteArray());
        assertEquals(fromBytes, codec.read(new StringReader(json)));
        assertFalse(inputClosed.get());
        assertFalse(outputClosed.get());
    }

    @Test
    void reportsEveryProblemTogetherAndReturnsNoPlan() {
        PlanValidationException failure = assertThrows(PlanValidationException.class, () -> codec.read("""
                {"name": {"en": "Broken"}, "currency": "yuan", "startDate": "2025-1-6",
                 "risks": [{"code": "R1", "title": {"en": "r"}, "probability": 7, "impact": 0}]}
                """));

        assertEquals(List.of(
                new ValidationError("code", "missing required field"),
                new ValidationError("currency", "\"yuan\" is not an ISO 4217 currency code like CNY"),
                new ValidationError("startDate", "\"2025-1-6\" is not a valid date like 2025-03-31"),
                new ValidationError("risks[0].probability", "7 is outside 1..5"),
                new ValidationError("risks[0].impact", "0 is outside 1..5")), failure.errors());
        assertTrue(failure.getMessage().startsWith("Invalid plan (5 errors):\n  code: missing required field\n"),
                failure.getMessage());
    }

    @Test
    void numbersBeyondDoubleRangeAreRejected() {
        assertEquals(List.of(new ValidationError("budget.total", "the number is beyond the limit of 1e15 in magnitude")),
                codec.validate("""
                {"code": "B", "name": {"en": "b"}, "currency": "CNY", "startDate": "2025-01-06", "budget": {"total": 1e400}}
                """));
    }

    @Test
    void validationErrorReadsAsPathColonMessage() {
        assertEquals("risks[3].probability: 7 is outside 1..5",
                new ValidationError("risks[3].probability", "7 is outside 1..5").toString());
    }

    @Test
    void emptyDocumentIsRejected() {
        assertEquals(List.of(new ValidationError("$", "the document is empty; expected a plan object")),
                codec.validate("  "));
    }

    @Test
    void validateReturnsNothingForAValidPlan() {
        assertEquals(List.of(), codec.validate(MINIMAL));
    }

    @Test
    void namesEveryIndependentCycleOnceAndIgnoresActivitiesThatOnlyFollowOne() {
        // 1 -> 2 -> 1 is a cycle; 1 -> 3 leads out of it (3 comes first among 1's successors in WBS order);
        // 4 -> 5 -> 6 -> 4 is a second cycle; 7 follows it without being part of it.
        String json = plan("""
                {"code": "3", "name": {"en": "c"}, "duration": 1, "relations": [{"predecessor": "1"}]},
                {"code": "1", "name": {"en": "a"}, "duration": 1, "relations": [{"predecessor": "2"}]},
                {"code": "2", "name": {"en": "b"}, "duration": 1, "relations": [{"predecessor": "1"}]},
                {"code": "5", "name": {"en": "e"}, "duration": 1, "relations": [{"predecessor": "4"}]},
                {"code": "6", "name": {"en": "f"}, "duration": 1, "relations": [{"predecessor": "5"}]},
                {"code": "4", "name": {"en": "d"}, "duration": 1, "relations": [{"predecessor": "6"}]},
                {"code": "7", "name": {"en": "g"}, "duration": 1, "relations": [{"predecessor": "4"}, {"predecessor": "3"}]}
                """);

        assertEquals(List.of(
                new ValidationError("wbs", "dependency cycle 1 -> 2 -> 1"),
                new ValidationError("wbs", "dependency cycle 5 -> 6 -> 4 -> 5")), codec.validate(json));
    }

    @Test
    void longCycleIsNamedByItsEndsAndLength() {
        StringBuilder ring = new StringBuilder();
        for (int i = 1; i <= 15; i++) {
            int predecessor = i == 1 ? 15 : i - 1;
            ring.append(i == 1 ? "" : ",").append("""
                    {"code": "%d", "name": {"en": "a"}, "duration": 1, "relations": [{"predecessor": "%d"}]}
                    """.formatted(i, predecessor));
        }

        assertEquals(List.of(new ValidationError("wbs", "dependency cycle 1 -> 2 -> 3 -> 4 -> 5 -> 6 -> … "
                + "-> 10 -> 11 -> 12 -> 13 -> 14 -> 15 -> 1 (15 activities)")), codec.validate(plan(ring.toString())));
    }

    @Test
    void acyclicDiamondWithAllRelationTypesIsAccepted() {
        String json = plan("""
                {"code": "1", "name": {"en": "a"}, "duration": 1},
                {"code": "2", "name": {"en": "b"}, "duration": 1, "relations": [{"predecessor": "1", "type": "SS"}]},
                {"code": "3", "name": {"en": "c"}, "duration": 1, "relations": [{"predecessor": "1", "type": "FF", "lag": -1}]},
                {"code": "4", "name": {"en": "d"}, "duration": 1,
                 "relations": [{"predecessor": "2", "type": "SF"}, {"predecessor": "3"}]}
                """);

        assertEquals(List.of(), codec.validate(json));
    }

    @Test
    void estimateProblemsAreReportedForEveryDistributionKind() {
        String json = plan("""
                {"code": "1", "name": {"en": "a"}, "duration": 1,
                 "estimate": {"min": 3, "mostLikely": 2, "max": 1, "distribution": "triangular"}}
                """);

        assertEquals(List.of(
                new ValidationError("wbs[0].estimate.mostLikely", "2 is less than min 3"),
                new ValidationError("wbs[0].estimate.max", "1 is less than mostLikely 2")), codec.validate(json));
    }

    @Test
    void costImpactMayBeNegativeButScheduleImpactMayNot() {
        String json = """
                {"code": "Q", "name": {"en": "q"}, "currency": "CNY", "startDate": "2025-01-06",
                 "risks": [{"code": "R1", "title": {"en": "r"}, "probability": 1, "impact": 1,
                   "preMitigation": {"probability": 0.5,
                     "scheduleImpact": {"min": -0.5, "mostLikely": 1, "max": 2, "distribution": "triangular"},
                     "costImpact": {"min": -500, "mostLikely": 0, "max": 100, "distribution": "triangular"}}}]}
                """;

        assertEquals(List.of(new ValidationError("risks[0].preMitigation.scheduleImpact.min", "-0.5 must not be negative")),
                codec.validate(json));
    }

    @Test
    void planBuiltInCodeIsValidatedAsItsJsonWouldBe() {
        Plan plan = codec.read(plan("{\"code\": \"1\", \"name\": {\"en\": \"a\"}, \"duration\": 1}"));
        Activity activity = plan.wbs().get(0);
        Activity duplicate = new Activity("1", activity.name(), null, null, false, 2, null, null, null, 0, null, null,
                0, 0, null, null);
        Plan withDuplicate = new Plan(plan.code(), plan.name(), null, plan.currency(), null, null, null,
                plan.startDate(), null, null, null, null, null, List.of(activity, duplicate), null, null, null, null,
                null, null, null, null);

        assertEquals(List.of(), codec.validate(plan));
        assertEquals(List.of(new ValidationError("wbs[1].code", "duplicate code \"1\" (also at wbs[0])")),
                codec.validate(withDuplicate));
    }

    @Test
    void writerRefusesNumbersJsonCannotHold() {
        Plan plan = codec.read(plan("{\"code\": \"1\", \"name\": {\"en\": \"a\"}, \"duration\": 1}"));
        Activity activity = plan.wbs().get(0);
        Activity broken = new Activity(activity.code(), activity.name(), null, null, false, Double.NaN, null, null,
                null, 0, null, null, 0, 0, null, null);
        Plan withNaN = new Plan(plan.code(), plan.name(), null, plan.currency(), null, null, null, plan.startDate(),
                null, null, null, null, null, List.of(broken), null, null, null, null, null, null, null, null);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> codec.write(withNaN));
        assertTrue(failure.getMessage().startsWith("duration is NaN"), failure.getMessage());
    }

    @Test
    void fixedEstimateMayHaveEqualBounds() {
        Plan plan = codec.read(plan("""
                {"code": "1", "name": {"en": "a"}, "duration": 4,
                 "estimate": {"min": 4, "mostLikely": 4, "max": 4, "distribution": "fixed"}}
                """));

        assertEquals(DistributionType.FIXED, plan.wbs().get(0).estimate().distribution());
    }

    @Test
    void utf16AndByteOrderMarksAreRead() {
        String json = Corpus.read(Corpus.directory("valid").resolve("full.json"));
        Plan expected = codec.read(json);
        byte[] utf8Mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf16LittleEndianMark = {(byte) 0xFF, (byte) 0xFE};

        assertEquals(expected, codec.read(bytes(utf8Mark, json.getBytes(StandardCharsets.UTF_8))), "UTF-8 with a mark");
        // Java's UTF-16 encoder writes big-endian with a mark
        assertEquals(expected, codec.read(bytes(json.getBytes(StandardCharsets.UTF_16))), "UTF-16BE with a mark");
        assertEquals(expected, codec.read(bytes(json.getBytes(StandardCharsets.UTF_16LE))), "UTF-16LE without a mark");
        assertEquals(expected, codec.read(bytes(utf16LittleEndianMark, json.getBytes(StandardCharsets.UTF_16LE))),
                "UTF-16LE with a mark");
        assertEquals(expected, codec.read("\uFEFF" + json), "text starting with a byte-order mark");
    }

    private static ByteArrayInputStream bytes(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return new ByteArrayInputStream(joined.toByteArray());
    }

    @Test
    void syntaxErrorsSayWhereAndWhatWithoutTheParsersInternals() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("{\"code\": \"A\",\n  // note\n}", "at line 2, column 3: comments are not allowed in JSON");
        expected.put("{'code': 'A'}", "at line 1, column 2: texts and field names need double quotes, not single ones");
        expected.put("{\"code\": NaN}", "at line 1, column 13: NaN is not a number in JSON");
        expected.put("{\"code\": 01}", "at line 1, column 11: a number starts with a zero (write 1, not 01)");
        expected.put("{\"code\": \"A\",}", "at line 1, column 14: expected a field name in double quotes, got }"
                + " (a comma too many before it?)");
        expected.put("{\"code\": \"A\" \"x\": 1}", "at line 1, column 14: expected a comma or } after a field's value, got \"");
        expected.put("{\"code\": tru}", "at line 1, column 13: expected a value (a string, number, list, object, true,"
                + " false or null), got tru");
        expected.put("{\"code\": \"A\"", "at line 1, column 13: the document ends before every object, list and text"
                + " in it is closed");
        expected.put("{\"code\": [1, 2}}", "at line 1, column 15: } where ] should close the list");
        expected.put("{\"code\": \"A\"}}", "at line 1, column 14: unexpected content after the plan object");
        expected.put("{\"code\": \"A\"}\n{}", "at line 2, column 1: unexpected content after the plan object");
        expected.put("{\"a\": " + "9".repeat(2000) + "}", "at line 1, column 2007: a number has 2000 characters;"
                + " at most 1000 are allowed");
        expected.forEach((json, message) -> {
            List<ValidationError> errors = codec.validate(json);
            assertEquals(List.of(new ValidationError("$", "malformed JSON " + message)), errors, json);
            for (String internal : List.of("Feature", "Source", "REDACTED", "`", "code 1", "CTRL-CHAR", "token")) {
                assertFalse(errors.get(0).message().contains(internal), errors::toString);
            }
        });
    }

    @Test
    void hugeDurationsAndLagsAreRefusedWhileReading() {
        assertEquals(List.of(new ValidationError("wbs[0].duration",
                        "1000000000 working days is beyond the limit of 18250 in magnitude"),
                new ValidationError("wbs[1].relations[0].lag", "1e300 is beyond the limit of 1e15 in magnitude")),
                codec.validate(plan("""
                        {"code": "1", "name": {"en": "a"}, "duration": 1e9},
                        {"code": "2", "name": {"en": "b"}, "duration": 1, "relations": [{"predecessor": "1", "lag": 1e300}]}
                        """)));
    }

    @Test
    void limitsAreCheckedWithoutAWorkingCalendar() throws IOException {
        // the reader's limits are worked out from the numbers alone: nothing in the package can lay out days
        Path codecSources = Path.of(System.getProperty("basedir", "."), "src/main/java/org/keelson/simulation/plan/json");
        try (Stream<Path> files = Files.list(codecSources)) {
            List<String> usingSchedules = files.filter(file -> {
                String source = read(file);
                return source.contains("WorkingDayCalendar") || source.contains("org.keelson.simulation.schedule.Schedule")
                        || source.contains("CriticalPathScheduler");
            }).map(file -> file.getFileName().toString()).toList();
            assertEquals(List.of(), usingSchedules);
        }
    }

    @Test
    void aSevenDayWeekOfLongWorkStaysWithinTheHorizonWhereAFiveDayWeekDoesNot() {
        String work = """
                {"code": "1", "name": {"en": "a"}, "duration": 15000}
                """;
        assertEquals(List.of(), codec.validate(plan(work).replace("\"wbs\"", "\"calendar\": {\"weekendDays\": []}, \"wbs\"")));
        List<ValidationError> fiveDays = codec.validate(plan(work));
        assertEquals(1, fiveDays.size(), fiveDays::toString);
        assertEquals("wbs", fiveDays.get(0).path());
        assertTrue(fiveDays.get(0).message().startsWith("activity 1 could take 15000 working days"), fiveDays::toString);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String plan(String wbs) {
        return """
                {"code": "T", "name": {"en": "Test"}, "currency": "CNY", "startDate": "2025-01-06", "wbs": [%s]}
                """.formatted(wbs);
    }
}
