package org.keelson.simulation.budget;

import java.util.List;

/**
 * The time-phased budget. {@code total} is the budget authorised for the work (excluding the contingency reserve,
 * which is {@code contingencyPercent} of it on top); lines split it by category and quarter. Money released from the
 * reserve ({@code reserveDrawdowns}) is added to the lines it went to and counts towards the authorised budget,
 * while {@code total} keeps its original value, so the reserve itself stays what it was agreed to be.
 */
public record Budget(double total, double contingencyPercent, List<BudgetCategory> categories, List<BudgetLine> lines,
        List<ReserveDrawdown> reserveDrawdowns) {
    public Budget {
        categories = categories == null ? List.of() : List.copyOf(categories);
        lines = lines == null ? List.of() : List.copyOf(lines);
        reserveDrawdowns = reserveDrawdowns == null ? List.of() : List.copyOf(reserveDrawdowns);
    }

    /** A budget from which no reserve has been drawn. */
    public Budget(double total, double contingencyPercent, List<BudgetCategory> categories, List<BudgetLine> lines) {
        this(total, contingencyPercent, categories, lines, List.of());
    }

    /** The contingency reserve as agreed: {@code contingencyPercent} of {@code total}. */
    public double contingencyReserve() {
        return total * contingencyPercent / 100.0;
    }

    /** What has been drawn from the reserve so far. */
    public double reserveDrawn() {
        double drawn = 0;
        for (ReserveDrawdown drawdown : reserveDrawdowns) {
            drawn += drawdown.amount();
        }
        return drawn;
    }

    /** The reserve not yet drawn. */
    public double reserveLeft() {
        return contingencyReserve() - reserveDrawn();
    }

    /** The budget authorised for the work now: {@code total} plus what was drawn from the reserve. */
    public double authorised() {
        return total + reserveDrawn();
    }

    /** The sum of the lines' planned amounts. */
    public double plannedTotal() {
        double planned = 0;
        for (BudgetLine line : lines) {
            planned += line.planned();
        }
        return planned;
    }

    /** This budget with other lines (the same categories, figures and drawdowns). */
    public Budget withLines(List<BudgetLine> newLines) {
        return new Budget(total, contingencyPercent, categories, newLines, reserveDrawdowns);
    }
}
