package org.keelson.simulation.kpi;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.text.LocalizedText;

/**
 * A key performance indicator. {@code baseline} is null where the source gives none. {@code trajectory} is
 * the planned path from baseline to target; {@code actuals} the measurements so far, both in date order.
 */
public record Kpi(
        String code,
        LocalizedText name,
        String unit,
        String group,
        KpiDirection direction,
        Double baseline,
        double target,
        LocalDate targetDate,
        List<KpiPoint> trajectory,
        List<KpiPoint> actuals) {

    public Kpi {
        trajectory = trajectory == null ? List.of() : List.copyOf(trajectory);
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
    }
}
