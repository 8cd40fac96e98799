package org.keelson.portal.plan.domain;

import java.util.Objects;

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

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationValue other && Objects.equals(first, other.first) && Objects.equals(second, other.second) && Objects.equals(coefficient, other.coefficient);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second, coefficient);
    }
}
