package org.keelson.portal.plan.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

/** One action of a risk's response: what, who (a portal user name), by when, and whether it is done. */
@Embeddable
public class RiskActionValue {
    @Size(max = 1000)
    @Column(name = "description", nullable = false)
    private String description;
    @Size(max = 64)
    @Column(name = "owner")
    private String owner;
    @Column(name = "due_date")
    private LocalDate due;
    @Column(name = "done", nullable = false)
    private boolean done;

    protected RiskActionValue() {
    }

    public RiskActionValue(String description, String owner, LocalDate due, boolean done) {
        this.description = description;
        this.owner = owner;
        this.due = due;
        this.done = done;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public boolean isDone() {
        return done;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskActionValue other && Objects.equals(description, other.description)
                && Objects.equals(owner, other.owner) && Objects.equals(due, other.due) && done == other.done;
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, owner, due, done);
    }
}
