package org.keelson.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.keelson.reports.simulation.Percentiles;
import org.keelson.reports.simulation.SimulationSummary;

/** A simulation summary made from seeded normal samples, standing in for the Monte Carlo engine's output. */
public final class TestSimulations {

    public static final int RUNS = 2_000;

    private TestSimulations() {
    }

    public static SimulationSummary sample() {
        Random random = new Random(42);
        LocalDate base = LocalDate.of(2026, 3, 6);
        double[] finishOffsets = new double[RUNS];
        double[] costs = new double[RUNS];
        double[] npv = new double[RUNS];
        double[] roi = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            finishOffsets[i] = Math.round(25 + 20 * random.nextGaussian());
            costs[i] = 7_800_000 + 400_000 * random.nextGaussian();
            npv[i] = 3_000_000 + 2_500_000 * random.nextGaussian();
            roi[i] = 2.4 + 0.5 * random.nextGaussian();
        }
        List<SimulationSummary.PValue> pValues = new ArrayList<>();
        for (int p : new int[]{10, 50, 80, 90}) {
            pValues.add(new SimulationSummary.PValue(p,
                    base.plusDays((long) Percentiles.of(finishOffsets, p / 100.0)), Percentiles.of(costs, p / 100.0)));
        }
        LocalDate deadline = TestPlans.DEADLINE;
        double budget = 8_250_000;
        long meetDeadline = Arrays.stream(finishOffsets).filter(o -> !base.plusDays((long) o).isAfter(deadline)).count();
        long meetBudget = Arrays.stream(costs).filter(c -> c <= budget).count();

        List<SimulationSummary.FinishBin> finishBins = new ArrayList<>();
        double minOffset = Arrays.stream(finishOffsets).min().orElseThrow();
        double maxOffset = Arrays.stream(finishOffsets).max().orElseThrow();
        for (long from = (long) minOffset; from <= maxOffset; from += 7) {
            final long lo = from;
            int count = (int) Arrays.stream(finishOffsets).filter(o -> o >= lo && o < lo + 7).count();
            finishBins.add(new SimulationSummary.FinishBin(base.plusDays(lo), base.plusDays(lo + 6), count));
        }
        List<SimulationSummary.CostBin> costBins = new ArrayList<>();
        double minCost = Arrays.stream(costs).min().orElseThrow();
        double width = (Arrays.stream(costs).max().orElseThrow() - minCost) / 20 + 1e-6;
        for (int b = 0; b < 20; b++) {
            double lo = minCost + b * width, hi = lo + width;
            int count = (int) Arrays.stream(costs).filter(c -> c >= lo && c < hi).count();
            costBins.add(new SimulationSummary.CostBin(lo, hi, count));
        }
        List<SimulationSummary.ActivityCriticality> criticality = List.of(
                new SimulationSummary.ActivityCriticality("2.2", 0.92, 0.71),
                new SimulationSummary.ActivityCriticality("2.4", 0.88, 0.44),
                new SimulationSummary.ActivityCriticality("2.3", 0.08, 0.05),
                new SimulationSummary.ActivityCriticality("3", 1.0, 0.52));
        List<SimulationSummary.TornadoBar> tornado = List.of(
                new SimulationSummary.TornadoBar("2.2 系统配置与开发", 290, 345),
                new SimulationSummary.TornadoBar("R04 需求蔓延", 300, 330),
                new SimulationSummary.TornadoBar("2.4 集成测试", 305, 322),
                new SimulationSummary.TornadoBar("R01 关键用户投入不足", 308, 318));
        SimulationSummary.RoiSummary roiSummary = new SimulationSummary.RoiSummary(npv, 0.21, roi, 2.5, 9.5);
        return new SimulationSummary(RUNS, 42, deadline, budget, (double) meetDeadline / RUNS, (double) meetBudget / RUNS,
                pValues, finishBins, costBins, criticality, 310, "完工工期（工作日）", tornado, roiSummary);
    }

}
