package org.keelson.portal.plan.domain;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Planned and actual spend of one budget category in one quarter ({@code 2025-Q3}). */
@Embeddable
public class BudgetLineValue {
    @Size(max = 64)
    @Column(name = "category_code")
    private String category;
    @Size(max = 7)
    @Column(name = "quarter")
    private String quarter;
    @Column(name = "planned", nullable = false)
    private double planned;
    @Column(name = "actual", nullable = false)
    private double actual;

    protected BudgetLineValue() {
    }

    public BudgetLineValue(String category, String quarter, double planned, double actual) {
        this.category = category;
        this.quarter = quarter;
        this.planned = planned;
        this.actual = actual;
    }

    public String getCategory() {
        return category;
    }

    public String getQuarter() {
        return quarter;
    }

    public double getPlanned() {
        return planned;
    }

    public double getActual() {
        return actual;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetLineValue other && Objects.equals(category, other.category) && Objects.equals(quarter, other.quarter) && Objects.equals(planned, other.planned) && Objects.equals(actual, other.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, quarter, planned, actual);
    }
}
