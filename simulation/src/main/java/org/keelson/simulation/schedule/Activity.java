package org.keelson.simulation.schedule;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.text.LocalizedText;

/**
 * A WBS element. The code ("1.2.3.4", at most four levels) fixes its parent: an element with children is a
 * summary whose dates and costs roll up from them; relations, durations and costs belong to leaves.
 * {@code duration} is the deterministic duration in working days; {@code estimate}, when present, is its
 * uncertainty (null means certain). A milestone has duration 0. {@code plannedStart}/{@code plannedFinish} are
 * the plan's current dates; percent complete and actual dates record progress at the plan's status date.
 */
public record Activity(
        String code,
        LocalizedText name,
        String owner,
        String phase,
        boolean milestone,
        double duration,
        ThreePointEstimate estimate,
        LocalDate plannedStart,
        LocalDate plannedFinish,
        double percentComplete,
        LocalDate actualStart,
        LocalDate actualFinish,
        double fixedCost,
        double costPerDay,
        String budgetCategory,
        List<Relation> relations) {

    public Activity {
        relations = relations == null ? List.of() : List.copyOf(relations);
    }

    /** WBS level: 1 for "1", 4 for "1.2.3.4". */
    public int level() {
        return code.split("\\.").length;
    }

    /** Code of the parent element, or null at level 1. */
    public String parentCode() {
        return parentCodeOf(code);
    }

    /** The code one level above {@code code} ("1.2" for "1.2.3", null for "1"), whether or not it is listed. */
    public static String parentCodeOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
