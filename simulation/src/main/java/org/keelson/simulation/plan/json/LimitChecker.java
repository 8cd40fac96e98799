package org.keelson.simulation.plan.json;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Holiday;
import org.keelson.simulation.calendar.WorkCalendar;
import org.keelson.simulation.distribution.ThreePointEstimate;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.risk.Risk;
import org.keelson.simulation.risk.RiskQuantification;
import org.keelson.simulation.risk.RiskStatus;
import org.keelson.simulation.benefit.BenefitLine;
import org.keelson.simulation.schedule.Activity;
import org.keelson.simulation.schedule.Relation;

/**
 * Last pass of reading, on a plan without other problems: the {@link PlanLimits} on what the values add up to.
 * Each leaf at its worst (longest estimate, every risk on it at its largest schedule impact) must stay within the
 * plan horizon and the amount limit, and so must the longest chain of linked leaves and the plan's sums. These are
 * upper bounds worked out from the numbers alone, without a working calendar: what passes here cannot make the
 * engine lay out more than the horizon's days or add up to infinity.
 */
final class LimitChecker {

    private final Plan plan;
    private final Map<Object, String> paths;
    private final Problems problems;
    /** Leaves by code, in WBS order. */
    private final Map<String, Activity> leaves = new LinkedHashMap<>();
    private final Map<String, Activity> activities = new HashMap<>();

    LimitChecker(Plan plan, Map<Object, String> paths, Problems problems) {
        this.plan = plan;
        this.paths = paths;
        this.problems = problems;
        Set<String> parents = new HashSet<>();
        plan.wbs().forEach(activity -> {
            parents.add(activity.parentCode());
            activities.put(activity.code(), activity);
        });
        plan.wbs().stream().filter(activity -> !parents.contains(activity.code()))
                .forEach(activity -> leaves.put(activity.code(), activity));
    }

    void check() {
        Map<String, Double> longest = longestDurations();
        int problemsBefore = problems.count();
        double cost = 0;
        for (Activity leaf : leaves.values()) {
            double days = longest.get(leaf.code());
            if (days > PlanLimits.MAX_WORKING_DAYS) {
                problems.add(paths.get(leaf), "with its longest estimate and the largest schedule impacts of its risks it"
                        + " could last " + Problems.format(days) + " working days, beyond the limit of "
                        + Problems.format(PlanLimits.MAX_WORKING_DAYS));
                continue;
            }
            double leafCost = leaf.fixedCost() + leaf.costPerDay() * days;
            if (leafCost > PlanLimits.MAX_NUMBER) {
                problems.add(Problems.field(paths.get(leaf), "costPerDay"), "fixedCost + costPerDay × "
                        + Problems.format(days) + " working days could come to " + Problems.format(leafCost)
                        + ", beyond the largest amount, " + Problems.format(PlanLimits.MAX_NUMBER));
            }
            cost += leafCost;
        }
        if (problems.count() > problemsBefore) {
            return;
        }
        for (Risk risk : activeRisks()) {
            cost += Math.max(0, Math.max(largestCostImpact(risk.preMitigation()), largestCostImpact(risk.postMitigation())));
        }
        atMostLargestAmount("wbs", cost, "the activities and risk cost impacts could cost");
        checkLongestChain(longest);
        if (plan.budget() != null) {
            List<BudgetLine> lines = plan.budget().lines();
            atMostLargestAmount(Problems.field(paths.get(plan.budget()), "lines"), sum(lines, BudgetLine::planned),
                    "the planned amounts of the lines add up to");
            atMostLargestAmount(Problems.field(paths.get(plan.budget()), "lines"), sum(lines, BudgetLine::actual),
                    "the actual amounts of the lines add up to");
        }
        if (plan.benefits() != null) {
            atMostLargestAmount(Problems.field(paths.get(plan.benefits()), "lines"),
                    sum(plan.benefits().lines(), line -> largestMagnitude(line.quarterlyAmount())),
                    "the largest quarterly amounts of the lines add up to");
        }
    }

    /** Each leaf's longest duration: its duration or estimate maximum, times the largest impacts of its risks. */
    private Map<String, Double> longestDurations() {
        Map<String, Double> factors = new HashMap<>();
        for (Risk risk : activeRisks()) {
            double factor = Math.max(1, Math.max(largestScheduleImpact(risk.preMitigation()),
                    largestScheduleImpact(risk.postMitigation())));
            // a risk naming an activity twice, or a summary and its leaf, stretches it twice in the engine too
            risk.activities().forEach(code -> factors.merge(code, factor, (a, b) -> a * b));
        }
        Map<String, Double> longest = new HashMap<>();
        for (Activity leaf : leaves.values()) {
            double days = Math.max(leaf.duration(), leaf.estimate() == null ? 0 : leaf.estimate().max());
            for (Activity level = leaf; level != null; level = activities.get(level.parentCode())) {
                days *= factors.getOrDefault(level.code(), 1.0);
            }
            longest.put(leaf.code(), days);
        }
        return longest;
    }

