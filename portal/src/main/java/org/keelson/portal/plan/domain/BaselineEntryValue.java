package org.keelson.portal.plan.domain;

import java.util.Objects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** One activity's or milestone's dates and cost frozen in a baseline. */
@Embeddable
public class BaselineEntryValue {
    @Size(max = 64)
    @Column(name = "code")
    private String code;
    @Column(name = "start_date")
    private LocalDate start;
    @Column(name = "finish_date")
    private LocalDate finish;
    @Column(name = "cost", nullable = false)
    private double cost;

    protected BaselineEntryValue() {
    }

    public BaselineEntryValue(String code, LocalDate start, LocalDate finish, double cost) {
        this.code = code;
        this.start = start;
        this.finish = finish;
        this.cost = cost;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getFinish() {
        return finish;
    }

    public double getCost() {
        return cost;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BaselineEntryValue other && Objects.equals(code, other.code) && Objects.equals(start, other.start) && Objects.equals(finish, other.finish) && Objects.equals(cost, other.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, start, finish, cost);
    }
}
