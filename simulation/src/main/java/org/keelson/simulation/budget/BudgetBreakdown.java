package org.keelson.simulation.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.text.LocalizedText;

/**
 * Planned against actual spend by category (rows: the declared categories in the plan's order, then any category a
 * line names without declaring it, labelled by its code, so the totals always reconcile with the lines) and quarter
 * (columns, in time order), with row, column and grand totals, measured at a status date:
 * <ul>
 * <li>planned to date: the planned amounts of the quarters that have ended by the status date;</li>
 * <li>actual to date: every actual amount (actuals are only recorded up to the status date);</li>
 * <li>variance = planned to date − actual to date, so a negative variance is an overrun (the sign of SV and CV);</li>
 * <li>forecast at completion = actual to date + what is still planned after the status date.</li>
 * </ul>
 * A quarter's plan counts to date once the quarter has ended, so the running quarter contributes its actual spend
 * only; summed over the quarters, the quarters' variances give the variance to date.
 * Groups ({@link #groups()}) subtotal the categories by {@link BudgetCategory#group()}, in order of first appearance.
 */
public record BudgetBreakdown(LocalDate statusDate, List<Quarter> quarters, List<CategoryRow> rows,
        List<Amounts> quarterTotals, Amounts total) {

    /** Planned, planned-to-date and actual amounts in the plan's currency units. */
    public record Amounts(double planned, double plannedToDate, double actual) {
        public static final Amounts ZERO = new Amounts(0, 0, 0);

        Amounts plus(Amounts other) {
            return new Amounts(planned + other.planned, plannedToDate + other.plannedToDate, actual + other.actual);
        }

        /** Planned to date minus actual: negative is an overrun. */
        public double variance() {
            return plannedToDate - actual;
        }

        /** Variance as a share of planned to date; null when nothing was planned to date. */
        public Double variancePercent() {
            return plannedToDate == 0 ? null : variance() / plannedToDate * 100.0;
        }

        /** Actual to date plus the amounts still planned after the status date. */
        public double forecastAtCompletion() {
            return actual + planned - plannedToDate;
        }
    }

    /**
     * One category: its amounts per quarter (aligned with {@link #quarters()}) and in total; name null if undeclared,
     * group "" when the category names none.
     */
    public record CategoryRow(String code, LocalizedText name, String group, List<Amounts> byQuarter, Amounts total) {
    }

    /** The subtotal of the categories of one group ("" for the categories without a group). */
    public record GroupRow(String group, Amounts total) {
        /** This group's share of the plan's planned total, in percent; null when nothing is planned. */
        public Double sharePercent(Amounts planTotal) {
            return planTotal.planned() == 0 ? null : total.planned() / planTotal.planned() * 100.0;
        }
    }

    /** Category rows subtotalled by group, groups in order of their first category. */
    public List<GroupRow> groups() {
        Map<String, Amounts> totals = new LinkedHashMap<>();
        rows.forEach(row -> totals.merge(row.group(), row.total(), Amounts::plus));
        List<GroupRow> groups = new ArrayList<>();
        totals.forEach((group, amounts) -> groups.add(new GroupRow(group, amounts)));
        return List.copyOf(groups);
    }

    /** The breakdown of {@code budget} (null: no budget) at {@code statusDate}. */
    public static BudgetBreakdown of(Budget budget, LocalDate statusDate) {
        if (budget == null) {
            return new BudgetBreakdown(statusDate, List.of(), List.of(), List.of(), Amounts.ZERO);
        }
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        Map<String, String> groups = new HashMap<>();
        budget.categories().forEach(c -> {
            names.put(c.code(), c.name());
            groups.put(c.code(), c.group() == null ? "" : c.group());
        });
        Map<String, Map<Quarter, Amounts>> cells = new LinkedHashMap<>();
        names.keySet().forEach(code -> cells.put(code, new TreeMap<>()));
        Map<Quarter, Amounts> byQuarter = new TreeMap<>();
        for (BudgetLine line : budget.lines()) {
            boolean ended = statusDate != null && !line.quarter().lastDay().isAfter(statusDate);
            Amounts amounts = new Amounts(line.planned(), ended ? line.planned() : 0, line.actual());
            cells.computeIfAbsent(line.category(), code -> new TreeMap<>()).merge(line.quarter(), amounts, Amounts::plus);
            byQuarter.merge(line.quarter(), amounts, Amounts::plus);
        }
        List<Quarter> quarters = List.copyOf(byQuarter.keySet());
        List<CategoryRow> rows = new ArrayList<>();
        cells.forEach((code, row) -> rows.add(new CategoryRow(code, names.get(code), groups.getOrDefault(code, ""),
                quarters.stream().map(q -> row.getOrDefault(q, Amounts.ZERO)).toList(), sum(row.values()))));
        return new BudgetBreakdown(statusDate, quarters, List.copyOf(rows), List.copyOf(byQuarter.values()),
                sum(byQuarter.values()));
    }

    private static Amounts sum(Iterable<Amounts> amounts) {
        Amounts total = Amounts.ZERO;
        for (Amounts a : amounts) {
            total = total.plus(a);
        }
        return total;
    }
}
