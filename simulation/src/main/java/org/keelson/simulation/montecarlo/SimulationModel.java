package org.keelson.simulation.montecarlo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.keelson.simulation.budget.BudgetCategory;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.distribution.SamplerSet;
import org.keelson.simulation.plan.Milestone;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Correlation;
import org.keelson.simulation.schedule.ScheduleNetwork;
import org.keelson.simulation.schedule.WorkingDayCalendar;

/**
 * A plan compiled for Monte Carlo: the {@link ScheduleNetwork} plus duration samplers, risk drivers, costs,
 * milestones, correlation and the quarter grid, all as arrays indexed by topological leaf position. Immutable
 * after construction and shared by all worker threads.
 */
public final class SimulationModel {

    final Plan plan;
    final ScheduleNetwork network;
    final int n;
    final SamplerSet samplers = new SamplerSet();
    /** Sampler of leaf i's full duration, or -1 when it is certain. */
    final int[] durationSampler;
    /** Remaining duration used when nothing is sampled: planned duration times remaining fraction. */
    final double[] fixedRemaining;
    /** Leaves that draw a duration each iteration, grouped by distribution shape. */
    final int[] uncertainLeaves;
    /** Column of leaf i in the correlated block, or -1. */
    final int[] correlatedColumn;
    /** The same two facts per position in {@link #uncertainLeaves}, for sequential access in the hot loop. */
    final int[] correlatedColumnOfSlot;
    final int[] durationSamplerOfSlot;
    final ImanConover correlation;

    final double[] fixedCost;
    final double[] costPerDay;
    /**
     * The part of leaf i's fixed cost the iterations spend: all of it, except for work in progress, whose spent part
     * (the fixed cost times the done fraction, plus the cost per day of the days done) is already known.
     */
    final double[] remainingFixedCost;
    /** What work in progress has spent by the status date, in total, and by [quarter * categories + category]. */
    final double spentCost;
    final double[] spentSpend;
    final int[] category;
    final List<String> categoryCodes = new ArrayList<>();

    final String[] riskCodes;
    final double[] riskProbability;
    final int[] riskScheduleSampler;
    final int[] riskCostSampler;
    final int[] riskActivityRow;
    final int[] riskActivities;
    /** Leaf whose category and finish quarter receive the risk's cost impact, or -1 (unassigned, project finish). */
    final int[] riskCostLeaf;

    final String[] milestoneCodes;
    final int[] milestoneLeaf;

    final int quarters;
    final Quarter firstQuarter;
    /** Working-day offset where quarter q starts (q = 0..quarters). */
    final double[] quarterStart;
    /** Where quarter q's spend ends: the next quarter's start, infinity for the last quarter, which takes the rest. */
    final double[] quarterEnd;
    /** Quarter index of each working day from the plan start. */
    final int[] quarterOfDay;

    final double deterministicFinish;
    final double deterministicCost;
    final Double deadlineOffset;

