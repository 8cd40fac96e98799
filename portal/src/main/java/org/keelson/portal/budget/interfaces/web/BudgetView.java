package org.keelson.portal.budget.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.keelson.simulation.budget.BudgetBreakdown;
import org.keelson.portal.i18n.Messages;
import org.keelson.portal.plan.interfaces.web.PlanRecordView;

/** Backs budget/budget.xhtml?code=...: planned against actual spend by category and quarter, and its chart. */
@Named
@ViewScoped
public class BudgetView extends PlanRecordView {
    private static final long serialVersionUID = 1L;

    private transient BudgetBreakdown budget;

    public BudgetBreakdown getBudget() {
        if (budget == null) {
            budget = BudgetBreakdown.of(getPlan().budget(), getPlan().effectiveStatusDate());
        }
        return budget;
    }

    public String getChart() {
        return BudgetChartConfig.quarterlyBars(getBudget(), getPlan().currency(), Messages.currentLocale(),
                new BudgetChartConfig.Labels(Messages.get("budget.planned"), Messages.get("budget.actual"),
                        Messages.get("budget.chartTitle")));
    }
}
