package org.keelson.portal.plan.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.keelson.simulation.plan.GanttRows;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.edit.PlanBuilder;
import org.keelson.simulation.plan.edit.Rescheduling;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.CriticalPathScheduler;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.text.LocalizedText;

class GanttJsonTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static Activity task(String code, double duration, boolean milestone, String predecessor) {
        return new Activity(code, LocalizedText.of("任务" + code, "Task " + code), null, null, milestone, duration,
                null, null, null, 0, null, null, 0, 0, null,
                predecessor == null ? List.of() : List.of(new Relation(predecessor, RelationType.FS, 0)));
    }

    private static JsonNode json(Locale locale, GanttJson.Zoom zoom) throws IOException {
        Plan plan = new PlanBuilder(new Plan("G", LocalizedText.of("甘特", "Gantt"), null, "CNY", "zh-CN", null,
                null, START, LocalDate.of(2025, 4, 30), null, null, null, null,
                List.of(task("1", 0, false, null), task("1.1", 5, false, null), task("1.2", 0, true, "1.1")), null,
                null, null, null, null, null, null, null)).build();
        plan = Rescheduling.withCurrentDates(plan);
        GanttRows rows = GanttRows.of(plan, CriticalPathScheduler.schedule(plan));
        return new ObjectMapper().readTree(GanttJson.of(rows, LocalDate.of(2025, 3, 5), plan.deadline(), zoom, locale,
                Map.of("statusDate", "Status date")));
    }

    @Test
    void carriesRowsLinksAndTheDateLines() throws IOException {
        JsonNode gantt = json(Locale.ENGLISH, GanttJson.Zoom.WEEK);

        assertEquals(3, gantt.get("rows").size());
        JsonNode leaf = gantt.get("rows").get(1);
        assertEquals("1.1", leaf.get("code").asText());
        assertEquals("Task 1.1", leaf.get("name").asText());
        assertEquals("2025-03-03", leaf.get("start").asText());
        assertEquals("2025-03-07", leaf.get("finish").asText());
        assertTrue(leaf.get("critical").asBoolean());
        assertTrue(gantt.get("rows").get(2).get("milestone").asBoolean());
        assertTrue(gantt.get("rows").get(0).get("summary").asBoolean());
        assertTrue(gantt.get("rows").get(1).get("baselineStart").isNull());
        assertEquals("1.1", gantt.get("links").get(0).get("from").asText());
        assertEquals("1.2", gantt.get("links").get(0).get("to").asText());
        assertEquals("2025-03-05", gantt.get("statusDate").asText());
        assertEquals("2025-04-30", gantt.get("deadline").asText());
        assertEquals("2025-04-30", gantt.get("to").asText(), "the axis reaches the deadline");
        assertEquals("2025-03-03", gantt.get("from").asText());
        assertEquals("week", gantt.get("zoom").asText());
        assertEquals("Status date", gantt.get("labels").get("statusDate").asText());
    }

    @Test
    void namesAreInTheReadersLanguageAndTheZoomSetsTheScale() throws IOException {
        JsonNode gantt = json(Locale.SIMPLIFIED_CHINESE, GanttJson.Zoom.QUARTER);

        assertEquals("任务1.1", gantt.get("rows").get(1).get("name").asText());
        assertEquals("zh-CN", gantt.get("locale").asText());
        assertTrue(gantt.get("pixelsPerDay").asDouble() < json(Locale.ENGLISH, GanttJson.Zoom.MONTH)
                .get("pixelsPerDay").asDouble());
    }
}
