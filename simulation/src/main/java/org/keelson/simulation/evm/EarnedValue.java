package org.keelson.simulation.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.BaselineEntry;
import org.keelson.simulation.plan.Baselines;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Wbs;
import org.keelson.simulation.schedule.WorkingDayCalendar;

/**
 * Earned value of a plan at its {@linkplain Plan#effectiveStatusDate() effective status date}, in total, per WBS
 * element and by quarter.
 * <ul>
 * <li>Budget of a leaf: its cost in the latest baseline when it has one there, else fixed cost + cost per day x
 * duration. BAC is the sum over leaves.</li>
 * <li>PV: each leaf's budget spread evenly over the working days (the plan's calendar) between its baseline dates
 * (else its planned dates) — the performance measurement baseline; PV at the status date is the share of those
 * working days up to and including it.</li>
 * <li>EV: percent complete x budget; as the plan only records progress at the status date, it is taken as earned
 * evenly over the working days from actual start (else planned start) to actual finish (else the status date).</li>
 * <li>AC: actuals of the budget lines, by quarter, restricted to the categories the WBS leaves are charged to
 * (all lines when no leaf names a category), so costs outside the WBS scope do not depress CPI. Actuals are
 * recorded by category, not by WBS element, so an element's figures have no AC.</li>
 * </ul>
 * The indices and forecasts derived from these are those of {@link Measures}.
 */
public final class EarnedValue {

    /** One quarter's PV, EV and AC, and the cumulative measures at its end. EV and AC are null after the status quarter. */
    public record Period(Quarter quarter, double pv, Double ev, Double ac, Measures cumulative) {
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

        /** PV at the status date; a leaf without working days is planned whole on its finish. */
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
    private final Wbs wbs;
    private final List<ActivityValue> activities = new ArrayList<>();
    private final List<BudgetLine> actualLines;
    private final WorkingDayCalendar calendar;

    public EarnedValue(Plan plan) {
        this.plan = plan;
        this.statusDate = plan.effectiveStatusDate();
        this.wbs = new Wbs(plan.wbs());
        List<Activity> leaves = wbs.leaves();
        Set<String> charged = leaves.stream().map(Activity::budgetCategory).filter(c -> c != null)
                .collect(Collectors.toSet());
        List<BudgetLine> lines = plan.budget() == null ? List.of() : plan.budget().lines();
        this.actualLines = lines.stream().filter(l -> charged.isEmpty() || charged.contains(l.category()))
                .sorted((a, b) -> a.quarter().compareTo(b.quarter())).toList();
        Map<String, BaselineEntry> baseline = Baselines.comparedEntries(plan);
        this.quarters = quarters(plan, leaves, baseline, actualLines);
        this.calendar = new WorkingDayCalendar(plan.calendar(), quarters.get(0).firstDay());
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

    /** The plan's measures at the status date. */
    public Measures total() {
        return new Measures(bac(), activities.stream().mapToDouble(ActivityValue::plannedToStatus).sum(),
                activities.stream().mapToDouble(ActivityValue::earned).sum(),
                actualLines.stream().mapToDouble(BudgetLine::actual).sum());
    }

    /** The measures of WBS element {@code code} and everything below it, without AC (see the class comment). */
    public Measures of(String code) {
        Set<String> leaves = wbs.leavesUnder(code).stream().map(Activity::code).collect(Collectors.toSet());
        List<ActivityValue> scope = activities.stream().filter(a -> leaves.contains(a.activity().code())).toList();
        return new Measures(scope.stream().mapToDouble(ActivityValue::budget).sum(),
                scope.stream().mapToDouble(ActivityValue::plannedToStatus).sum(),
                scope.stream().mapToDouble(ActivityValue::earned).sum(), null);
    }

    public List<Period> periods() {
        List<Period> periods = new ArrayList<>();
        Map<Quarter, Double> actuals = new HashMap<>();
        actualLines.forEach(l -> actuals.merge(l.quarter(), l.actual(), Double::sum));
        int status = statusPeriod();
        double bac = bac();
        double cumPv = 0, cumEv = 0, cumAc = 0;
        for (int i = 0; i < quarters.size(); i++) {
            final int p = i;
            double pv = activities.stream().mapToDouble(a -> a.pv()[p]).sum();
            cumPv += pv;
            if (i > status) {
                periods.add(new Period(quarters.get(i), pv, null, null, new Measures(bac, cumPv, null, null)));
                continue;
            }
            double ev = activities.stream().mapToDouble(a -> a.ev()[p]).sum();
            double ac = actuals.getOrDefault(quarters.get(i), 0.0);
            cumEv += ev;
            cumAc += ac;
            periods.add(new Period(quarters.get(i), pv, ev, ac, new Measures(bac, cumPv, cumEv, cumAc)));
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
        int days = workingDays(start, finish);
        LocalDate statusEnd = statusDate.isBefore(finish) ? statusDate : finish;
        int daysToStatus = statusDate.isBefore(start) ? 0 : workingDays(start, statusEnd);
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

    /** Working days from {@code from} to {@code to}, both inclusive; 0 when the range is empty. */
    private int workingDays(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : calendar.workingDaysThrough(to) - calendar.workingDaysBefore(from);
    }

    /** Spreads an amount evenly over the working days of [from, to]; all of it on {@code to} when none is working. */
    private double[] spread(double amount, LocalDate from, LocalDate to) {
        double[] result = new double[quarters.size()];
        if (amount == 0) {
            return result;
        }
        int total = workingDays(from, to);
        if (total == 0) {
            result[indexOf(to)] += amount;
            return result;
        }
        for (int i = 0; i < quarters.size(); i++) {
            Quarter q = quarters.get(i);
            LocalDate a = from.isAfter(q.firstDay()) ? from : q.firstDay();
            LocalDate b = to.isBefore(q.lastDay()) ? to : q.lastDay();
            if (!a.isAfter(b)) {
                result[i] = amount * workingDays(a, b) / total;
            }
        }
        return result;
    }

    private int indexOf(LocalDate date) {
        int index = quarters.indexOf(Quarter.of(date));
        return index >= 0 ? index : quarters.size() - 1;
    }

    /** Every quarter from the earliest to the latest date any activity, baseline, budget line or status touches. */
    private static List<Quarter> quarters(Plan plan, List<Activity> leaves, Map<String, BaselineEntry> baseline,
            List<BudgetLine> lines) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(plan.startDate());
        dates.add(plan.statusDate());
        for (Activity a : leaves) {
            dates.add(a.plannedStart());
            dates.add(a.plannedFinish());
            dates.add(a.actualStart());
            dates.add(a.actualFinish());
        }
        baseline.values().forEach(e -> {
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
