package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A named snapshot of the schedule and costs (P6 / MS Project baseline), e.g. "BL0 approved". {@code compared} marks
 * the one baseline the plan's comparisons use (P6's project baseline); without a mark they use the latest captured.
 */
public record Baseline(String name, LocalDate capturedOn, List<BaselineEntry> entries, boolean compared) {
    public Baseline {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A baseline not chosen for comparisons. */
    public Baseline(String name, LocalDate capturedOn, List<BaselineEntry> entries) {
        this(name, capturedOn, entries, false);
    }

    /** This baseline, chosen for comparisons or not. */
    public Baseline comparedAs(boolean chosen) {
        return new Baseline(name, capturedOn, entries, chosen);
    }
}
