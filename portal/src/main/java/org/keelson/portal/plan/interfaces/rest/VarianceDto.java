package org.keelson.portal.plan.interfaces.rest;

import java.time.LocalDate;

import org.keelson.simulation.plan.BaselineVariance;

/** One WBS element against a baseline; working days for dates and durations, the plan's currency for cost. */
public record VarianceDto(String code, String name, LocalDate baselineStart, LocalDate start, Integer startVariance,
        LocalDate baselineFinish, LocalDate finish, Integer finishVariance, Integer baselineDuration,
        Integer duration, Integer durationVariance, Double baselineCost, double cost, Double costVariance) {

    static VarianceDto of(BaselineVariance.Row row) {
        return new VarianceDto(row.activity().code(), row.activity().name().en(), row.baselineStart(),
                row.activity().plannedStart(), row.startVariance(), row.baselineFinish(),
                row.activity().plannedFinish(), row.finishVariance(), row.baselineDuration(), row.duration(),
                row.durationVariance(), row.baselineCost(), row.cost(), row.costVariance());
    }
}
