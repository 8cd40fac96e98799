package org.keelson.simulation.budget;

import java.util.List;

/**
 * The time-phased budget. {@code total} is the authorised budget (excluding the contingency reserve, which is
 * {@code contingencyPercent} of it on top); lines split it by category and quarter.
 */
public record Budget(double total, double contingencyPercent, List<BudgetCategory> categories, List<BudgetLine> lines) {
    public Budget {
        categories = categories == null ? List.of() : List.copyOf(categories);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public double contingencyReserve() {
        return total * contingencyPercent / 100.0;
    }
}
