package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The authorised budget and its contingency reserve (percent on top); null on a plan without a budget. */
@Embeddable
public class BudgetFigures {
    @Column(name = "budget_total")
    private Double total;
    @Column(name = "budget_contingency_percent")
    private Double contingencyPercent;

    protected BudgetFigures() {
    }

    public BudgetFigures(double total, double contingencyPercent) {
        this.total = total;
        this.contingencyPercent = contingencyPercent;
    }

    public double getTotal() {
        return total;
    }

    public double getContingencyPercent() {
        return contingencyPercent;
    }
}
