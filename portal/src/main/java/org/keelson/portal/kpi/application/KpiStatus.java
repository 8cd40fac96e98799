package org.keelson.portal.kpi.application;

import java.util.Comparator;

import org.keelson.simulation.kpi.Kpi;
import org.keelson.simulation.kpi.KpiDirection;
import org.keelson.simulation.kpi.KpiPoint;

/**
 * Where a KPI stands: its latest measurement (the actual with the latest date, or null before the first one)
 * and how far that has moved from baseline to target, in percent (null without a baseline, a measurement or
 * a baseline different from the target). Over 100 means the target is beaten; negative, it moved away.
 */
public record KpiStatus(Kpi kpi, KpiPoint latestActual, Double progressPercent, boolean targetMet) {

    public static KpiStatus of(Kpi kpi) {
        KpiPoint latest = kpi.actuals().stream()
                .filter(p -> p.date() != null)
                .max(Comparator.comparing(KpiPoint::date))
                .orElse(kpi.actuals().isEmpty() ? null : kpi.actuals().get(kpi.actuals().size() - 1));
        Double progress = null;
        if (latest != null && kpi.baseline() != null && kpi.baseline() != kpi.target()) {
            progress = (latest.value() - kpi.baseline()) / (kpi.target() - kpi.baseline()) * 100.0;
        }
        boolean met = latest != null && (kpi.direction() == KpiDirection.LOWER_IS_BETTER
                ? latest.value() <= kpi.target() : latest.value() >= kpi.target());
        return new KpiStatus(kpi, latest, progress, met);
    }
}
