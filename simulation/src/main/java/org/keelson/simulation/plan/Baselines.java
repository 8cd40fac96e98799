package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
}
