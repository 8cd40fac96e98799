package org.keelson.portal.plan.interfaces.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.simulation.plan.Baseline;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.GanttRows;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.CriticalPathScheduler;

/**
 * Backs plan/gantt.xhtml?code=...: the plan as an interactive Gantt chart drawn in the browser by
 * resources/js/gantt.js from {@link #getJson()}. The chart is an SVG the script builds itself rather than a
 * Chart.js floating-bar chart: no Gantt library is in the build's Maven mirror, and Chart.js has no notion of
 * dependency arrows, diamonds, per-row hover details or a scrolling time axis at day resolution, which a plugin
 * would have to redraw on every frame. Rows, dates, critical flags and links come from {@link GanttRows}, the figure
 * the report's chart draws too. The WBS collapses to the chosen level (the KP-000 sample's 352 elements read at
 * level 2 on one screen) and the zoom chooses week, month or quarter. Read-only for every role.
 */
@Named
@ViewScoped
public class GanttView extends EditedPlanView {
    private static final long serialVersionUID = 1L;
    private static final int DEEPEST_LEVEL = 4;

    private int level = 2;
    private GanttJson.Zoom zoom = GanttJson.Zoom.MONTH;
    private transient GanttRows rows;

    @Override
    protected void readFrom(Plan read) {
        rows = read.wbs().isEmpty() ? null : GanttRows.of(read, CriticalPathScheduler.schedule(read));
    }

    private GanttRows rows() {
        if (rows == null && plan() != null && !plan().wbs().isEmpty()) {
            readFrom(plan());
        }
        return rows;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = Math.max(1, Math.min(DEEPEST_LEVEL, level));
    }

    public List<Integer> getLevelChoices() {
        return IntStream.rangeClosed(1, DEEPEST_LEVEL).boxed().toList();
    }

    public String getZoom() {
        return zoom.name();
    }

    public void setZoom(String zoom) {
        this.zoom = GanttJson.Zoom.valueOf(zoom);
    }

    public GanttJson.Zoom[] getZooms() {
        return GanttJson.Zoom.values();
    }

    /** Whether there is nothing to draw ("empty" is a reserved word of EL, so not isEmpty). */
    public boolean isWithoutWbs() {
        return rows() == null;
    }

    /** The rows shown at the chosen level (for the count under the chart). */
    public int getShownRows() {
        return rows() == null ? 0 : rows().upToLevel(level).rows().size();
    }

    /** The baseline the grey bars show: the latest captured, as in every comparison. */
    public Baseline getComparedBaseline() {
        return Baselines.compared(plan()).orElse(null);
    }

    public String getJson() {
        if (rows() == null) {
            return "{}";
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("current", "critical", "summary", "baseline", "milestone", "statusDate",
                "deadline", "percent", "start", "finish", "baselineDates")) {
            labels.put(key, Messages.get("gantt.legend." + key));
        }
        return GanttJson.of(rows().upToLevel(level), plan().statusDate(), plan().deadline(), zoom,
                Messages.currentLocale(), labels);
    }
}
