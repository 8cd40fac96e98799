package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;
import org.keelson.simulation.schedule.RelationType;
import org.keelson.simulation.schedule.Schedule;
import org.keelson.simulation.schedule.ScheduledActivity;
import org.keelson.simulation.schedule.Wbs;

/**
 * What a Gantt chart of a plan shows, whoever draws it (the portal's Gantt page, the report's chart): one row per
 * WBS element in WBS order with its current dates (a summary spans its leaves), the dates of the baseline the
 * comparisons use ({@link Baselines#compared}), whether it is critical (zero total float in the CPM schedule; a summary
 * is critical when one of its leaves is), and the dependency links between rows.
 * {@link #upToLevel(int)} collapses the WBS to its first levels, as MS Project's outline levels do: deeper rows are
 * hidden and each link is redrawn between the visible rows that contain its ends.
 */
public final class GanttRows {

    /** One element; {@code start} and {@code finish} (inclusive) are null when nothing under it is dated. */
    public record Row(Activity activity, int level, boolean summary, LocalDate start, LocalDate finish,
            LocalDate baselineStart, LocalDate baselineFinish, boolean critical, double percentComplete) {

        public String code() {
            return activity.code();
        }

        public boolean milestone() {
            return !summary && activity.milestone();
        }
    }

    /** A dependency between two rows; between summaries after a collapse, a link drawn on their leaves. */
    public record Link(String predecessor, String successor, RelationType type) {
    }

    private final List<Row> rows;
    private final List<Link> links;

    private GanttRows(List<Row> rows, List<Link> links) {
        this.rows = List.copyOf(rows);
        this.links = List.copyOf(links);
    }

    /** @param schedule the CPM schedule of {@code plan} ({@link org.keelson.simulation.schedule.CriticalPathScheduler}) */
    public static GanttRows of(Plan plan, Schedule schedule) {
        Wbs wbs = new Wbs(plan.wbs());
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(plan);
        Map<String, ScheduledActivity> scheduled = new HashMap<>();
        schedule.activities().forEach(s -> scheduled.put(s.code(), s));
        List<Row> rows = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (Activity activity : plan.wbs()) {
            boolean leaf = wbs.isLeaf(activity);
            LocalDate start = null;
            LocalDate finish = null;
            for (Activity dated : leaf ? List.of(activity) : wbs.leavesUnder(activity.code())) {
                if (dated.plannedStart() != null) {
                    LocalDate end = dated.plannedFinish() != null ? dated.plannedFinish() : dated.plannedStart();
                    start = start == null || dated.plannedStart().isBefore(start) ? dated.plannedStart() : start;
                    finish = finish == null || end.isAfter(finish) ? end : finish;
                }
            }
            BaselineEntry entry = baseline.get(activity.code());
            ScheduledActivity cpm = scheduled.get(activity.code());
            rows.add(new Row(activity, activity.level(), !leaf, start, finish, entry == null ? null : entry.start(),
                    entry == null ? null : entry.finish(), cpm != null && cpm.critical(),
                    leaf ? activity.percentComplete() : wbs.percentCompleteOf(activity.code())));
            for (Relation relation : activity.relations()) {
                links.add(new Link(relation.predecessor(), activity.code(), relation.type()));
            }
        }
        return new GanttRows(rows, links);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Link> links() {
        return links;
    }

    /**
     * The rows of WBS levels 1 to {@code level} and the links between them: a link whose end is hidden goes to the
     * visible element containing it; links inside one visible element, and repeats, are dropped.
     */
    public GanttRows upToLevel(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("WBS levels start at 1, not " + level);
        }
        List<Row> visible = rows.stream().filter(r -> r.level() <= level).toList();
        Set<Link> lifted = new LinkedHashSet<>();
        for (Link link : links) {
            String predecessor = ancestorAt(link.predecessor(), level);
            String successor = ancestorAt(link.successor(), level);
            if (!predecessor.equals(successor)) {
                lifted.add(new Link(predecessor, successor, link.type()));
            }
        }
        return new GanttRows(visible, new ArrayList<>(lifted));
    }

    /** The earliest and latest date any row or baseline shows; null when nothing is dated. */
    public LocalDate[] span() {
        LocalDate first = null;
        LocalDate last = null;
        for (Row row : rows) {
            for (LocalDate date : new LocalDate[] {row.start(), row.finish(), row.baselineStart(),
                    row.baselineFinish()}) {
                if (date != null) {
                    first = first == null || date.isBefore(first) ? date : first;
                    last = last == null || date.isAfter(last) ? date : last;
                }
            }
        }
        return first == null ? null : new LocalDate[] {first, last};
    }

    /** {@code code} itself or its ancestor at {@code level} ("1.2" for "1.2.3.4" at level 2). */
    private static String ancestorAt(String code, int level) {
        String at = code;
        while (at.split("\\.").length > level) {
            at = Activity.parentCodeOf(at);
        }
        return at;
    }
}
