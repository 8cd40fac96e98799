package org.keelson.simulation.risk;

import java.time.LocalDate;

/**
 * One action of a risk's response: what is done, by whom (a portal user name), by when, and whether it is done.
 * An action not done by its due date is overdue.
 */
public record RiskAction(String description, String owner, LocalDate due, boolean done) {

    public boolean overdueOn(LocalDate date) {
        return !done && due != null && due.isBefore(date);
    }

    @Override
    public String toString() {
        return description + " (" + (owner == null ? "-" : owner) + ", " + (due == null ? "-" : due)
                + (done ? ", done" : "") + ")";
    }
}
