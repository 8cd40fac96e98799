package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.keelson.simulation.plan.Milestone;

/**
 * Early-warning state of a milestone relative to the plan's status date: met, overdue, or due within
 * 7, 15 or 30 calendar days. Unmet milestones further out (or without a due date) are on track.
 */
public enum MilestoneWarning {
    ACHIEVED, OVERDUE, DUE_IN_7_DAYS, DUE_IN_15_DAYS, DUE_IN_30_DAYS, ON_TRACK;

    public static MilestoneWarning of(Milestone milestone, LocalDate statusDate) {
        if (milestone.actual() != null) {
            return ACHIEVED;
        }
        if (milestone.due() == null) {
            return ON_TRACK;
        }
        long days = ChronoUnit.DAYS.between(statusDate, milestone.due());
        if (days < 0) {
            return OVERDUE;
        }
        return days <= 7 ? DUE_IN_7_DAYS : days <= 15 ? DUE_IN_15_DAYS : days <= 30 ? DUE_IN_30_DAYS : ON_TRACK;
    }

    /** Whether the state needs a PMO's attention (overdue or due within 30 days). */
    public boolean isAlert() {
        return this != ACHIEVED && this != ON_TRACK;
    }
}
