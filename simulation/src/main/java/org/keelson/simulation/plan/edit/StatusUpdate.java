package org.keelson.simulation.plan.edit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetLine;
import org.keelson.simulation.calendar.Quarter;
import org.keelson.simulation.plan.Plan;
import org.keelson.simulation.plan.json.PlanValidationException;
import org.keelson.simulation.plan.json.ValidationError;
import org.keelson.simulation.schedule.Activity;

/**
 * Progress recorded at a status date, as MS Project's "Update Tasks" and P6's progress spotlight record it: per leaf
 * the percent complete, actual start and finish and the remaining duration, per budget line the actual cost, and the
 * status date itself, which only moves forward. Values left null are kept. A remaining duration re-estimates the
 * work: the part done so far (duration x percent complete) stays, the duration becomes that part plus the remaining
 * one and the percent complete follows, which is how the schedule reads progress (remaining = duration x (1 - %)).
 * A finish date marks the activity 100 % complete.
 */
public record StatusUpdate(LocalDate statusDate, List<Progress> progress, List<ActualCost> actualCosts) {

    public StatusUpdate {
        progress = progress == null ? List.of() : List.copyOf(progress);
        actualCosts = actualCosts == null ? List.of() : List.copyOf(actualCosts);
    }

    /** One leaf's progress; null fields are not changed. */
    public record Progress(String code, Double percentComplete, LocalDate actualStart, LocalDate actualFinish,
            Double remainingDuration) {
    }

    /** The actual cost to date of one budget line (category and quarter). */
    public record ActualCost(String category, Quarter quarter, double actual) {
    }

    /**
     * {@code plan} with this progress; the plan checker validates the result (dates after the status date, percent
     * outside 0..100...).
     *
     * @throws PlanValidationException with paths into this update ({@code progress[2].code}) when it names an
     *                                 element or line the plan lacks, a summary element, or moves the status date back
     */
    public Plan applyTo(Plan plan) {
        List<ValidationError> problems = new ArrayList<>();
        if (statusDate != null && plan.statusDate() != null && statusDate.isBefore(plan.statusDate())) {
            problems.add(new ValidationError("statusDate", "the status date only moves forward: it is "
                    + plan.statusDate() + ", " + statusDate + " is earlier"));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < plan.wbs().size(); i++) {
            index.put(plan.wbs().get(i).code(), i);
        }
        List<Activity> wbs = new ArrayList<>(plan.wbs());
        for (int i = 0; i < progress.size(); i++) {
            Progress p = progress.get(i);
            Integer at = p.code() == null ? null : index.get(p.code());
            if (at == null) {
                problems.add(new ValidationError("progress[" + i + "].code", "no WBS element " + p.code()));
            } else if (isSummary(plan, p.code())) {
                problems.add(new ValidationError("progress[" + i + "].code", p.code()
                        + " is a summary element: its progress rolls up from its children"));
            } else if (p.remainingDuration() != null && p.remainingDuration() < 0) {
                problems.add(new ValidationError("progress[" + i + "].remainingDuration",
                        "a remaining duration cannot be negative"));
            } else {
                wbs.set(at, progressed(wbs.get(at), p));
            }
        }
        Budget budget = plan.budget();
        List<BudgetLine> lines = budget == null ? List.of() : new ArrayList<>(budget.lines());
        for (int i = 0; i < actualCosts.size(); i++) {
            ActualCost cost = actualCosts.get(i);
            int line = lineIndex(lines, cost);
            if (line < 0) {
                problems.add(new ValidationError("actualCosts[" + i + "]", "the budget has no line for category "
                        + cost.category() + " in " + cost.quarter()));
            } else {
                BudgetLine old = lines.get(line);
                lines.set(line, new BudgetLine(old.category(), old.quarter(), old.planned(), cost.actual()));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanValidationException(problems);
        }
        PlanBuilder builder = new PlanBuilder(plan).wbs(wbs);
        if (budget != null) {
            builder.budget(budget.withLines(lines));
        }
        if (statusDate != null) {
            builder.statusDate(statusDate);
        }
        return builder.build();
    }

    private static boolean isSummary(Plan plan, String code) {
        String prefix = code + ".";
        return plan.wbs().stream().anyMatch(a -> a.code().startsWith(prefix));
    }

    private static int lineIndex(List<BudgetLine> lines, ActualCost cost) {
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            if (line.category().equals(cost.category()) && Objects.equals(line.quarter(), cost.quarter())) {
                return i;
            }
        }
        return -1;
    }

    private static Activity progressed(Activity a, Progress p) {
        double duration = a.duration();
        double percent = p.percentComplete() != null ? p.percentComplete() : a.percentComplete();
        if (p.remainingDuration() != null) {
            double done = duration * percent / 100;
            duration = done + p.remainingDuration();
            percent = duration == 0 ? 100 : 100 * done / duration;
        }
        LocalDate actualFinish = p.actualFinish() != null ? p.actualFinish() : a.actualFinish();
        if (p.actualFinish() != null) {
            percent = 100;
        }
        LocalDate actualStart = p.actualStart() != null ? p.actualStart() : a.actualStart();
        return new Activity(a.code(), a.name(), a.owner(), a.phase(), a.milestone(), duration, a.estimate(),
                a.plannedStart(), a.plannedFinish(), percent, actualStart, actualFinish, a.fixedCost(), a.costPerDay(),
                a.budgetCategory(), a.relations());
    }
}
