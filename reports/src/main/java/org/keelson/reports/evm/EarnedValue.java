package org.keelson.reports.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.keelson.reports.common.Baselines;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;

/**
 * Earned value by quarter, the inputs of the EVM workbook and the S-curve.
 * <ul>
 * <li>Budget of a leaf: its cost in the latest baseline when it has one there, else fixed cost + cost per day x
 * duration. BAC is the sum over leaves.</li>
 * <li>PV: each leaf's budget spread evenly over the working days between its baseline dates (else its planned
 * dates) — the performance measurement baseline.</li>
 * <li>EV: percent complete x budget; as the plan only records progress at the status date, it is taken as earned
 * evenly over the working days from actual start (else planned start) to actual finish (else the status date).</li>
 * <li>AC: actuals of the budget lines, by quarter, restricted to the categories the WBS leaves are charged to
 * (all lines when no leaf names a category), so costs outside the WBS scope do not depress CPI.</li>
 * </ul>
 */
public final class EarnedValue {

    /** One quarter. EV and AC are null after the quarter holding the status date. */
    public record Period(Quarter quarter, double pv, Double ev, Double ac) {
        public LocalDate start() {
            return quarter.firstDay();
        }

        public LocalDate end() {
            return quarter.lastDay();
        }
    }

    /** A leaf's budget, measurement dates and its PV and EV per period (same indexes as {@link #periods()}). */
    public record ActivityValue(Activity activity, double budget, LocalDate start, LocalDate finish, int workingDays,
                                int workingDaysToStatus, double percentComplete, LocalDate statusDate, double[] pv,
                                double[] ev) {
        public double earned() {
            return budget * percentComplete / 100.0;
        }

        public double plannedToStatus() {
            if (workingDays == 0) {
                return finish.isAfter(statusDate()) ? 0 : budget;
            }
            return budget * workingDaysToStatus / workingDays;
        }
    }

    private final Plan plan;
    private final LocalDate statusDate;
    private final List<Quarter> quarters;
    private final List<ActivityValue> activities = new ArrayList<>();
    private final List<BudgetLine> actualLines;
    private final WorkingDays calendar;

