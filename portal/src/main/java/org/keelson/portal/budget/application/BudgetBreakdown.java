package org.keelson.portal.budget.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.text.LocalizedText;

/**
 * Planned against actual spend by category (rows, in the plan's category order) and quarter (columns, in
 * time order), with row, column and grand totals. A line naming an undeclared category still counts: it gets
 * a row of its own, labelled with its code, so the totals always reconcile with the lines.
 */
public record BudgetBreakdown(List<Quarter> quarters, List<CategoryRow> rows, List<Amounts> quarterTotals,
        Amounts total) {

    /** Planned and actual amounts in the plan's currency units. */
    public record Amounts(double planned, double actual) {
        public static final Amounts ZERO = new Amounts(0, 0);

        public Amounts plus(double morePlanned, double moreActual) {
            return new Amounts(planned + morePlanned, actual + moreActual);
        }

        /** Actual minus planned: positive is an overspend. */
        public double variance() {
            return actual - planned;
        }
    }

    /** One category: its amounts per quarter (aligned with {@link #quarters()}) and in total. */
    public record CategoryRow(String code, LocalizedText name, List<Amounts> byQuarter, Amounts total) {
    }

    public static BudgetBreakdown of(Budget budget) {
        if (budget == null) {
            return new BudgetBreakdown(List.of(), List.of(), List.of(), Amounts.ZERO);
        }
        List<Quarter> quarters = List.copyOf(new TreeSet<>(budget.lines().stream()
                .map(BudgetLine::quarter).filter(Objects::nonNull).toList()));
        Map<String, LocalizedText> categories = new LinkedHashMap<>();
        budget.categories().forEach(c -> categories.put(c.code(), c.name()));
        budget.lines().forEach(l -> categories.putIfAbsent(l.category(), null));

        List<CategoryRow> rows = new ArrayList<>();
        categories.forEach((code, name) -> {
            List<Amounts> cells = new ArrayList<>();
            for (Quarter quarter : quarters) {
                cells.add(sum(budget.lines().stream()
                        .filter(l -> Objects.equals(l.category(), code) && quarter.equals(l.quarter()))
                        .toList()));
            }
            Amounts rowTotal = sum(budget.lines().stream()
                    .filter(l -> Objects.equals(l.category(), code)).toList());
            rows.add(new CategoryRow(code, name, List.copyOf(cells), rowTotal));
        });
        List<Amounts> quarterTotals = quarters.stream()
                .map(q -> sum(budget.lines().stream().filter(l -> q.equals(l.quarter())).toList()))
                .toList();
        return new BudgetBreakdown(quarters, List.copyOf(rows), quarterTotals, sum(budget.lines()));
    }

    private static Amounts sum(List<BudgetLine> lines) {
        Amounts amounts = Amounts.ZERO;
        for (BudgetLine line : lines) {
            amounts = amounts.plus(line.planned(), line.actual());
        }
        return amounts;
    }
}