    /** Compiles the plan with pre- or post-mitigation risk quantification. */
    public SimulationModel(Plan plan, boolean postMitigation) {
        this.plan = plan;
        network = ScheduleNetwork.compile(plan);
        n = network.size();
        Map<String, Activity> byCode = new HashMap<>();
        plan.wbs().forEach(a -> byCode.put(a.code(), a));
        durationSampler = new int[n];
        fixedRemaining = new double[n];
        fixedCost = new double[n];
        costPerDay = new double[n];
        remainingFixedCost = new double[n];
        double[] spentInProgress = new double[n];
        category = new int[n];
        correlatedColumn = new int[n];
        Map<String, Integer> categoryIndex = new LinkedHashMap<>();
        if (plan.budget() != null) {
            for (BudgetCategory c : plan.budget().categories()) {
                categoryIndex.putIfAbsent(c.code(), categoryIndex.size());
            }
        }
        categoryCodes.addAll(categoryIndex.keySet());
        int unassigned = categoryCodes.size();
        categoryCodes.add(null);
        List<Integer> uncertain = new ArrayList<>();
        double[] plannedRemaining = network.deterministicRemaining();
        double deterministicCostSum = 0;
        for (int i = 0; i < n; i++) {
            Activity a = byCode.get(network.code(i));
            String what = "activity " + a.code();
            fixedRemaining[i] = plannedRemaining[i];
            durationSampler[i] = -1;
            correlatedColumn[i] = -1;
            if (a.estimate() != null) {
                int s = samplers.add(a.estimate(), what + " estimate", true);
                if (network.remainingFraction(i) > 0) {
                    if (samplers.isUncertain(s)) {
                        durationSampler[i] = s;
                        uncertain.add(i);
                    } else {
                        fixedRemaining[i] = samplers.quantile(s, 0.5) * network.remainingFraction(i);
                    }
                }
            }
            if (!Double.isFinite(a.fixedCost()) || !Double.isFinite(a.costPerDay())) {
                throw new SimulationSetupException(what + ": fixedCost and costPerDay must be numbers");
            }
            fixedCost[i] = a.fixedCost();
            costPerDay[i] = a.costPerDay();
            remainingFixedCost[i] = fixedCost[i];
            if (network.state(i) == ScheduleNetwork.IN_PROGRESS) {
                double done = 1 - network.remainingFraction(i);
                remainingFixedCost[i] = fixedCost[i] * network.remainingFraction(i);
                spentInProgress[i] = fixedCost[i] * done + costPerDay[i] * a.duration() * done;
            }
            if (a.budgetCategory() == null) {
                category[i] = unassigned;
            } else {
                Integer c = categoryIndex.get(a.budgetCategory());
                if (c == null) {
                    throw new SimulationSetupException(what + ": budgetCategory " + a.budgetCategory()
                            + " is not a category of the plan's budget");
                }
                category[i] = c;
            }
            deterministicCostSum += fixedCost[i] + costPerDay[i] * a.duration();
        }
        deterministicCost = deterministicCostSum;
        // grouped by shape so the sampler's branch on the shape stays predictable; the order only fixes which
        // random number each leaf gets, so any fixed order is as good
        uncertain.sort(java.util.Comparator.comparingInt((Integer i) -> samplers.shapeCode(durationSampler[i]))
                .thenComparingInt(i -> i));
        uncertainLeaves = uncertain.stream().mapToInt(Integer::intValue).toArray();
        correlation = compileCorrelations(plan.correlations());
        correlatedColumnOfSlot = new int[uncertainLeaves.length];
        durationSamplerOfSlot = new int[uncertainLeaves.length];
        for (int k = 0; k < uncertainLeaves.length; k++) {
            correlatedColumnOfSlot[k] = correlatedColumn[uncertainLeaves[k]];
            durationSamplerOfSlot[k] = durationSampler[uncertainLeaves[k]];
        }

        // a closed risk no longer threatens, and one whose activities are all finished has nothing left to delay or
        // make dearer: what it did is in the actual dates and costs
        List<Risk> risks = plan.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED)
                .filter(r -> quantification(r, postMitigation) != null)
                .filter(r -> r.activities().isEmpty() || r.activities().stream().anyMatch(this::hasRemainingWork))
                .toList();
        int r = risks.size();
        riskCodes = new String[r];
        riskProbability = new double[r];
        riskScheduleSampler = new int[r];
        riskCostSampler = new int[r];
        riskCostLeaf = new int[r];
        riskActivityRow = new int[r + 1];
        List<Integer> affected = new ArrayList<>();
        for (int k = 0; k < r; k++) {
            Risk risk = risks.get(k);
            RiskQuantification q = quantification(risk, postMitigation);
            String what = "risk " + risk.code() + (postMitigation && risk.postMitigation() != null ? " postMitigation" : " preMitigation");
            if (!(q.probability() >= 0 && q.probability() <= 1)) {
                throw new SimulationSetupException(what + ": probability " + q.probability() + " is outside 0..1");
            }
            riskCodes[k] = risk.code();
            riskProbability[k] = risk.status() == RiskStatus.OCCURRED ? 1 : q.probability();
            riskScheduleSampler[k] = q.scheduleImpact() == null ? -1
                    : samplers.add(q.scheduleImpact(), what + " scheduleImpact", true);
            riskCostSampler[k] = q.costImpact() == null ? -1 : samplers.add(q.costImpact(), what + " costImpact", false);
            riskCostLeaf[k] = -1;
            for (String code : risk.activities()) {
                int[] leaves = network.leavesUnder(code);
                if (leaves.length == 0) {
                    throw new SimulationSetupException("risk " + risk.code() + " affects unknown activity " + code);
                }
                for (int leaf : leaves) {
                    affected.add(leaf);
                    if (riskCostLeaf[k] < 0 && network.state(leaf) != ScheduleNetwork.FINISHED) {
                        riskCostLeaf[k] = leaf;
                    }
                }
            }
            if (riskScheduleSampler[k] >= 0 && risk.activities().isEmpty()) {
                throw new SimulationSetupException(what + " has a scheduleImpact but names no activities to affect");
            }
            riskActivityRow[k + 1] = affected.size();
        }
        riskActivities = affected.stream().mapToInt(Integer::intValue).toArray();

