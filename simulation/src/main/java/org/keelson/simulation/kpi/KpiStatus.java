package org.keelson.simulation.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Where a KPI stands at a status date (the plan's {@code effectiveStatusDate()}):
 * <ul>
 * <li>{@code baseline}: the KPI's own, else the first point of its planned trajectory (the plan's starting value),
 * else null;</li>
 * <li>{@code plannedAtStatus}: the trajectory at the status date, linear between the points either side of it, its
 * first or last value outside it, null without a trajectory;</li>
 * <li>{@code latestActual}: the last measurement dated on or before the status date, null before the first;</li>
 * <li>{@code progressPercent} (attainment): how far the latest actual has moved from baseline to target,
 * (actual − baseline) / (target − baseline) x 100 — the same reading for lower-is-better KPIs, whose target lies
 * below the baseline; over 100 beats the target, negative moved away. {@code plannedProgressPercent} is the same for
 * the planned value. Null without a baseline, when the target equals it, or without the value;</li>
 * <li>{@code rag}: attainment behind plan by at most {@value #GREEN_GAP_POINTS} points is green, by at most
 * {@value #AMBER_GAP_POINTS} amber, beyond that red; null when either attainment is unknown;</li>
 * <li>{@code targetMet}: the latest actual is at or beyond the target in the KPI's direction.</li>
 * </ul>
 */
public record KpiStatus(Kpi kpi, LocalDate statusDate, Double baseline, Double plannedAtStatus, KpiPoint latestActual,
        Double plannedProgressPercent, Double progressPercent, Rag rag, boolean targetMet) {

    /** Attainment points behind plan still green, and still amber. */
    public static final double GREEN_GAP_POINTS = 5, AMBER_GAP_POINTS = 15;

    public enum Rag { GREEN, AMBER, RED }

    public static KpiStatus of(Kpi kpi, LocalDate statusDate) {
        List<KpiPoint> trajectory = dated(kpi.trajectory());
        Double baseline = kpi.baseline() != null ? kpi.baseline()
                : trajectory.isEmpty() ? null : trajectory.get(0).value();
        Double planned = plannedAt(trajectory, statusDate);
        KpiPoint latest = dated(kpi.actuals()).stream().filter(p -> !p.date().isAfter(statusDate))
                .reduce((earlier, later) -> later).orElse(null);
        Double plannedAttainment = attainment(planned, baseline, kpi.target());
        Double attainment = attainment(latest == null ? null : latest.value(), baseline, kpi.target());
        Rag rag = null;
        if (attainment != null && plannedAttainment != null) {
            double gap = attainment - plannedAttainment;
            rag = gap >= -GREEN_GAP_POINTS / 100 ? Rag.GREEN : gap >= -AMBER_GAP_POINTS / 100 ? Rag.AMBER : Rag.RED;
        }
        boolean met = latest != null && (kpi.direction() == KpiDirection.LOWER_IS_BETTER
                ? latest.value() <= kpi.target() : latest.value() >= kpi.target());
        return new KpiStatus(kpi, statusDate, baseline, planned, latest, percent(plannedAttainment),
                percent(attainment), rag, met);
    }

    /** Points with a date, in date order. */
    private static List<KpiPoint> dated(List<KpiPoint> points) {
        return points.stream().filter(p -> p.date() != null).sorted(Comparator.comparing(KpiPoint::date)).toList();
    }

    private static Double plannedAt(List<KpiPoint> trajectory, LocalDate date) {
        if (trajectory.isEmpty()) {
            return null;
        }
        KpiPoint first = trajectory.get(0);
        KpiPoint last = trajectory.get(trajectory.size() - 1);
        if (!date.isAfter(first.date())) {
            return first.value();
        }
        if (!date.isBefore(last.date())) {
            return last.value();
        }
        int before = 0;
        while (trajectory.get(before + 1).date().isBefore(date)) {
            before++;
        }
        KpiPoint p0 = trajectory.get(before);
        KpiPoint p1 = trajectory.get(before + 1);
        double elapsed = ChronoUnit.DAYS.between(p0.date(), date);
        double span = ChronoUnit.DAYS.between(p0.date(), p1.date());
        return p0.value() + elapsed * (p1.value() - p0.value()) / span;
    }

    /** Share of the way from baseline to target (1 = target reached). */
    private static Double attainment(Double value, Double baseline, double target) {
        if (value == null || baseline == null || baseline == target) {
            return null;
        }
        return (value - baseline) / (target - baseline);
    }

    private static Double percent(Double share) {
        return share == null ? null : share * 100.0;
    }
}