    public EarnedValue(Plan plan) {
        this.plan = plan;
        this.statusDate = plan.effectiveStatusDate();
        this.calendar = new WorkingDays(plan.calendar());
        Wbs wbs = new Wbs(plan.wbs());
        List<Activity> leaves = wbs.leaves();
        Set<String> charged = leaves.stream().map(Activity::budgetCategory).filter(c -> c != null)
                .collect(Collectors.toSet());
        List<BudgetLine> lines = plan.budget() == null ? List.of() : plan.budget().lines();
        this.actualLines = lines.stream().filter(l -> charged.isEmpty() || charged.contains(l.category()))
                .sorted((a, b) -> a.quarter().compareTo(b.quarter())).toList();
        this.quarters = quarters(plan, leaves, actualLines);
        Map<String, BaselineEntry> baseline = Baselines.latestEntries(plan);
        for (Activity leaf : leaves) {
            activities.add(valueOf(leaf, baseline.get(leaf.code())));
        }
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public List<Quarter> quarters() {
        return quarters;
    }

    public List<ActivityValue> activities() {
        return activities;
    }

    /** The budget lines AC is taken from. */
    public List<BudgetLine> actualLines() {
        return actualLines;
    }

    public int statusPeriod() {
        return quarters.indexOf(Quarter.of(statusDate));
    }

    public double bac() {
        return activities.stream().mapToDouble(ActivityValue::budget).sum();
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        Map<Quarter, Double> actuals = new HashMap<>();
        actualLines.forEach(l -> actuals.merge(l.quarter(), l.actual(), Double::sum));
        int status = statusPeriod();
        for (int i = 0; i < quarters.size(); i++) {
            final int p = i;
            double pv = activities.stream().mapToDouble(a -> a.pv()[p]).sum();
            boolean reported = i <= status;
            Double ev = reported ? activities.stream().mapToDouble(a -> a.ev()[p]).sum() : null;
            Double ac = reported ? actuals.getOrDefault(quarters.get(i), 0.0) : null;
            periods.add(new Period(quarters.get(i), pv, ev, ac));
        }
        return periods;
    }

    private ActivityValue valueOf(Activity leaf, BaselineEntry entry) {
        double budget = entry != null ? entry.cost() : Wbs.leafCost(leaf);
        LocalDate start = entry != null && entry.start() != null ? entry.start() : leaf.plannedStart();
        LocalDate finish = entry != null && entry.finish() != null ? entry.finish() : leaf.plannedFinish();
        if (start == null) {
            start = plan.startDate();
        }
        if (finish == null || finish.isBefore(start)) {
            finish = start;
        }
        int days = calendar.between(start, finish);
        LocalDate statusEnd = statusDate.isBefore(finish) ? statusDate : finish;
        int daysToStatus = statusDate.isBefore(start) ? 0 : calendar.between(start, statusEnd);
        double[] pv = spread(budget, start, finish);

        double earned = budget * leaf.percentComplete() / 100.0;
        LocalDate earnedFrom = leaf.actualStart() != null ? leaf.actualStart() : start;
        LocalDate earnedTo = leaf.actualFinish() != null ? leaf.actualFinish() : statusDate;
        if (earnedTo.isAfter(statusDate)) {
            earnedTo = statusDate;
        }
        if (earnedFrom.isAfter(earnedTo)) {
            earnedFrom = earnedTo;
        }
        double[] ev = spread(earned, earnedFrom, earnedTo);
        return new ActivityValue(leaf, budget, start, finish, days, daysToStatus, leaf.percentComplete(), statusDate, pv,
                ev);
    }

    /** Spreads an amount evenly over the working days of [from, to]; all of it on {@code to} when none is working. */
    private double[] spread(double amount, LocalDate from, LocalDate to) {
        double[] result = new double[quarters.size()];
        if (amount == 0) {
            return result;
        }
        int total = calendar.between(from, to);
        if (total == 0) {
            result[indexOf(to)] += amount;
            return result;
        }
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            LocalDate a = from.isAfter(q.firstDay()) ? from : q.firstDay();
            LocalDate b = to.isBefore(q.lastDay()) ? to : q.lastDay();
            if (!a.isAfter(b)) {
                result[i] = amount * calendar.between(a, b) / total;
            }
        }
        return result;
    }

    private int indexOf(LocalDate date) {
        int index = quarters.indexOf(Quarter.of(date));
        return index >= 0 ? index : quarters.size() - 1;
    }

    /** Every quarter from the earliest to the latest date any activity, baseline, budget line or status touches. */
    private static List<Quarter> quarters(Plan plan, List<Activity> leaves, List<BudgetLine> lines) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(plan.startDate());
        dates.add(plan.statusDate());
        for (Activity a : leaves) {
            dates.add(a.plannedStart());
            dates.add(a.plannedFinish());
            dates.add(a.actualStart());
            dates.add(a.actualFinish());
        }
        Baselines.latestEntries(plan).values().forEach(e -> {
            dates.add(e.start());
            dates.add(e.finish());
        });
        lines.forEach(l -> dates.add(l.quarter().firstDay()));
        List<LocalDate> known = dates.stream().filter(d -> d != null).sorted().toList();
        if (known.isEmpty()) {
            throw new IllegalArgumentException("plan " + plan.code() + " has no dates to measure earned value against");
        }
        List<Quarter> result = new ArrayList<>();
        Quarter last = Quarter.of(known.get(known.size() - 1));
        for (Quarter q = Quarter.of(known.get(0)); q.compareTo(last) <= 0; q = q.next()) {
            result.add(q);
        }
        return result;
    }
}
