package org.keelson.portal.plan.domain;

import java.util.Objects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A KPI value on a date (trajectory point or actual measurement). */
@Embeddable
public class KpiPointValue {
    @Column(name = "point_date")
    private LocalDate date;
    @Column(name = "point_value", nullable = false)
    private double value;

    protected KpiPointValue() {
    }

    public KpiPointValue(LocalDate date, double value) {
        this.date = date;
        this.value = value;
    }

    public LocalDate getDate() {
        return date;
    }

    public double getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiPointValue other && Objects.equals(date, other.date) && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, value);
    }
}