        milestoneCodes = new String[plan.milestones().size()];
        milestoneLeaf = new int[milestoneCodes.length];
        for (int m = 0; m < milestoneCodes.length; m++) {
            Milestone ms = plan.milestones().get(m);
            milestoneCodes[m] = ms.code();
            milestoneLeaf[m] = ms.activity() == null ? -1 : network.leafIndex(ms.activity());
            if (milestoneLeaf[m] < 0) {
                throw new SimulationSetupException("milestone " + ms.code() + " refers to activity " + ms.activity()
                        + ", which is not a leaf of the WBS");
            }
        }

        double[] t = new double[2 * n];
        deterministicFinish = network.forward(network.deterministicRemaining(), t);
        WorkingDayCalendar cal = network.calendar();
        deadlineOffset = plan.deadline() == null ? null : (double) cal.workingDaysThrough(plan.deadline());
        firstQuarter = Quarter.of(plan.startDate());
        int horizon = plan.benefits() == null ? 0 : plan.benefits().horizonQuarters();
        int workingDays = (int) Math.ceil(Math.max(0, deterministicFinish) * 2) + 130;
        Quarter last = Quarter.of(cal.workingDay(workingDays));
        quarters = Math.max(Math.max(horizon, 1), firstQuarter.quartersUntil(last) + 1);
        quarterStart = new double[quarters + 1];
        Quarter q = firstQuarter;
        for (int k = 0; k <= quarters; k++, q = q.next()) {
            quarterStart[k] = k == 0 ? 0 : cal.workingDaysBefore(q.firstDay());
        }
        quarterEnd = Arrays.copyOfRange(quarterStart, 1, quarters + 1);
        quarterEnd[quarters - 1] = Double.POSITIVE_INFINITY;
        int days = (int) quarterStart[quarters];
        quarterOfDay = new int[Math.max(days, 1)];
        for (int d = 0, k = 0; d < quarterOfDay.length; d++) {
            while (k < quarters - 1 && d >= quarterStart[k + 1]) {
                k++;
            }
            quarterOfDay[d] = k;
        }
        spentSpend = new double[quarters * categoryCodes.size()];
        double spent = 0;
        for (int i = 0; i < n; i++) {
            if (spentInProgress[i] != 0) {
                spent += spentInProgress[i];
                spreadEvenly(spentInProgress[i], network.actualStart(i), network.statusOffset(), category[i]);
            }
        }
        spentCost = spent;
    }

    /** Whether the activity (a leaf, or a summary through its leaves) has work left after the status date. */
    private boolean hasRemainingWork(String code) {
        for (int leaf : network.leavesUnder(code)) {
            if (network.state(leaf) != ScheduleNetwork.FINISHED) {
                return true;
            }
        }
        // an unknown code has no leaves: kept, so that compiling the risk names it in its error
        return network.leavesUnder(code).length == 0;
    }

    /** Adds {@code amount}, spent evenly from {@code from} to {@code to}, to {@link #spentSpend}. */
    private void spreadEvenly(double amount, double from, double to, int categoryIndex) {
        int categories = categoryCodes.size();
        if (to <= from) {
            spentSpend[quarterOf(from) * categories + categoryIndex] += amount;
            return;
        }
        for (int q = quarterOf(from); q <= quarterOf(to); q++) {
            double overlap = Math.min(to, quarterEnd[q]) - Math.max(from, quarterFrom(q));
            if (overlap > 0) {
                spentSpend[q * categories + categoryIndex] += amount * overlap / (to - from);
            }
        }
    }

    private static RiskQuantification quantification(Risk risk, boolean postMitigation) {
        return postMitigation && risk.postMitigation() != null ? risk.postMitigation() : risk.preMitigation();
    }

    private ImanConover compileCorrelations(List<Correlation> correlations) {
        if (correlations.isEmpty()) {
            return null;
        }
        Map<Integer, Integer> column = new LinkedHashMap<>();
        List<Correlation> active = new ArrayList<>();
        for (Correlation c : correlations) {
            String what = "correlation " + c.first() + " ~ " + c.second();
            if (!(c.coefficient() >= -1 && c.coefficient() <= 1)) {
                throw new SimulationSetupException(what + ": coefficient " + c.coefficient() + " is outside -1..1");
            }
            if (c.first() != null && c.first().equals(c.second())) {
                throw new SimulationSetupException(what + " correlates an activity with itself");
            }
            for (String code : new String[] {c.first(), c.second()}) {
                int leaf = network.leafIndex(code);
                if (leaf < 0) {
                    throw new SimulationSetupException(what + ": " + code + " is not a leaf activity of the WBS");
                }
                if (durationSampler[leaf] < 0 && network.remainingFraction(leaf) > 0) {
                    throw new SimulationSetupException(what + ": activity " + code
                            + " has no uncertain duration to correlate");
                }
            }
            int a = network.leafIndex(c.first());
            int b = network.leafIndex(c.second());
            // work already done has nothing left to correlate: the pair no longer matters
            if (durationSampler[a] >= 0 && durationSampler[b] >= 0) {
                column.putIfAbsent(a, column.size());
                column.putIfAbsent(b, column.size());
                active.add(c);
            }
        }
        if (active.isEmpty()) {
            return null;
        }
        int m = column.size();
        double[][] matrix = new double[m][m];
        boolean[][] set = new boolean[m][m];
        for (int a = 0; a < m; a++) {
            matrix[a][a] = 1;
        }
        for (Correlation c : active) {
            int a = column.get(network.leafIndex(c.first()));
            int b = column.get(network.leafIndex(c.second()));
            if (set[a][b] && matrix[a][b] != c.coefficient()) {
                throw new SimulationSetupException("correlation " + c.first() + " ~ " + c.second()
                        + " is given twice with different coefficients");
            }
            matrix[a][b] = matrix[b][a] = c.coefficient();
            set[a][b] = set[b][a] = true;
        }
        String[] names = new String[m];
        column.forEach((leaf, col) -> {
            correlatedColumn[leaf] = col;
            names[col] = network.code(leaf);
        });
        return new ImanConover(matrix, names);
    }

    public Plan plan() {
        return plan;
    }

    public ScheduleNetwork network() {
        return network;
    }

    public int riskCount() {
        return riskCodes.length;
    }

    public int quarters() {
        return quarters;
    }

    public Quarter firstQuarter() {
        return firstQuarter;
    }

    /** The date a working-day offset from the plan start finishes on. */
    public LocalDate finishDate(double offset) {
        return network.calendar().finishDate(offset);
    }

    /** Where quarter q's spend starts: its first working day, minus infinity for the first quarter. */
    double quarterFrom(int q) {
        return q == 0 ? Double.NEGATIVE_INFINITY : quarterStart[q];
    }

    int quarterOf(double offset) {
        int day = (int) offset;
        if (day <= 0) {
            return 0;
        }
        return day >= quarterOfDay.length ? quarters - 1 : quarterOfDay[day];
    }
}
