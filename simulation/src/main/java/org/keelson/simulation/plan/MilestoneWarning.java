package org.keelson.simulation.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Early-warning state of a milestone relative to the plan's status date: met, overdue, forecast to finish after its
 * due date, or due within 7, 15 or 30 calendar days. A late forecast is flagged however far the due date is, since
 * the schedule already says the date will be missed (a milestone forecast 16 days late and due in two months is not
 * on track). Unmet milestones further out with no late forecast (or without a due date) are on track.
 */
public enum MilestoneWarning {
    ACHIEVED, OVERDUE, FORECAST_LATE, DUE_IN_7_DAYS, DUE_IN_15_DAYS, DUE_IN_30_DAYS, ON_TRACK;

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
        if (milestone.forecast() != null && milestone.forecast().isAfter(milestone.due())) {
            return FORECAST_LATE;
        }
        return days <= 7 ? DUE_IN_7_DAYS : days <= 15 ? DUE_IN_15_DAYS : days <= 30 ? DUE_IN_30_DAYS : ON_TRACK;
    }

    /** Whether the state needs a PMO's attention (overdue, forecast late or due within 30 days). */
    public boolean isAlert() {
        return this != ACHIEVED && this != ON_TRACK;
    }
}
