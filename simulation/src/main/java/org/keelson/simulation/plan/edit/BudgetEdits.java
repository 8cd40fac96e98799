package org.keelson.simulation.plan.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.budget.ReserveDrawdown;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * A controller's changes to a plan's money: the planned amount of a category in a quarter, the authorised total and
 * the reserve percentage, and drawing money from the reserve. What every plan must satisfy (known categories, no
 * negative amounts, drawdowns within the reserve) is the plan checker's; the rule that belongs to editing is that
 * the planned lines may not be taken above the authorised budget (total plus reserve drawn), or further above it than
 * they already were: more money comes from raising the total or drawing from the reserve, on the record.
 */
public final class BudgetEdits {
    /** Half a fen: amounts typed in yuan and fen add up with floating-point residue. */
    private static final double ROUNDING = 0.005;

    private BudgetEdits() {
    }

    /** The planned amount of one category in one quarter. */
    public record PlannedAmount(String category, Quarter quarter, double planned) {
    }

    /**
     * The plan with its budget's total, reserve percentage and planned amounts replaced; a category and quarter
     * without a line gets one (nothing spent yet), a line set to 0 stays (its actuals may follow).
     *
     * @throws PlanValidationException the plan has no budget, or the lines would exceed the authorised budget
     */
    public static Plan revise(Plan plan, double total, double contingencyPercent, List<PlannedAmount> amounts) {
        Budget budget = requireBudget(plan);
        Map<String, BudgetLine> lines = byKey(budget.lines());
        for (PlannedAmount amount : amounts) {
            BudgetLine line = lines.get(key(amount.category(), amount.quarter()));
            lines.put(key(amount.category(), amount.quarter()), new BudgetLine(amount.category(), amount.quarter(),
                    amount.planned(), line == null ? 0 : line.actual()));
        }
        Budget revised = new Budget(total, contingencyPercent, budget.categories(), new ArrayList<>(lines.values()),
                budget.reserveDrawdowns());
        double excessBefore = budget.plannedTotal() - budget.authorised();
        double excessAfter = revised.plannedTotal() - revised.authorised();
        if (excessAfter > ROUNDING && excessAfter > excessBefore + ROUNDING) {
            throw new PlanValidationException(List.of(new ValidationError("budget.total", "the lines plan "
                    + money(revised.plannedTotal()) + ", more than the authorised budget of "
                    + money(revised.authorised()) + " (total plus reserve drawn): raise the total or draw"
                    + " from the reserve")));
        }
        return new PlanBuilder(plan).budget(revised).build();
    }

    /**
     * The plan with {@code amount} moved from the contingency reserve to {@code category} in {@code quarter}: the
     * drawdown is recorded with its reason, and the line's planned amount grows by it.
     *
     * @throws PlanValidationException no budget, or no reason; whether the reserve holds the amount and the category
     *                                 exists is checked with the rest of the plan
     */
    public static Plan drawReserve(Plan plan, String category, Quarter quarter, double amount, String reason,
            String by, LocalDate on) {
        Budget budget = requireBudget(plan);
        if (reason == null || reason.isBlank()) {
            throw new PlanValidationException(List.of(new ValidationError(
                    "budget.reserveDrawdowns[" + budget.reserveDrawdowns().size() + "].reason",
                    "a drawdown needs a reason")));
        }
        Map<String, BudgetLine> lines = byKey(budget.lines());
        BudgetLine line = lines.get(key(category, quarter));
        lines.put(key(category, quarter), line == null ? new BudgetLine(category, quarter, amount, 0)
                : new BudgetLine(category, quarter, line.planned() + amount, line.actual()));
        List<ReserveDrawdown> drawdowns = new ArrayList<>(budget.reserveDrawdowns());
        drawdowns.add(new ReserveDrawdown(on, category, quarter, amount, reason.strip(), by));
        return new PlanBuilder(plan).budget(new Budget(budget.total(), budget.contingencyPercent(),
                budget.categories(), new ArrayList<>(lines.values()), drawdowns)).build();
    }

    private static String money(double amount) {
        return String.format(Locale.ROOT, "%.2f", amount);
    }

    private static Budget requireBudget(Plan plan) {
        if (plan.budget() == null) {
            throw new PlanValidationException(List.of(new ValidationError("budget", "the plan has no budget")));
        }
        return plan.budget();
    }

    /** The lines by category and quarter, in their order; new lines go last. */
    private static Map<String, BudgetLine> byKey(List<BudgetLine> lines) {
        Map<String, BudgetLine> byKey = new LinkedHashMap<>();
        lines.forEach(line -> byKey.put(key(line.category(), line.quarter()), line));
        return byKey;
    }

    private static String key(String category, Quarter quarter) {
        return category + " " + quarter;
    }
}
