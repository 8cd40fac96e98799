package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.keelson.simulation.schedule.Wbs;

/** The baseline reports compare against: the most recently captured one (the last listed on a tie or no date). */
public final class Baselines {

    private Baselines() {
    }

    public static Optional<Baseline> latest(Plan plan) {
        Baseline latest = null;
        for (Baseline baseline : plan.baselines()) {
            if (latest == null || Comparator.nullsFirst(LocalDate::compareTo)
                    .compare(baseline.capturedOn(), latest.capturedOn()) >= 0) {
                latest = baseline;
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Entries of the latest baseline by WBS code; empty when the plan has no baseline. */
    public static Map<String, BaselineEntry> latestEntries(Plan plan) {
        Map<String, BaselineEntry> entries = new LinkedHashMap<>();
        latest(plan).ifPresent(b -> b.entries().forEach(e -> entries.put(e.code(), e)));
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
