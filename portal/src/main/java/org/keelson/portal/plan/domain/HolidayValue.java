package org.keelson.portal.plan.domain;

import java.util.Objects;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** A non-working period of the plan calendar, both dates inclusive. */
@Embeddable
public class HolidayValue {
    @Size(max = 200)
    @Column(name = "name")
    private String name;
    @Column(name = "from_date")
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;

    protected HolidayValue() {
    }

    public HolidayValue(String name, LocalDate from, LocalDate to) {
        this.name = name;
        this.from = from;
        this.to = to;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayValue other && Objects.equals(name, other.name) && Objects.equals(from, other.from) && Objects.equals(to, other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, from, to);
    }
}
