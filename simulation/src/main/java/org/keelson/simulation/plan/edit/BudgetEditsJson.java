package org.keelson.simulation.plan.edit;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;

/** Reads the budget edits of {@link BudgetEdits} from JSON, as the REST API receives them. */
public final class BudgetEditsJson {
    private BudgetEditsJson() {
    }

    /** A budget revision: the authorised total, the reserve percentage and the planned amounts to set. */
    public record Revision(double total, double contingencyPercent, List<BudgetEdits.PlannedAmount> amounts) {
    }

    /** Money to draw from the reserve, and why. */
    public record Drawdown(String category, Quarter quarter, double amount, String reason) {
    }

    /**
     * {@code {"total": 43000000, "contingencyPercent": 15, "lines": [{"category": "HW", "quarter": "2025-Q3",
     * "planned": 1200000}]}}: every field optional, what is absent stays as in {@code current}; actual amounts come
     * from status updates and the actuals upload, not from here.
     *
     * @throws PlanValidationException listing each malformed value with its path ({@code lines[0].planned})
     */
    public static Revision revision(String json, Budget current) {
        JsonNode tree = StatusUpdateJson.object(json, "a budget revision");
        List<ValidationError> problems = new ArrayList<>();
        Double total = StatusUpdateJson.number(tree, "total", "", problems);
        Double percent = StatusUpdateJson.number(tree, "contingencyPercent", "", problems);
        List<BudgetEdits.PlannedAmount> amounts = new ArrayList<>();
        JsonNode lines = tree.path("lines");
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String at = "lines[" + i + "].";
            Quarter quarter = StatusUpdateJson.quarter(line, at + "quarter", problems);
            Double planned = StatusUpdateJson.number(line, "planned", at, problems);
            String category = line.path("category").asText(null);
            if (category == null) {
                problems.add(new ValidationError(at + "category", "missing required field"));
            }
            if (planned == null) {
                problems.add(new ValidationError(at + "planned", "missing required field"));
            } else if (quarter != null && category != null) {
                amounts.add(new BudgetEdits.PlannedAmount(category, quarter, planned));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        return new Revision(total == null ? current.total() : total,
                percent == null ? current.contingencyPercent() : percent, amounts);
    }

    /**
     * {@code {"category": "HW", "quarter": "2025-Q3", "amount": 500000, "reason": "..."}}, every field required.
     *
     * @throws PlanValidationException listing each missing or malformed value with its path
     */
    public static Drawdown drawdown(String json) {
        JsonNode tree = StatusUpdateJson.object(json, "a reserve drawdown");
        List<ValidationError> problems = new ArrayList<>();
        Quarter quarter = StatusUpdateJson.quarter(tree, "quarter", problems);
        Double amount = StatusUpdateJson.number(tree, "amount", "", problems);
        if (amount == null && problems.stream().noneMatch(p -> p.path().equals("amount"))) {
            problems.add(new ValidationError("amount", "missing required field"));
        } else if (amount != null && amount <= 0) {
            problems.add(new ValidationError("amount", "a drawdown is more than 0"));
        }
        String category = tree.path("category").asText(null);
        if (category == null) {
            problems.add(new ValidationError("category", "missing required field"));
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        return new Drawdown(category, quarter, amount, tree.path("reason").asText(null));
    }
}
