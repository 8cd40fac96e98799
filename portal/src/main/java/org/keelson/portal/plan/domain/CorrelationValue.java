package org.keelson.portal.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Rank correlation between the duration uncertainties of two activities (by WBS code). */
@Embeddable
public class CorrelationValue {
    @Size(max = 64)
    @Column(name = "first_activity", nullable = false)
    private String first;
    @Size(max = 64)
    @Column(name = "second_activity", nullable = false)
    private String second;
    @Column(name = "coefficient", nullable = false)
    private double coefficient;

    protected CorrelationValue() {
    }

    public CorrelationValue(String first, String second, double coefficient) {
        this.first = first;
        this.second = second;
        this.coefficient = coefficient;
    }

    public String getFirst() {
        return first;
    }

    public String getSecond() {
        return second;
    }

    public double getCoefficient() {
        return coefficient;
    }
}
