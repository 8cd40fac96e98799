package org.keelson.simulation.plan.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/**
 * Actual spend reported by finance (an uploaded actuals workbook or CSV), written into a plan's budget lines.
 * <p>
 * An amount replaces the actual of the line of its category and quarter. A category and quarter of the plan that has
 * no line yet gets a new line with planned 0: money spent where none was planned is exactly what a controller must
 * see as an overrun, so it is recorded rather than refused. Amounts for a category the budget does not list, or for a
 * quarter outside {@link #quarters(Plan) the plan's quarters}, are refused whole. Lines the upload does not mention
 * keep their actual.
 */
public final class Actuals {

    private Actuals() {
    }

    /** The actual spend of one category in one quarter, in the plan's currency. */
    public record Amount(String category, Quarter quarter, double actual) {
    }

    /** One budget line's actual as an upload changes it; {@code before} is null for a line the upload adds. */
    public record Change(String category, Quarter quarter, Double before, double after) {
    }

    /** The plan with the actuals written, and the lines whose actual changed, in budget order. */
    public record Result(Plan plan, List<Change> changes) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The quarters a plan's budget may have lines in: from the quarter of its start to the quarter of its deadline,
     * widened to every quarter its budget lines already use. Empty for a plan without a start.
     */
    public static List<Quarter> quarters(Plan plan) {
        List<Quarter> used = plan.budget() == null ? List.of()
                : plan.budget().lines().stream().map(BudgetLine::quarter).filter(Objects::nonNull).toList();
        Quarter first = quarterOf(plan.startDate());
        Quarter last = quarterOf(plan.deadline() != null ? plan.deadline() : plan.startDate());
        for (Quarter q : used) {
            first = first == null || q.compareTo(first) < 0 ? q : first;
            last = last == null || q.compareTo(last) > 0 ? q : last;
        }
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = first; q != null && q.compareTo(last) <= 0; q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    /**
     * Writes {@code amounts} into {@code plan}'s budget lines.
     *
     * @throws PlanValidationException with paths {@code actuals[i]} when an amount names a category the budget lacks,
     *                                 a quarter outside the plan, a category and quarter given twice or a negative
     *                                 amount; nothing is applied then
     */
    public static Result apply(Plan plan, List<Amount> amounts) {
        Budget budget = plan.budget();
        Set<String> categories = new HashSet<>();
        if (budget != null) {
            budget.categories().forEach(c -> categories.add(c.code()));
        }
        Set<Quarter> quarters = new HashSet<>(quarters(plan));
        Map<List<Object>, Integer> given = new LinkedHashMap<>();
        List<ValidationError> problems = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            String path = "actuals[" + i + "]";
            if (!categories.contains(amount.category())) {
                problems.add(new ValidationError(path, "unknown budget category \"" + amount.category() + "\""));
            }
            if (!quarters.contains(amount.quarter())) {
                problems.add(new ValidationError(path, amount.quarter() + " is outside the plan's quarters"));
            }
            if (!(amount.actual() >= 0) || Double.isInfinite(amount.actual())) {
                problems.add(new ValidationError(path, "an actual amount must be a number of at least 0"));
            }
            Integer first = given.putIfAbsent(List.of(String.valueOf(amount.category()), amount.quarter()), i);
            if (first != null) {
                problems.add(new ValidationError(path, "category \"" + amount.category() + "\" in "
                        + amount.quarter() + " is given twice (also at actuals[" + first + "])"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        if (amounts.isEmpty()) {
            return new Result(plan, List.of());
        }
        Map<List<Object>, Amount> byLine = new LinkedHashMap<>();
        amounts.forEach(a -> byLine.put(List.of(a.category(), a.quarter()), a));
        List<BudgetLine> lines = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            Amount amount = byLine.remove(List.of(String.valueOf(line.category()), line.quarter()));
            if (amount == null || amount.actual() == line.actual()) {
                lines.add(line);
            } else {
                lines.add(new BudgetLine(line.category(), line.quarter(), line.planned(), amount.actual()));
                changes.add(new Change(line.category(), line.quarter(), line.actual(), amount.actual()));
            }
        }
        for (Amount added : byLine.values()) {
            lines.add(new BudgetLine(added.category(), added.quarter(), 0, added.actual()));
            changes.add(new Change(added.category(), added.quarter(), null, added.actual()));
        }
        Plan written = new PlanBuilder(plan).budget(budget.withLines(lines)).build();
        return new Result(written, changes);
    }

    private static Quarter quarterOf(LocalDate date) {
        return date == null ? null : Quarter.of(date);
    }
}
