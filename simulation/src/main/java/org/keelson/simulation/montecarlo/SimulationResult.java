package org.keelson.simulation.montecarlo;

import java.time.LocalDate;
import java.util.List;

import org.keelson.simulation.statistics.DistributionSummary;

/**
 * Everything one Monte Carlo run tells about a plan. Finish offsets are working days from the plan start.
 *
 * @param iterations iterations actually run (fewer than asked when convergence stopped early)
 * @param converged whether the convergence criterion was met (false when it was off or never met)
 * @param kernel the kernel that ran the iterations (both give the same numbers; it tells only how fast)
 * @param finish project finish distribution and its P-dates
 * @param probabilityOnTime P(finish <= deadline), null without a deadline
 * @param milestones the same for every milestone of the plan, in plan order
 * @param activities criticality, sensitivity and cruciality of every leaf, in WBS order
 * @param cost total cost distribution (activities' fixed and daily costs plus risk cost impacts)
 * @param spend P50/P80 spend per budget category and quarter
 * @param riskTornado risks by decreasing P80 finish impact
 * @param samples per-iteration values for the ROI model and reports
 */
public record SimulationResult(
        int iterations,
        long seed,
        boolean latinHypercube,
        boolean postMitigation,
        boolean converged,
        Kernel kernel,
        LocalDate startDate,
        LocalDate deadline,
        DateForecast finish,
        Double probabilityOnTime,
        List<DateForecast> milestones,
        List<ActivityStatistics> activities,
        DistributionSummary cost,
        double deterministicCost,
        CostOutlook costOutlook,
        List<SpendForecast> spend,
        List<RiskTornadoEntry> riskTornado,
        SimulationSamples samples) {

    public SimulationResult {
        milestones = List.copyOf(milestones);
        activities = List.copyOf(activities);
        spend = List.copyOf(spend);
        riskTornado = List.copyOf(riskTornado);
    }
}
