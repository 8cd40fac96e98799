package org.keelson.portal.plan.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** Money moved from the contingency reserve to a category in a quarter, with its reason and who moved it. */
@Embeddable
public class ReserveDrawdownValue {
    @Column(name = "drawn_on")
    private LocalDate date;
    @Size(max = 64)
    @Column(name = "category_code")
    private String category;
    @Size(max = 7)
    @Column(name = "quarter")
    private String quarter;
    @Column(name = "amount", nullable = false)
    private double amount;
    @Size(max = 1000)
    @Column(name = "reason")
    private String reason;
    @Size(max = 200)
    @Column(name = "drawn_by")
    private String by;

    protected ReserveDrawdownValue() {
    }

    public ReserveDrawdownValue(LocalDate date, String category, String quarter, double amount, String reason,
            String by) {
        this.date = date;
        this.category = category;
        this.quarter = quarter;
        this.amount = amount;
        this.reason = reason;
        this.by = by;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getCategory() {
        return category;
    }

    public String getQuarter() {
        return quarter;
    }

    public double getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getBy() {
        return by;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReserveDrawdownValue other && Objects.equals(date, other.date)
                && Objects.equals(category, other.category) && Objects.equals(quarter, other.quarter)
                && amount == other.amount && Objects.equals(reason, other.reason) && Objects.equals(by, other.by);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, category, quarter, amount, reason, by);
    }
}
