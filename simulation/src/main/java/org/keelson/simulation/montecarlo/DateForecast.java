package org.keelson.simulation.montecarlo;

import java.time.LocalDate;

import org.keelson.simulation.statistics.DistributionSummary;

/**
 * Simulated dates of a finish or milestone: the distribution in working days from the plan start and the dates
 * of its P10/P50/P80/P90, next to the deterministic (CPM) value. {@code mergeBiasGapP50} and
 * {@code mergeBiasGapP80} are how many working days the P50 and P80 lie after the deterministic date.
 */
public record DateForecast(
        String code,
        DistributionSummary offsets,
        LocalDate p10,
        LocalDate p50,
        LocalDate p80,
        LocalDate p90,
        double deterministic,
        LocalDate deterministicDate,
        double mergeBiasGapP50,
        double mergeBiasGapP80) {

    static DateForecast of(String code, DistributionSummary offsets, double deterministic, SimulationModel model) {
        return new DateForecast(code, offsets, model.finishDate(offsets.p10()), model.finishDate(offsets.p50()),
                model.finishDate(offsets.p80()), model.finishDate(offsets.p90()), deterministic,
                model.finishDate(deterministic), offsets.p50() - deterministic, offsets.p80() - deterministic);
    }
}
