package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.keelson.simulation.schedule.Wbs;

/**
 * The baseline every comparison uses (variance, Gantt bars, earned value, reports): the one the plan marks as
 * compared, or else the most recently captured one (the last listed on a tie or no date).
 */
public final class Baselines {

    private Baselines() {
    }

    public static Optional<Baseline> compared(Plan plan) {
        for (Baseline baseline : plan.baselines()) {
            if (baseline.compared()) {
                return Optional.of(baseline);
            }
        }
        Baseline latest = null;
        for (Baseline baseline : plan.baselines()) {
            if (latest == null || Comparator.nullsFirst(LocalDate::compareTo)
                    .compare(baseline.capturedOn(), latest.capturedOn()) >= 0) {
                latest = baseline;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Entries of the compared baseline by WBS code; empty when the plan has no baseline. */
    public static Map<String, BaselineEntry> comparedEntries(Plan plan) {
        Map<String, BaselineEntry> entries = new LinkedHashMap<>();
        compared(plan).ifPresent(b -> b.entries().forEach(e -> entries.put(e.code(), e)));
        return entries;
    }

    /**
     * A baseline of the plan as it stands: every WBS element's current start and finish and its budget at completion
     * (a summary's is the sum of its leaves'), as MS Project's "Set Baseline" and P6's "Save as baseline" keep them.
     */
    public static Baseline capture(Plan plan, String name, LocalDate capturedOn) {
        Wbs wbs = new Wbs(plan.wbs());
        return new Baseline(name, capturedOn, plan.wbs().stream()
                .map(a -> new BaselineEntry(a.code(), a.plannedStart(), a.plannedFinish(), wbs.cost(a))).toList());
    }
}
