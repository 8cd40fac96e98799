package org.keelson.portal.budget.interfaces.web;

import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.application.PlanExtract;
import org.keelson.portal.plan.application.PlanService;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;
import org.keelson.simulation.budget.Budget;
import org.keelson.simulation.budget.BudgetBreakdown;

/** Backs budget/budget.xhtml?code=...: planned against actual spend by category and quarter, and its chart. */
@Named
@ViewScoped
public class BudgetView extends PlanRecordView<Budget> {
    private static final long serialVersionUID = 1L;

    private transient BudgetBreakdown budget;

    @Override
    protected Optional<PlanExtract<Budget>> find(PlanService service, String code) {
        return service.findBudget(code);
    }

    /** The breakdown at the plan's effective status date; null when the plan has no budget. */
    public BudgetBreakdown getBudget() {
        if (budget == null && part() != null) {
            budget = BudgetBreakdown.of(part(), getStatusDate());
        }
        return budget;
    }

    public String getChart() {
        return BudgetChartConfig.quarterlyBars(getBudget(), plan().currency(), Messages.currentLocale(),
                new BudgetChartConfig.Labels(Messages.get("budget.plannedToDate"), Messages.get("budget.actual"),
                        Messages.get("budget.chartTitle")));
    }
}
