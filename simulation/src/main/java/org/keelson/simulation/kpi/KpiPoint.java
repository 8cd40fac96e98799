package org.keelson.simulation.kpi;

import java.time.LocalDate;

/** A KPI value on a date: a planned trajectory point or an actual measurement. */
public record KpiPoint(LocalDate date, double value) {
}
