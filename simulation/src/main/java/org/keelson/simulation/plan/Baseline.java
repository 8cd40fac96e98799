package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.util.List;

/** A named snapshot of the schedule and costs (P6 / MS Project baseline), e.g. "BL0 approved". */
public record Baseline(String name, LocalDate capturedOn, List<BaselineEntry> entries) {
    public Baseline {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
