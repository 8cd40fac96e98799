package org.keelson.portal.plan.domain;

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
}
