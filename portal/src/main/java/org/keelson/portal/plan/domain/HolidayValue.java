package org.keelson.portal.plan.domain;

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
}
