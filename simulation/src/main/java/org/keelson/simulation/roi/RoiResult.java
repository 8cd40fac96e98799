package org.keelson.simulation.roi;

import java.util.List;

import org.keelson.simulation.statistics.DistributionSummary;

/**
 * Simulated return on investment. IRR is annual, over the iterations where it exists ({@code irr} is null when it
 * never does); {@code irrUndefinedShare} counts iterations whose cash flows never change sign or have no root in
 * range, {@code irrAmbiguousShare} those with several sign changes (possibly several IRRs). ROI likewise covers
 * the iterations that invest something ({@code roi} is null when none does), {@code roiUndefinedShare} counts the
 * others, whose investment is zero or, with risks that save money, negative. Payback is in quarters
 * from the plan's start quarter, over the iterations that pay back within the horizon ({@code paybackNeverShare}
 * the others). ROI = total benefits / total investment over the horizon.
 */
public record RoiResult(
        int iterations,
        long seed,
        double discountRate,
        int horizonQuarters,
        DistributionSummary npv,
        DistributionSummary irr,
        double irrUndefinedShare,
        double irrAmbiguousShare,
        DistributionSummary roi,
        double roiUndefinedShare,
        DistributionSummary payback,
        double paybackNeverShare,
        double probabilityNpvNegative,
        Double roiTarget,
        Double probabilityRoiMeetsTarget,
        List<QuarterCashFlow> cashFlows,
        List<RoiTornadoEntry> tornado) {

    public RoiResult {
        cashFlows = List.copyOf(cashFlows);
        tornado = List.copyOf(tornado);
    }
}
