package org.keelson.reports.simulation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the simulation workbook and charts need of a Monte Carlo run, independent of the engine's own types:
 * the adapter from the engine's result to this record is the only place that knows both.
 *
 * @param budget           the cost the run is judged against (usually authorised budget plus reserve)
 * @param pValues          finish date and total cost at confidence levels (e.g. P10, P50, P80, P90), ascending
 * @param finishHistogram  finish dates binned, in date order
 * @param costHistogram    total costs binned, ascending
 * @param criticality      per activity: share of runs on the critical path and sensitivity of the finish to it
 * @param tornado          drivers with the outcome at their low and high values, any order
 * @param tornadoMeasure   what the tornado outcome measures, e.g. "finish (working days)"
 * @param roi              benefit-side results; null when the plan has no benefit model
 */
public record SimulationSummary(
        int iterations,
        long seed,
        LocalDate deadline,
        double budget,
        double probabilityMeetingDeadline,
        double probabilityMeetingBudget,
        List<PValue> pValues,
        List<FinishBin> finishHistogram,
        List<CostBin> costHistogram,
        List<ActivityCriticality> criticality,
        double tornadoBase,
        String tornadoMeasure,
        List<TornadoBar> tornado,
        RoiSummary roi) {

    public SimulationSummary {
        pValues = List.copyOf(pValues);
        finishHistogram = List.copyOf(finishHistogram);
        costHistogram = List.copyOf(costHistogram);
        criticality = List.copyOf(criticality);
        tornado = List.copyOf(tornado);
        if (iterations <= 0) {
            throw new IllegalArgumentException("a simulation summary needs at least one iteration, got " + iterations);
        }
    }

    /** The finish date at {@code percent} confidence, or null when the run did not report that level. */
    public LocalDate finishAt(int percent) {
        return pValues.stream().filter(p -> p.percent() == percent).map(PValue::finish).findFirst().orElse(null);
    }

    public record PValue(int percent, LocalDate finish, double cost) {
    }

    /** Runs finishing from {@code from} to {@code to}, both inclusive. */
    public record FinishBin(LocalDate from, LocalDate to, int count) {
    }

    /** Runs costing at least {@code from} and less than {@code to}. */
    public record CostBin(double from, double to, int count) {
    }

    /** {@code criticality} is 0..1; {@code sensitivity} a rank correlation -1..1 with the finish date. */
    public record ActivityCriticality(String code, double criticality, double sensitivity) {
    }

    public record TornadoBar(String driver, double low, double high) {
        public double swing() {
            return Math.abs(high - low);
        }
    }

    /**
     * @param npvSamples     NPV of every run, in currency units; the workbook computes its percentiles by formula
     * @param irrP50         median IRR (0.12 = 12 %), null when most runs have none
     * @param roiSamples     ROI (total return / investment) of every run
     * @param paybackP50     median payback in quarters from plan start, null when most runs never pay back
     */
    public record RoiSummary(double[] npvSamples, Double irrP50, double[] roiSamples, Double roiTarget,
                             Double paybackP50) {
        public RoiSummary {
            npvSamples = npvSamples.clone();
            roiSamples = roiSamples.clone();
        }
    }
}