    /**
     * The latest any leaf can finish, in working days: each leaf starts no later than its predecessors' latest
     * finish plus the lag (whatever the link type) and lasts its longest duration. Leaves are visited depth
     * first along their predecessors; the plan has no cycle by now.
     */
    private void checkLongestChain(Map<String, Double> longest) {
        Map<String, Double> finish = new HashMap<>();
        Map<String, String> bindingPredecessor = new HashMap<>();
        String last = null;
        for (Activity first : leaves.values()) {
            Deque<Activity> pending = new ArrayDeque<>(List.of(first));
            while (!pending.isEmpty()) {
                Activity leaf = pending.peek();
                if (finish.containsKey(leaf.code())) {
                    pending.pop();
                    continue;
                }
                boolean ready = true;
                for (Relation relation : leaf.relations()) {
                    if (!finish.containsKey(relation.predecessor())) {
                        pending.push(leaves.get(relation.predecessor()));
                        ready = false;
                    }
                }
                if (!ready) {
                    continue;
                }
                pending.pop();
                double start = 0;
                for (Relation relation : leaf.relations()) {
                    double linked = finish.get(relation.predecessor()) + relation.lag();
                    if (linked > start) {
                        start = linked;
                        bindingPredecessor.put(leaf.code(), relation.predecessor());
                    }
                }
                finish.put(leaf.code(), start + longest.get(leaf.code()));
                if (last == null || finish.get(leaf.code()) > finish.get(last)) {
                    last = leaf.code();
                }
            }
        }
        if (last == null) {
            return;
        }
        LocalDate start = plan.startDate();
        LocalDate horizonEnd = start.plusYears(PlanLimits.MAX_YEARS);
        LocalDate latestFinish = latestDate(finish.get(last));
        if (!latestFinish.isAfter(horizonEnd)) {
            return;
        }
        List<String> chain = new ArrayList<>();
        for (String code = last; code != null; code = bindingPredecessor.get(code)) {
            chain.add(0, code);
        }
        String described = chain.size() == 1 ? "activity " + chain.get(0)
                : "the chain of linked activities from " + chain.get(0) + " to " + last + " (" + chain.size() + " activities)";
        problems.add("wbs", described + " could take " + Problems.format(finish.get(last)) + " working days with its"
                + " longest estimates, lags and risk schedule impacts, which the plan's calendar may stretch to "
                + latestFinish + (plan.statusDate() == null ? "" : " after the status date") + "; a plan spans at most "
                + PlanLimits.MAX_YEARS + " years (to " + horizonEnd + ")");
    }

    /**
     * The latest date {@code workingDays} after the status date (or the start) can reach on the plan's calendar,
     * counting whole weeks of its working weekdays and every holiday day on top: a bound, not a schedule.
     */
    private LocalDate latestDate(double workingDays) {
        LocalDate start = plan.startDate();
        LocalDate from = plan.statusDate() == null || plan.statusDate().isBefore(start) ? start : plan.statusDate();
        WorkCalendar calendar = plan.calendar();
        int workingWeekdays = DayOfWeek.values().length - Set.copyOf(calendar.weekendDays()).size();
        long holidayDays = 0;
        for (Holiday holiday : calendar.holidays()) {
            if (!holiday.to().isBefore(start)) {
                holidayDays += ChronoUnit.DAYS.between(holiday.from().isBefore(start) ? start : holiday.from(), holiday.to()) + 1;
            }
        }
        double weeks = Math.ceil(workingDays / workingWeekdays) + 1;
        return from.plusDays((long) (weeks * 7) + holidayDays);
    }

    private List<Risk> activeRisks() {
        return plan.risks().stream().filter(risk -> risk.status() != RiskStatus.CLOSED).toList();
    }

    private void atMostLargestAmount(String path, double amount, String what) {
        if (amount > PlanLimits.MAX_NUMBER) {
            problems.add(path, what + " " + Problems.format(amount) + ", beyond the largest amount, "
                    + Problems.format(PlanLimits.MAX_NUMBER));
        }
    }

    private static double largestScheduleImpact(RiskQuantification quantification) {
        return quantification == null || quantification.scheduleImpact() == null ? 0 : quantification.scheduleImpact().max();
    }

    private static double largestCostImpact(RiskQuantification quantification) {
        return quantification == null || quantification.costImpact() == null ? 0 : quantification.costImpact().max();
    }

    private static double largestMagnitude(ThreePointEstimate estimate) {
        return Math.max(Math.abs(estimate.min()), Math.abs(estimate.max()));
    }

    private static <T> double sum(List<T> items, ToDoubleFunction<T> amount) {
        return items.stream().mapToDouble(amount).sum();
    }
}
