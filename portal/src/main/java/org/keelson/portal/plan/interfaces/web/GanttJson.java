package org.keelson.portal.plan.interfaces.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.keelson.simulation.plan.GanttRows;

/**
 * The Gantt page's figure as the JSON that resources/js/gantt.js draws: the visible rows (already collapsed to the
 * chosen WBS level) with their current and baseline dates, critical and milestone flags and percent complete, the
 * links between them, the status date, the deadline, the zoom and the texts of the legend in the reader's language.
 * Dates are ISO days; a finish is inclusive.
 */
final class GanttJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How much time a screen shows: the pixels one calendar day takes. */
    enum Zoom {
        WEEK(18), MONTH(4), QUARTER(1.4);

        final double pixelsPerDay;

        Zoom(double pixelsPerDay) {
            this.pixelsPerDay = pixelsPerDay;
        }
    }

    private GanttJson() {
    }

    static String of(GanttRows gantt, LocalDate statusDate, LocalDate deadline, Zoom zoom, Locale locale,
            Map<String, String> labels) {
        ObjectNode root = JSON.createObjectNode().put("zoom", zoom.name().toLowerCase(Locale.ROOT))
                .put("pixelsPerDay", zoom.pixelsPerDay).put("locale", locale.toLanguageTag());
        date(root, "statusDate", statusDate);
        date(root, "deadline", deadline);
        LocalDate[] span = gantt.span();
        LocalDate first = earliest(span == null ? null : span[0], statusDate, deadline);
        LocalDate last = latest(span == null ? null : span[1], statusDate, deadline);
        date(root, "from", first);
        date(root, "to", last);
        ObjectNode texts = root.putObject("labels");
        labels.forEach(texts::put);
        ArrayNode rows = root.putArray("rows");
        for (GanttRows.Row row : gantt.rows()) {
            ObjectNode node = rows.addObject().put("code", row.code()).put("name", row.activity().name() == null ? "" : row.activity().name().in(locale))
                    .put("level", row.level()).put("summary", row.summary()).put("milestone", row.milestone())
                    .put("critical", row.critical()).put("percent", Math.round(row.percentComplete() * 10) / 10.0);
            date(node, "start", row.start());
            date(node, "finish", row.finish());
            date(node, "baselineStart", row.baselineStart());
            date(node, "baselineFinish", row.baselineFinish());
        }
        ArrayNode links = root.putArray("links");
        gantt.links().forEach(link -> links.addObject().put("from", link.predecessor()).put("to", link.successor())
                .put("type", link.type().name()));
        return root.toString();
    }

    private static void date(ObjectNode node, String field, LocalDate date) {
        if (date == null) {
            node.putNull(field);
        } else {
            node.put(field, date.toString());
        }
    }

    private static LocalDate earliest(LocalDate... dates) {
        LocalDate found = null;
        for (LocalDate date : dates) {
            found = date != null && (found == null || date.isBefore(found)) ? date : found;
        }
        return found;
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate found = null;
        for (LocalDate date : dates) {
            found = date != null && (found == null || date.isAfter(found)) ? date : found;
        }
        return found;
    }
}
